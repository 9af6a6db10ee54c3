import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrosswireError } from '../errors.js';
import { parseQuery, toFtsMatch } from './query.js';

test('words are folded with the index normaliser: ZWNJ, Persian yeh, hamza seat, comma-below', () => {
  assert.deepEqual(parseQuery('"تحریم‌ها"').terms, [{ tokens: ['تحريمها'], prefix: false }]);
  assert.deepEqual(parseQuery('"رئيس"').terms, [{ tokens: ['رييس'], prefix: false }]);
  assert.deepEqual(parseQuery('"Lukașenko"').terms, [{ tokens: ['lukasenko'], prefix: false }]);
});

test('an unquoted word of three or more letters also matches longer words (suffixed forms)', () => {
  assert.deepEqual(parseQuery('تحریم‌ها').terms, [{ tokens: ['تحريمها'], prefix: true }]);
  assert.deepEqual(parseQuery('Iran').terms, [{ tokens: ['iran'], prefix: true }]);
  assert.deepEqual(parseQuery('în').terms, [{ tokens: ['in'], prefix: false }]);
  assert.deepEqual(parseQuery('"Iran"').terms, [{ tokens: ['iran'], prefix: false }]);
});

test('quoted phrases stay together; other words are separate required terms', () => {
  const parsed = parseQuery('"Aleksandr Lukașenko" Minsk «Masoud Pezeshkian»');
  assert.deepEqual(parsed.terms, [
    { tokens: ['aleksandr', 'lukasenko'], prefix: false },
    { tokens: ['minsk'], prefix: true },
    { tokens: ['masoud', 'pezeshkian'], prefix: false },
  ]);
  assert.equal(toFtsMatch(parsed), '"aleksandr lukasenko" "minsk"* "masoud pezeshkian"');
});

test('a trailing * asks for a prefix match, on a word or a phrase', () => {
  assert.deepEqual(parseQuery('Luka*').terms, [{ tokens: ['luka'], prefix: true }]);
  assert.equal(toFtsMatch(parseQuery('"president luka"* Min*')), '"president luka"* "min"*');
  // A * inside a word is punctuation, not a prefix marker.
  assert.deepEqual(parseQuery('a*b').terms, [{ tokens: ['a', 'b'], prefix: false }]);
});

test('a word with inner punctuation becomes a phrase of its tokens, as the index cut it', () => {
  assert.deepEqual(parseQuery('al-Assad').terms, [{ tokens: ['al', 'assad'], prefix: false }]);
  assert.equal(toFtsMatch(parseQuery('col:value')), '"col value"');
});

test('FTS5 syntax typed by a user is plain text in the MATCH expression', () => {
  assert.equal(toFtsMatch(parseQuery('NEAR(')), '"near"*');
  assert.equal(toFtsMatch(parseQuery('a OR')), '"a" "or"');
  assert.equal(toFtsMatch(parseQuery('-Minsk NOT Teheran')), '"minsk"* "not"* "teheran"*');
  assert.equal(toFtsMatch(parseQuery('"unbalanced phrase')), '"unbalanced phrase"');
  assert.equal(toFtsMatch(parseQuery('x^ {y} (z)')), '"x" "y" "z"');
});

test('an empty query, or one with no word characters, is a clear INVALID_ARGUMENT error', () => {
  for (const text of ['', '   ', '"', '""', '*', '-', ':', '( ) " * -']) {
    assert.throws(
      () => parseQuery(text),
      (e: unknown) => e instanceof CrosswireError && e.code === 'INVALID_ARGUMENT' && /at least one word/.test(e.message),
      `query ${JSON.stringify(text)}`,
    );
  }
});
