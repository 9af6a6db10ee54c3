import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords, prepareText } from './prepare.js';

test('folds legacy cedilla ş ţ to comma-below ș ț', () => {
  assert.equal(prepareText('Preşedintele susţine ŞI ŢARA'), 'Președintele susține ȘI ȚARA');
});

test('collapses every run of white space, newlines included, to one space', () => {
  assert.equal(prepareText('  one\n\ntwo\t three \r\n'), 'one two three');
});

test('cuts long text at a word boundary', () => {
  const out = prepareText('word '.repeat(100), 22);
  assert.equal(out, 'word word word word');
  assert.ok(!out.endsWith(' '));
});

test('counts words of prepared text', () => {
  assert.equal(countWords(''), 0);
  assert.equal(countWords('Путин заявил в среду'), 4);
});
