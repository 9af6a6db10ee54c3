import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from './index.js';
import { analysisWithMentions, testContext, type EntitySpec } from './testing.js';

const TRUMP: EntitySpec = { id: 'trump', type: 'PER', name: 'Donald Trump', surfaces: ['Trump'] };

function quotesOf(text: string): [string, boolean, string | null][] {
  return findQuotes(analysisWithMentions(text, 'en', [TRUMP]), testContext()).map((q) => [q.text, q.direct, q.speaker?.id ?? null]);
}

test('quoted words inside reported speech are one quote, the clause, not a second one', () => {
  assert.deepEqual(quotesOf('Trump said on Monday that the deal was “a total disaster” for workers.'), [
    ['the deal was “a total disaster” for workers', false, 'trump'],
  ]);
  assert.deepEqual(quotesOf('Trump told reporters that the rules were “rigged” and the deal “a disaster.”'), [
    ['the rules were “rigged” and the deal “a disaster.”', false, 'trump'],
  ]);
});

test('a quotation that is the whole content stays one direct quote', () => {
  assert.deepEqual(quotesOf('Trump said: “The deal is a total disaster.”'), [['The deal is a total disaster.', true, 'trump']]);
  assert.deepEqual(quotesOf('“The deal is a total disaster,” Trump said.'), [['The deal is a total disaster,', true, 'trump']]);
});
