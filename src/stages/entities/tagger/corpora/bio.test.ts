import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTaggedBlocks, spansFromTags } from './bio.js';
import { ARMAN_TYPES } from './arman.js';
import { RONEC_TYPES } from './ronec.js';

describe('readTaggedBlocks', () => {
  it('splits at blank lines and -DOCSTART-, keeps the last field as the tag and skips empty tokens', () => {
    const text = '-DOCSTART- -X- O O\n\nEU B-ORG\nrejects O\n\nPeter B-PER\nBlackburn I-PER\n O\n\n';
    assert.deepEqual(readTaggedBlocks(text), [
      [{ token: 'EU', tag: 'B-ORG' }, { token: 'rejects', tag: 'O' }],
      [{ token: 'Peter', tag: 'B-PER' }, { token: 'Blackburn', tag: 'I-PER' }],
    ]);
  });

  it('reads Windows line ends and Persian tokens with ZWNJ', () => {
    assert.deepEqual(readTaggedBlocks('نخست‌وزیر O\r\nایران B-loc\r\n'), [[{ token: 'نخست‌وزیر', tag: 'O' }, { token: 'ایران', tag: 'B-loc' }]]);
  });
});

describe('spansFromTags', () => {
  it('reads IOB2 and maps corpus classes to tagger types', () => {
    assert.deepEqual(spansFromTags(['B-pers', 'I-pers', 'O', 'B-fac', 'B-event'], ARMAN_TYPES), [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'MISC' },
    ]);
  });

  it('reads IOB1 (an I- opening a name) and splits at a class change', () => {
    assert.deepEqual(spansFromTags(['I-PERS', 'I-PERS', 'I-LOC'], { PERS: 'PER', LOC: 'LOC' }), [
      { start: 0, end: 2, type: 'PER' },
      { start: 2, end: 3, type: 'LOC' },
    ]);
  });

  it('drops classes mapped to null or not listed (dates, money)', () => {
    assert.deepEqual(spansFromTags(['B-DATETIME', 'I-DATETIME', 'B-GPE', 'B-XYZ'], RONEC_TYPES), [{ start: 2, end: 3, type: 'LOC' }]);
  });
});
