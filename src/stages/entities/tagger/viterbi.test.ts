import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LABEL_COUNT, LABELS } from './labels.js';
import { START_ROW, viterbi } from './viterbi.js';

const L = LABEL_COUNT;
const label = (name: string) => LABELS.indexOf(name);

// A toy model: per-token emission preferences and a transition matrix, all zero unless set.
function toy(n: number, prefer: Record<number, Record<string, number>>, transitions: Record<string, number> = {}) {
  const emissions = new Float64Array(n * L);
  for (const [i, scores] of Object.entries(prefer)) {
    for (const [name, score] of Object.entries(scores)) emissions[Number(i) * L + label(name)] = score;
  }
  const t = new Float64Array((L + 1) * L);
  for (const [pair, score] of Object.entries(transitions)) {
    const [from, to] = pair.split('>') as [string, string];
    t[(from === 'START' ? START_ROW : label(from)) * L + label(to)] = score;
  }
  return { emissions, t };
}

describe('viterbi', () => {
  it('follows the emissions when transitions are neutral', () => {
    const { emissions, t } = toy(3, { 0: { 'B-PER': 2 }, 1: { 'I-PER': 2 }, 2: { O: 1 } });
    assert.deepEqual([...viterbi(emissions, 3, t).labels].map((l) => LABELS[l]), ['B-PER', 'I-PER', 'O']);
  });

  it('never outputs I-X after O, however strongly the emission asks for it', () => {
    const { emissions, t } = toy(2, { 0: { O: 10 }, 1: { 'I-LOC': 5, 'B-LOC': 1 } });
    assert.deepEqual([...viterbi(emissions, 2, t).labels].map((l) => LABELS[l]), ['O', 'B-LOC']);
  });

  it('lets a transition weight overturn a weak emission', () => {
    // Token 1 slightly prefers O, but B-ORG → I-ORG is rewarded: the name continues.
    const { emissions, t } = toy(2, { 0: { 'B-ORG': 3 }, 1: { O: 1, 'I-ORG': 0.5 } }, { 'B-ORG>I-ORG': 1 });
    assert.deepEqual([...viterbi(emissions, 2, t).labels].map((l) => LABELS[l]), ['B-ORG', 'I-ORG']);
  });

  it('reports max-marginal margins: large where the choice is clear, zero at a tie', () => {
    const { emissions, t } = toy(2, { 0: { 'B-PER': 4 }, 1: { O: 1, 'B-LOC': 1 } });
    const margins = viterbi(emissions, 2, t).margins();
    assert.equal(margins[0], 4);
    assert.equal(margins[1], 0);
  });

  it('handles an empty sentence', () => {
    assert.equal(viterbi(new Float64Array(0), 0, new Float64Array((L + 1) * L)).labels.length, 0);
  });
});
