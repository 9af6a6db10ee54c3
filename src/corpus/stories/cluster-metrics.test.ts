import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreBCubed, scorePairs } from './cluster-metrics.js';

const gold = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']]);

test('a perfect clustering scores 1 on B³ and pairs', () => {
  const pred = new Map([['a', 1], ['b', 1], ['c', 2], ['d', 2]]);
  assert.equal(scoreBCubed(pred, gold).f1, 1);
  assert.equal(scorePairs(pred, gold).f1, 1);
});

test('one cluster for everything keeps recall and halves B³ precision', () => {
  const pred = new Map([['a', 1], ['b', 1], ['c', 1], ['d', 1]]);
  const b3 = scoreBCubed(pred, gold);
  assert.equal(b3.recall, 1);
  assert.equal(b3.precision, 0.5);
  const pairs = scorePairs(pred, gold);
  assert.equal(pairs.precision, 2 / 6);
  assert.equal(pairs.recall, 1);
});

test('singletons have B³ precision 1 and recall 1/2, and no true pairs', () => {
  const pred = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
  assert.deepEqual(scoreBCubed(pred, gold), { precision: 1, recall: 0.5, f1: 2 / 3 });
  assert.equal(scorePairs(pred, gold).f1, 0);
});

test('the pair filter restricts which pairs count', () => {
  const pred = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 3]]);
  const onlyY = scorePairs(pred, gold, (p, q) => gold.get(p) === 'y' && gold.get(q) === 'y');
  assert.equal(onlyY.pairs, 1);
  assert.equal(onlyY.f1, 1);
});
