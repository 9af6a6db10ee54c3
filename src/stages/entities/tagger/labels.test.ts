import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { beginLabel, decodeSpans, encodeSpans, isAllowedTransition, LABELS, OUTSIDE } from './labels.js';

const label = (name: string) => LABELS.indexOf(name);

describe('decodeSpans', () => {
  it('reads B/I runs as spans with exclusive ends', () => {
    const labels = ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'].map(label);
    assert.deepEqual(decodeSpans(labels), [
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('opens a span at an I- that follows O, as conlleval does', () => {
    const labels = ['O', 'I-ORG', 'I-ORG', 'O'].map(label);
    assert.deepEqual(decodeSpans(labels), [{ start: 1, end: 3, type: 'ORG' }]);
  });

  it('opens a span at an I- of another type and at a B- right after a span', () => {
    const labels = ['B-PER', 'I-LOC', 'B-LOC', 'I-LOC'].map(label);
    assert.deepEqual(decodeSpans(labels), [
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 2, type: 'LOC' },
      { start: 2, end: 4, type: 'LOC' },
    ]);
  });

  it('finds nothing in an all-O sentence and closes a span at the end', () => {
    assert.deepEqual(decodeSpans([OUTSIDE, OUTSIDE]), []);
    assert.deepEqual(decodeSpans(['O', 'B-MISC', 'I-MISC'].map(label)), [{ start: 1, end: 3, type: 'MISC' }]);
  });
});

describe('encodeSpans', () => {
  it('round-trips through decodeSpans, keeping adjacent same-type names apart', () => {
    const spans = [
      { start: 0, end: 2, type: 'PER' as const },
      { start: 2, end: 3, type: 'PER' as const },
      { start: 4, end: 6, type: 'ORG' as const },
    ];
    const labels = encodeSpans(7, spans);
    assert.deepEqual([...labels].map((l) => LABELS[l]), ['B-PER', 'I-PER', 'B-PER', 'O', 'B-ORG', 'I-ORG', 'O']);
    assert.deepEqual(decodeSpans(labels), spans);
  });
});

describe('isAllowedTransition', () => {
  it('lets I-X follow only B-X or I-X', () => {
    assert.equal(isAllowedTransition(beginLabel('LOC'), beginLabel('LOC') + 1), true);
    assert.equal(isAllowedTransition(beginLabel('LOC') + 1, beginLabel('LOC') + 1), true);
    assert.equal(isAllowedTransition(OUTSIDE, beginLabel('LOC') + 1), false);
    assert.equal(isAllowedTransition(-1, beginLabel('LOC') + 1), false);
    assert.equal(isAllowedTransition(beginLabel('PER'), beginLabel('LOC') + 1), false);
    assert.equal(isAllowedTransition(OUTSIDE, beginLabel('ORG')), true);
  });
});
