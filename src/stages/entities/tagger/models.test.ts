import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { tokenize } from '../../segment/tokens.js';
import { normalizerDigest } from './features.js';
import { loadTagger, modelFileName, SHIPPED_MODEL_DIR } from './load.js';

// The shipped models (RONEC and factRuEval are MIT-licensed); `npm run train:ner` rebuilds them.
const missing = (code: string) => (existsSync(new URL(modelFileName(code), SHIPPED_MODEL_DIR)) ? false : `no shipped ${code} model; run npm run train:ner -- --lang ${code}`);

function tagText(code: string, text: string): string[] {
  const tokens = tokenize(text).map((t) => text.slice(t.span.start, t.span.end));
  return loadTagger(code)!.tag(tokens).map((s) => `${s.type}:${tokens.slice(s.start, s.end).join(' ')}`);
}

describe('shipped Romanian tagger', { skip: missing('ro') }, () => {
  it('finds the people and the place, without their titles', () => {
    assert.deepEqual(tagText('ro', 'Președintele Klaus Iohannis s-a întâlnit la București cu premierul Marcel Ciolacu.'), [
      'PER:Klaus Iohannis', 'LOC:București', 'PER:Marcel Ciolacu',
    ]);
  });

  it('finds organisations and inflected places', () => {
    const found = tagText('ro', 'Ministerul Afacerilor Externe a transmis că ambasadorul Rusiei a fost convocat la Chișinău.');
    assert.ok(found.includes('ORG:Ministerul Afacerilor Externe'), found.join(' | '));
    assert.ok(found.includes('LOC:Rusiei'), found.join(' | '));
    assert.ok(found.includes('LOC:Chișinău'), found.join(' | '));
  });

  it('finds nothing in a sentence without names', () => {
    assert.deepEqual(tagText('ro', 'Vremea va fi frumoasă în weekend, cu temperaturi de până la 25 de grade.'), []);
  });
});

describe('shipped Russian tagger', { skip: missing('ru') }, () => {
  it('finds people and places in inflected forms', () => {
    assert.deepEqual(tagText('ru', 'Президент России Владимир Путин встретился в Москве с Александром Лукашенко.'), [
      'LOC:России', 'PER:Владимир Путин', 'LOC:Москве', 'PER:Александром Лукашенко',
    ]);
  });

  it('finds organisations', () => {
    const found = tagText('ru', 'Об этом сообщили в пресс-службе «Газпрома» и в МИД Белоруссии.');
    assert.ok(found.some((f) => f.startsWith('ORG:') && f.includes('Газпром')), found.join(' | '));
    // factRuEval names a ministry with its country ("японского МИДа"), so either reading is a name.
    assert.ok(found.includes('LOC:Белоруссии') || found.includes('ORG:МИД Белоруссии'), found.join(' | '));
    assert.ok(!found.some((f) => f.includes('сообщили') || f.includes('пресс')), found.join(' | '));
  });
});

describe('shipped model files', () => {
  for (const code of ['ro', 'ru']) {
    it(`${code} matches the current normaliser (else retrain: npm run train:ner -- --lang ${code})`, { skip: missing(code) }, async () => {
      const { deserializeModel } = await import('./model-io.js');
      const { readFileSync } = await import('node:fs');
      const model = deserializeModel(readFileSync(new URL(modelFileName(code), SHIPPED_MODEL_DIR)));
      assert.equal(model.header.normalizer, normalizerDigest());
      assert.equal(model.header.licence, 'MIT');
    });
  }

  it('gives null for a language without a model', () => {
    assert.equal(loadTagger('xx'), null);
  });
});
