import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { NER_CORPORA } from './registry.js';

// The labelled data lives outside the repository (../shared/data from the repo root).
const DATA_DIR = fileURLToPath(new URL('../../../../../../shared/data/', import.meta.url));
const skip = existsSync(`${DATA_DIR}ner`) ? false : `labelled data not found at ${DATA_DIR}ner`;

describe('NER corpora (real data)', { skip }, () => {
  it('reads RONEC: 1,330 sentences, a fixed 80/20 split, names only', () => {
    const { all, folds } = NER_CORPORA['ro']!.load(DATA_DIR);
    assert.equal(all.length, 1330);
    assert.equal(folds.length, 1);
    assert.equal(folds[0]!.train.length + folds[0]!.test.length, 1330);
    assert.equal(folds[0]!.test[0], all[1064]);
    checkSpans(all);
    // Nominal references ("jucători", "ea") are gone: every PER span starts with a capital.
    for (const s of all) for (const span of s.spans) assert.match(s.tokens[span.start]!, /^\p{Lu}/u);
  });

  it('reads factRuEval by documents and never splits one across train and test', () => {
    const { all, folds } = NER_CORPORA['ru']!.load(DATA_DIR);
    assert.equal(new Set(all.map((s) => s.doc)).size, 122);
    const trainDocs = new Set(folds[0]!.train.map((s) => s.doc));
    assert.ok(folds[0]!.test.every((s) => !trainDocs.has(s.doc)));
    assert.ok(all.some((s) => s.spans.some((x) => x.type === 'PER')));
    checkSpans(all);
  });

  it('reads CoNLL-2003 dev: 3,250 sentences with all four classes', () => {
    const { all } = NER_CORPORA['en']!.load(DATA_DIR);
    assert.equal(all.length, 3250);
    const types = new Set(all.flatMap((s) => s.spans.map((x) => x.type)));
    assert.deepEqual([...types].sort(), ['LOC', 'MISC', 'ORG', 'PER']);
    checkSpans(all);
  });
});

function checkSpans(sentences: readonly { tokens: readonly string[]; spans: readonly { start: number; end: number }[] }[]): void {
  for (const s of sentences) {
    assert.ok(s.tokens.every((t) => t.trim().length > 0), 'no empty tokens');
    let last = 0;
    for (const span of s.spans) {
      assert.ok(span.start >= last && span.start < span.end && span.end <= s.tokens.length, 'ordered, in bounds, non-overlapping');
      last = span.end;
    }
  }
}
