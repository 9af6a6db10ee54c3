import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectLeadingWords, toNameSpan } from './name-spans.js';

describe('toNameSpan', () => {
  const tokens = ['Președintele', 'Klaus', 'Iohannis', 'și', 'regizorul', 'Chris', 'Simion', ',', 'directorul', ',', 'ea'];
  const leading = collectLeadingWords([
    { tokens: ['președintele', 'George', 'Bush'], spans: [{ start: 0, end: 3, type: 'PER' }] },
    { tokens: ['cu', 'președintele', 'Putin', 'și', 'de', 'Gaulle'], spans: [{ start: 1, end: 3, type: 'PER' }, { start: 4, end: 6, type: 'PER' }] },
  ]);

  it('collects lower-case words that lead spans at least twice', () => {
    assert.deepEqual([...leading], ['președintele']);
  });

  it('trims a title, then punctuation after it', () => {
    const prof = ['Prof', '.', 'David', 'Graham'];
    assert.deepEqual(toNameSpan(prof, { start: 0, end: 4, type: 'PER' }, new Set(['prof'])), { start: 2, end: 4, type: 'PER' });
  });

  it('trims lower-case descriptors and trailing punctuation to the name', () => {
    assert.deepEqual(toNameSpan(tokens, { start: 4, end: 9, type: 'PER' }, leading), { start: 5, end: 7, type: 'PER' });
  });

  it('trims a capitalised title seen in lower case elsewhere', () => {
    assert.deepEqual(toNameSpan(tokens, { start: 0, end: 3, type: 'PER' }, leading), { start: 1, end: 3, type: 'PER' });
    assert.deepEqual(toNameSpan(tokens, { start: 0, end: 3, type: 'PER' }, new Set()), { start: 0, end: 3, type: 'PER' });
  });

  it('drops references that hold no name (common nouns, pronouns)', () => {
    assert.equal(toNameSpan(tokens, { start: 8, end: 9, type: 'PER' }, leading), null);
    assert.equal(toNameSpan(tokens, { start: 10, end: 11, type: 'PER' }, leading), null);
  });
});
