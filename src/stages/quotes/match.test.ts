import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLanguage } from '../../languages/index.js';
import { tokenize } from '../segment/tokens.js';
import { compileLexicon } from './lexicon.js';
import { findCues } from './match.js';

// The cues of `text` as [surface, kind, stance], nothing masked.
function cues(text: string, code: string): [string, string, string][] {
  const tokens = tokenize(text);
  return findCues(tokens, 0, tokens.length, compileLexicon(loadLanguage(code)), () => false).map((h) => [
    text.slice(tokens[h.start]!.span.start, tokens[h.end - 1]!.span.end),
    h.entry.kind,
    h.entry.stance,
  ]);
}

test('an Arabic speech verb keeps its proclitic in the cue span', () => {
  assert.deepEqual(cues('وأضاف الرئيس أن', 'ar'), [['وأضاف', 'verb', 'neutral']]);
  assert.deepEqual(cues('فزعم المتحدث', 'ar'), [['فزعم', 'verb', 'distancing']]);
});

test('a multi-word cue may hold one listed adverb, and the longest cue wins', () => {
  assert.deepEqual(cues('Pezeshkian a mai spus că', 'ro'), [['a mai spus', 'verb', 'neutral']]);
  assert.deepEqual(cues('مدعی شد که', 'fa'), [['مدعی شد', 'verb', 'distancing']]);
});

test('according cues are credits, not verbs; Persian without ZWNJ matches', () => {
  assert.deepEqual(cues('به گزارش ایرنا', 'fa'), [['به گزارش', 'according', 'neutral']]);
  assert.deepEqual(cues('по словам Лаврова', 'ru'), [['по словам', 'according', 'neutral']]);
});

test('negatives: a verb inside another word, a proclitic on a too-short remainder', () => {
  assert.deepEqual(cues('Saidov a plecat', 'ro'), []);
  assert.deepEqual(cues('the unsaid things', 'en'), []);
  assert.deepEqual(cues('وقا', 'ar'), []);
});
