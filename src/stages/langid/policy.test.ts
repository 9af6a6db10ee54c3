import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LabelScore } from './fasttext-model.js';
import { decideLanguage, DEFAULT_POLICY, mergeScores, type Evidence } from './policy.js';

// Evidence with canned model outputs; `eldCalls` records whether eld was consulted.
function evidence(init: Partial<Evidence> & { ft: LabelScore[]; eldOut?: LabelScore[] }): Evidence & { eldCalls: number } {
  const ev = {
    words: 10,
    letters: [],
    confusable: new Set(['it', 'es']),
    declared: null,
    ...init,
    fastText: () => init.ft,
    eld: () => {
      ev.eldCalls++;
      return init.eldOut ?? [];
    },
    eldCalls: 0,
  };
  return ev;
}

test('clear letters decide without asking a model', () => {
  const ev = evidence({ ft: [{ label: 'ar', score: 0.99 }], letters: [{ language: 'fa', hits: 30, misses: 0, share: 31 / 32 }] });
  assert.deepEqual(decideLanguage(ev), { language: 'fa', confidence: 31 / 32, method: 'letters' });
  assert.equal(ev.eldCalls, 0);
});

test('unclear letters fall through to the model', () => {
  const ev = evidence({ ft: [{ label: 'ar', score: 0.95 }], letters: [{ language: 'fa', hits: 1, misses: 0, share: 2 / 3 }] });
  assert.equal(decideLanguage(ev).language, 'ar');
});

test('a confident fastText answer stands alone', () => {
  const ev = evidence({ ft: [{ label: 'ru', score: 0.97 }] });
  assert.deepEqual(decideLanguage(ev), { language: 'ru', confidence: 0.97, method: 'fasttext' });
  assert.equal(ev.eldCalls, 0);
});

test('a confusable guess consults eld, whose clear pick wins', () => {
  const ev = evidence({
    ft: [{ label: 'it', score: 0.6 }, { label: 'ro', score: 0.3 }],
    eldOut: [{ label: 'ro', score: 0.76 }, { label: 'it', score: 0.54 }],
  });
  const d = decideLanguage(ev);
  assert.equal(ev.eldCalls, 1);
  assert.equal(d.language, 'ro');
  assert.equal(d.method, 'fasttext+eld');
});

test('fastText settles an eld near-tie', () => {
  const ev = evidence({
    ft: [{ label: 'ru', score: 0.6 }, { label: 'bg', score: 0.35 }],
    eldOut: [{ label: 'bg', score: 0.837 }, { label: 'ru', score: 0.836 }],
    confusable: new Set(['ru', 'bg']),
  });
  const d = decideLanguage(ev);
  assert.equal(ev.eldCalls, 1);
  assert.equal(d.language, 'ru');
  assert.ok(d.confidence < 0.6, 'the near-tie lowers the confidence');
});

test('below the floor the answer is und', () => {
  const d = decideLanguage(evidence({ ft: [{ label: 'en', score: 0.2 }, { label: 'de', score: 0.19 }] }));
  assert.equal(d.language, 'und');
});

test('a declared language breaks a low-confidence tie', () => {
  const ft = [{ label: 'es', score: 0.4 }, { label: 'ro', score: 0.35 }];
  assert.equal(decideLanguage(evidence({ ft, declared: 'ro' })).language, 'ro');
  assert.equal(decideLanguage(evidence({ ft, declared: null })).language, 'und');
});

test('a declared language never overrides a confident identification', () => {
  const d = decideLanguage(evidence({ ft: [{ label: 'en', score: 0.93 }, { label: 'ro', score: 0.05 }], declared: 'ro' }));
  assert.equal(d.language, 'en');
});

test('a declared language absent from the evidence is not taken', () => {
  const d = decideLanguage(evidence({ ft: [{ label: 'es', score: 0.4 }, { label: 'pt', score: 0.35 }], declared: 'ru' }));
  assert.notEqual(d.language, 'ru');
});

test('labels mapping to one code are summed', () => {
  assert.deepEqual(mergeScores([{ label: 'ar', score: 0.5 }, { label: 'fa', score: 0.3 }, { label: 'ar', score: 0.2 }]), [
    { label: 'ar', score: 0.7 },
    { label: 'fa', score: 0.3 },
  ]);
  assert.equal(DEFAULT_POLICY.floor, 0.5);
});

test('letters decide when they contradict every language but one', () => {
  const ps = { language: 'ps', hits: 2, misses: 0, share: 0.75 };
  const fa = { language: 'fa', hits: 5, misses: 3, share: 0.6 };
  const ar = { language: 'ar', hits: 1, misses: 6, share: 2 / 9 };
  const ft = [{ label: 'fa', score: 0.9 }];
  assert.deepEqual(decideLanguage(evidence({ ft, letters: [ps, fa, ar] })), { language: 'ps', confidence: 0.75, method: 'letters' });
  // Persian uncontradicted: the letters do not settle it, fastText does.
  const faClean = { ...fa, misses: 0, share: 6 / 7 };
  assert.equal(decideLanguage(evidence({ ft, letters: [faClean, ps, ar] })).method, 'fasttext');
  // One letter is not enough.
  assert.equal(decideLanguage(evidence({ ft, letters: [{ ...ps, hits: 1, share: 2 / 3 }, fa, ar] })).language, 'fa');
});
