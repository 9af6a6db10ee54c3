import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkGate, dataDigest, updatedBaseline, type Baseline } from '../eval/gate.js';

const baseline: Baseline = {
  margin: 0.01,
  data: { ner: 'digest-a', quotes: 'digest-b' },
  floors: { 'ner.fa.F1': 0.7, 'ner.ro.F1': 0.72, 'quotes.en.R': 0.69 },
};

test('the gate fails a score below its floor by more than the margin, and only that one', () => {
  const result = checkGate(baseline, { ner: { 'fa.F1': 0.689, 'ro.F1': 0.711 } }, { ner: 'digest-a' });
  assert.deepEqual(result.failures.length, 1);
  assert.match(result.failures[0]!, /^ner\.fa\.F1: 0\.6890 < floor 0\.7000/);
});

test('a task run on other data is not gated, and says so', () => {
  const result = checkGate(baseline, { ner: { 'fa.F1': 0.1 } }, { ner: 'digest-other' });
  assert.deepEqual(result.failures, []);
  assert.match(result.notes[0]!, /^ner: data differs/);
});

test('a pinned score the run no longer reports is noted, not passed silently', () => {
  const result = checkGate(baseline, { quotes: {} }, { quotes: 'digest-b' });
  assert.deepEqual(result.notes, ['quotes.en.R: pinned but not reported by this run']);
});

test('re-pinning replaces the floors of the tasks that ran and lists the ones that would go down', () => {
  const scores = { ner: { 'fa.F1': 0.81234, 'ro.F1': 0.5, 'fa.tokensPerSecond': 90_000 } };
  const { baseline: next, lowered } = updatedBaseline(baseline, scores, { ner: 'digest-a' });
  assert.equal(next.floors['ner.fa.tokensPerSecond'], undefined, 'speed is not pinned');
  assert.equal(next.floors['ner.fa.F1'], 0.8123);
  assert.equal(next.floors['ner.ro.F1'], 0.5);
  assert.equal(next.floors['quotes.en.R'], 0.69, 'tasks that did not run keep their floors');
  assert.deepEqual(lowered, ['ner.ro.F1: 0.72 → 0.5']);
});

test('the data digest changes when a file of the task changes, and not for other tasks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-gate-'));
  mkdirSync(join(dir, 'ner'));
  mkdirSync(join(dir, 'events'));
  writeFileSync(join(dir, 'ner', 'a.txt'), 'one');
  writeFileSync(join(dir, 'events', 'b.json'), '{}');
  const ner = dataDigest(dir, 'ner');
  const events = dataDigest(dir, 'events');
  writeFileSync(join(dir, 'ner', 'a.txt'), 'two');
  assert.notEqual(dataDigest(dir, 'ner'), ner);
  assert.equal(dataDigest(dir, 'events'), events);
});
