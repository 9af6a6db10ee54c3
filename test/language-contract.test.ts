/**
 * The language-pack contract (STYLE convention 8): every pack in `SUPPORTED_LANGUAGES` loads, is
 * frozen, validates file by file, cites its sources, has no word list with duplicates after
 * folding, and runs its `examples.txt` through the pipeline with no diagnostic of severity `error`.
 *
 * Adding a language needs no change here: add its code to `SUPPORTED_LANGUAGES` and its folder.
 * To run the examples through the full default pipeline, swap {@link examplePipeline}.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CrosswireError } from '../src/errors.js';
import { loadLanguage, SUPPORTED_LANGUAGES } from '../src/languages/index.js';
import { PACK_JSON_FILES, PACK_TEXT_FILES, type LanguagePack } from '../src/languages/schema.js';
import type { Analysis } from '../src/model/analysis.js';
import { createArticle } from '../src/model/article.js';
import { createPipeline, type Pipeline } from '../src/pipeline/pipeline.js';
import type { Stage } from '../src/pipeline/stage.js';
import { normalize, normalizeForMatch } from '../src/stages/normalize/index.js';
import { segment, tokenize } from '../src/stages/segment/index.js';

const PACKS_DIR = new URL('../src/languages/', import.meta.url);

// A fixed clock: stages must not depend on the run time, and tests must not either (convention 9).
const NOW = new Date('2025-08-21T00:00:00Z');

/** A stage that states the language, standing in for langid so each pack is tested on its own. */
function declareLanguage(code: string): Stage {
  return {
    name: 'declare-language',
    version: 1,
    requires: [],
    provides: ['language'],
    run: () => ({ language: code }),
  };
}

/** The pipeline the examples run through; the lead will swap this for the full default pipeline. */
function examplePipeline(code: string): Pipeline {
  return createPipeline([declareLanguage(code), normalize, segment]);
}

/** Runs every line of the pack's `examples.txt` as an article of its own. */
async function runExamples(code: string, pipeline: Pipeline = examplePipeline(code)): Promise<Analysis[]> {
  const pack = loadLanguage(code);
  const analyses: Analysis[] = [];
  for (const [i, text] of pack.examples.entries()) {
    const article = createArticle({ text, declaredLanguage: code }, `${code}-example-${i + 1}`);
    analyses.push(await pipeline.run(article, { now: NOW }));
  }
  return analyses;
}

function readPackFile(code: string, file: string): string {
  return readFileSync(new URL(`${code}/${file}`, PACKS_DIR), 'utf8');
}

/** Every list of strings inside a parsed JSON file, with its path (`calendars.persian.4`). */
function stringLists(value: unknown, path: string[] = []): Array<{ path: string; words: string[] }> {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return [{ path: path.join('.'), words: value as string[] }];
    // Lists of objects with a `form` (titles.json) are word lists too.
    if (value.every((v) => v && typeof v === 'object' && typeof (v as { form?: unknown }).form === 'string')) {
      return [{ path: `${path.join('.')}[].form`, words: value.map((v) => (v as { form: string }).form) }];
    }
    return value.flatMap((v, i) => stringLists(v, [...path, String(i)]));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'sources' ? [] : stringLists(v, [...path, k])));
  }
  return [];
}

/**
 * How many entries a JSON file has besides its `sources`: strings in lists and string values of nested
 * records (`folds`). Top-level scalars (`code`, `default`, `numericOrder`) are settings, not entries.
 */
function countEntries(value: unknown, depth = 0): number {
  if (typeof value === 'string') return depth > 1 && value !== '' ? 1 : 0;
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + countEntries(v, depth + 2), 0);
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce((n, [k, v]) => n + (k === 'sources' ? 0 : countEntries(v, depth + 1)), 0);
  }
  return 0;
}

/** Words that fold to the same matching form, as `"a" = "b" (→ "ab")`. */
function foldedDuplicates(words: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const word of words) {
    const key = normalizeForMatch(word);
    const first = seen.get(key);
    if (first !== undefined) clashes.push(`${JSON.stringify(first)} = ${JSON.stringify(word)} (→ ${JSON.stringify(key)})`);
    else seen.set(key, word);
  }
  return clashes;
}

function duplicatesIn(code: string, file: string, lists: ReadonlyArray<{ path: string; words: readonly string[] }>): string[] {
  return lists.flatMap((l) => foldedDuplicates(l.words).map((d) => `${code}/${file}${l.path ? ` ${l.path}` : ''}: ${d}`));
}

/** The entries of a line-per-entry file, as the loader reads them. */
function readEntries(code: string, file: string): string[] {
  return readPackFile(code, file)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

// Lists whose members are alternatives: a form in two of them is ambiguous (a verb both neutral and
// distancing, one name for two months). Duplicates inside one list are the per-file tests' business.
function exclusiveGroups(pack: LanguagePack): Array<{ name: string; lists: ReadonlyArray<{ label: string; words: readonly string[] }> }> {
  const groups = [
    {
      name: 'quote-verbs.json stances',
      lists: (['neutral', 'distancing', 'affirming'] as const).map((k) => ({ label: k, words: pack.quoteVerbs[k] })),
    },
    { name: 'weekdays.json days', lists: pack.weekdays.weekdays.map((words, i) => ({ label: `day ${i + 1}`, words })) },
  ];
  for (const [calendar, months] of Object.entries(pack.months.calendars)) {
    groups.push({ name: `months.json ${calendar}`, lists: months.map((words, i) => ({ label: `month ${i + 1}`, words })) });
  }
  return groups;
}

/** Forms that fold to one key but sit in two different lists of a group. */
function crossListClashes(code: string, group: ReturnType<typeof exclusiveGroups>[number]): string[] {
  const owner = new Map<string, { label: string; word: string }>();
  const clashes: string[] = [];
  for (const { label, words } of group.lists) {
    for (const word of words) {
      const key = normalizeForMatch(word);
      const first = owner.get(key);
      if (!first) owner.set(key, { label, word });
      else if (first.label !== label) clashes.push(`${code}/${group.name}: ${JSON.stringify(first.word)} (${first.label}) = ${JSON.stringify(word)} (${label})`);
    }
  }
  return clashes;
}

for (const code of SUPPORTED_LANGUAGES) {
  describe(`language pack ${code}`, () => {
    test('loads, and the pack and its lists are frozen', () => {
      const pack = loadLanguage(code);
      assert.equal(pack.code, code);
      assert.ok(Object.isFrozen(pack), 'pack is not frozen');
      assert.ok(Object.isFrozen(pack.quoteVerbs.neutral), 'nested lists are not frozen');
      assert.ok(Object.isFrozen(pack.info.folds), 'nested records are not frozen');
      assert.equal(loadLanguage(code), pack, 'later loads return the cached pack');
    });

    test('language.json code equals the folder', () => {
      assert.equal(loadLanguage(code).info.code, code);
    });

    for (const [, [file, schema]] of Object.entries(PACK_JSON_FILES)) {
      test(`${file} matches its schema and cites sources for its entries`, () => {
        const raw: unknown = JSON.parse(readPackFile(code, file));
        const parsed = schema.safeParse(raw);
        assert.ok(parsed.success, `${code}/${file}: ${parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        // Count what the file states, not the schema's defaults.
        const { sources } = parsed.data as { sources: string[] };
        if (countEntries(raw) > 0) assert.ok(sources.length > 0, `${code}/${file} has entries but no sources`);
      });
    }

    // One test per file, so a duplicate is reported against the file (and its owner) that holds it.
    for (const [, [file]] of Object.entries(PACK_JSON_FILES)) {
      test(`${file}: no word list has duplicates after folding`, () => {
        const lists = stringLists(JSON.parse(readPackFile(code, file)));
        assert.deepEqual(duplicatesIn(code, file, lists), [], `duplicates after normalizeForMatch in ${code}/${file}`);
      });
    }
    for (const file of [PACK_TEXT_FILES.abbreviations, PACK_TEXT_FILES.stopwords]) {
      test(`${file}: no duplicates after folding`, () => {
        const lists = [{ path: '', words: readEntries(code, file) }];
        assert.deepEqual(duplicatesIn(code, file, lists), [], `duplicates after normalizeForMatch in ${code}/${file}`);
      });
    }
    test('no form belongs to two alternatives (two stances, two weekdays, two months)', () => {
      const clashes = exclusiveGroups(loadLanguage(code)).flatMap((g) => crossListClashes(code, g));
      assert.deepEqual(clashes, [], 'forms listed under two alternatives');
    });

    // The quotes stage reads `via` as a set of single agency nouns (src/stages/quotes/lexicon.ts):
    // a phrase there would turn each of its words ("de", "news") into an agency noun.
    test('attribution-cues.json via entries are single words', () => {
      const phrases = loadLanguage(code).attributionCues.via.filter((w) => tokenize(w).length !== 1);
      assert.deepEqual(phrases, [], `${code}/attribution-cues.json via: entries of more than one token`);
    });

    // A phrase in both files would be two cues of different kinds for the same words.
    test('no phrase is both a quote verb and an attribution cue', () => {
      const { quoteVerbs, attributionCues } = loadLanguage(code);
      const verbs = new Set([...quoteVerbs.neutral, ...quoteVerbs.distancing, ...quoteVerbs.affirming].map(normalizeForMatch));
      const both = attributionCues.according.filter((p) => verbs.has(normalizeForMatch(p)));
      assert.deepEqual(both, [], `${code}: listed in quote-verbs.json and attribution-cues.json according`);
    });

    test('text files cite a source when they have entries', () => {
      for (const file of Object.values(PACK_TEXT_FILES)) {
        const lines = readPackFile(code, file).split(/\r?\n/);
        const hasEntries = lines.some((l) => l.trim() !== '' && !l.trim().startsWith('#'));
        const cites = lines.some((l) => /^#\s*source:/i.test(l.trim()));
        if (hasEntries) assert.ok(cites, `${code}/${file} has entries but no "# source:" comment line`);
      }
    });

    test('abbreviations end in a period and are lower-case', () => {
      for (const abbreviation of loadLanguage(code).abbreviations) {
        assert.ok(abbreviation.endsWith('.'), `${code}: "${abbreviation}" does not end in a period`);
        assert.equal(abbreviation, abbreviation.toLowerCase(), `${code}: "${abbreviation}" is not lower-case`);
      }
    });

    test('examples.txt has at least 5 sentences', () => {
      assert.ok(loadLanguage(code).examples.length >= 5, `${code}/examples.txt has fewer than 5 lines`);
    });

    test('examples run through the pipeline cleanly, with spans that slice the original', async () => {
      for (const analysis of await runExamples(code)) {
        const { text } = analysis.article;
        const label = `${code} example "${text.slice(0, 40)}…"`;
        const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
        assert.deepEqual(errors, [], `${label}: diagnostics of severity error`);
        assert.equal(analysis.language, code);
        assert.equal(analysis.normalized.text, normalizeForMatch(text), `${label}: normalised view`);

        assert.ok(analysis.sentences.length >= 1, `${label}: no sentence`);
        for (const { span } of analysis.sentences) {
          assert.ok(span.start >= 0 && span.end <= text.length && span.end > span.start, `${label}: sentence span out of range`);
          const slice = text.slice(span.start, span.end);
          assert.equal(slice, slice.trim(), `${label}: sentence span not trimmed`);
        }

        const words = analysis.tokens.filter((t) => t.kind === 'word');
        assert.ok(words.length >= 3, `${label}: fewer than 3 word tokens`);
        for (const token of analysis.tokens) {
          const surface = text.slice(token.span.start, token.span.end);
          assert.ok(surface.length > 0 && surface.trim() === surface, `${label}: token span [${token.span.start}, ${token.span.end}) is empty or white space`);
          assert.equal(token.norm, normalizeForMatch(surface), `${label}: token "${surface}" norm does not match its span`);
          assert.ok(
            analysis.sentences.some((s) => s.span.start <= token.span.start && token.span.end <= s.span.end),
            `${label}: token "${surface}" lies outside every sentence`,
          );
        }
      }
    });
  });
}

describe('unsupported languages', () => {
  test('loadLanguage("xx") throws LANGUAGE_NOT_SUPPORTED listing the supported codes', () => {
    assert.throws(
      () => loadLanguage('xx'),
      (error: unknown) => {
        assert.ok(error instanceof CrosswireError, 'not a CrosswireError');
        assert.equal(error.code, 'LANGUAGE_NOT_SUPPORTED');
        assert.match(error.message, /"xx"/);
        for (const code of SUPPORTED_LANGUAGES) assert.match(error.message, new RegExp(`\\b${code}\\b`));
        return true;
      },
    );
  });

  test('country codes and language names are not language codes', () => {
    for (const wrong of ['ir', 'IR', 'persian', 'fa-IR']) {
      assert.throws(() => loadLanguage(wrong), { code: 'LANGUAGE_NOT_SUPPORTED' });
    }
  });
});
