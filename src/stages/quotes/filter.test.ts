import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleRecord } from '../../output/record.js';
import { filterQuotes } from './filter.js';

// Two stored records as `crosswire analyze --json` writes them (only the fields the query reads matter).
function record(id: string, publishedAt: string | null, language: string, quotes: ArticleRecord['quotes'], entities: ArticleRecord['entities']): ArticleRecord {
  return {
    schema: 1, id, file: null, url: null, title: null, source: null, publishedAt, publishedAtSource: 'metadata', language,
    languageConfidence: 1, script: 'Latn', eventDate: null, entities, timexes: [], quotes, events: [], story: null, diagnostics: [], analyzers: {},
  };
}

const LUKA = { id: 'Q_luka', name: 'Alexander Lukashenko' };
const PEZ = { id: 'Q_pez', name: 'Masoud Pezeshkian' };
const BELTA = { id: 'Q_belta', name: 'BelTA' };
const quote = (text: string, speaker: typeof LUKA | null, via: typeof BELTA | null) => ({
  start: 0, end: text.length, text, direct: true, speaker, via, cue: null, stance: 'neutral',
});

const records = [
  record('ro-1', '2025-08-20T10:00:00Z', 'ro', [quote('Nu avem teme interzise', LUKA, BELTA), quote('Desigur', PEZ, BELTA)], [
    { id: 'Q_luka', type: 'PER', name: 'Alexander Lukashenko', mentions: [{ start: 0, end: 9, text: 'Lukașenko', form: 'name' }] },
    { id: 'Q_belta', type: 'ORG', name: 'BelTA', mentions: [{ start: 0, end: 5, text: 'Belta', form: 'name' }] },
  ]),
  record('ar-1', '2025-08-19', 'ar', [quote('مستعدون لمناقشة أي ملفات', LUKA, null)], [
    { id: 'Q_luka', type: 'PER', name: 'Alexander Lukashenko', mentions: [{ start: 0, end: 9, text: 'لوكاشينكو', form: 'name' }] },
  ]),
  record('undated', null, 'en', [quote('no date here', LUKA, null)], []),
];

test('a speaker name matches the display name or any mention, in any script or spelling', () => {
  assert.deepEqual(filterQuotes(records, { speaker: 'Lukashenko' }).map((f) => [f.article.id, f.quote.text]), [
    ['ro-1', 'Nu avem teme interzise'],
    ['ar-1', 'مستعدون لمناقشة أي ملفات'],
    ['undated', 'no date here'],
  ]);
  assert.equal(filterQuotes(records, { speaker: 'Lukasenko' }).length, 1, 'the folded Romanian mention matches');
  assert.equal(filterQuotes(records, { speaker: 'لوكاشينكو' })[0]!.article.id, 'ar-1');
  assert.equal(filterQuotes(records, { speaker: 'q_pez' })[0]!.quote.text, 'Desigur', 'an entity id matches exactly');
});

test('via and since narrow the result; articles without a date drop out of a since query', () => {
  assert.deepEqual(filterQuotes(records, { speaker: 'Lukashenko', via: 'belta' }).map((f) => f.article.id), ['ro-1']);
  assert.deepEqual(filterQuotes(records, { speaker: 'Lukashenko', since: '2025-08-20' }).map((f) => f.article.id), ['ro-1']);
});

test('negatives: part of a word, an unknown name, a quote without speaker', () => {
  assert.deepEqual(filterQuotes(records, { speaker: 'Luka' }), []);
  assert.deepEqual(filterQuotes(records, { speaker: 'Putin' }), []);
  assert.deepEqual(filterQuotes([record('x', null, 'en', [quote('anonymous', null, null)], [])], { speaker: 'anonymous' }), []);
});

test('a since that is not an ISO date is a usage error naming the value', () => {
  assert.throws(() => filterQuotes(records, { since: '20 August' }), {
    name: 'CrosswireError',
    code: 'INVALID_ARGUMENT',
    message: 'Invalid --since "20 August": expected an ISO 8601 date such as 2025-08-01',
  });
});
