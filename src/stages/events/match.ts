import type { Token } from '../../model/analysis.js';
import type { Phrase, PhraseToken } from './lexicon.js';

/** Shortest stem left after stripping a proclitic, so "و" alone never matches a cue. */
const MIN_STEM = 2;

function equalsToken(word: string, t: PhraseToken): boolean {
  return t.stem ? word.startsWith(t.text) : word === t.text;
}

/** True when a word (folded) matches a phrase token, directly or after stripping one proclitic. */
export function matchesToken(word: string, t: PhraseToken, prefixes: readonly string[]): boolean {
  if (equalsToken(word, t)) return true;
  for (const p of prefixes) {
    if (word.length - p.length >= MIN_STEM && word.startsWith(p) && equalsToken(word.slice(p.length), t)) return true;
  }
  return false;
}

/**
 * How many words from `at` the phrase covers (0 when it does not match there). Only the first word
 * may carry a proclitic ("والتوقيع"); later words must match as written.
 */
export function matchPhraseAt(words: readonly Token[], at: number, phrase: Phrase, prefixes: readonly string[]): number {
  if (at + phrase.length > words.length) return 0;
  for (let k = 0; k < phrase.length; k++) {
    const ok = k === 0 ? matchesToken(words[at]!.norm, phrase[0]!, prefixes) : matchesToken(words[at + k]!.norm, phrase[k]!, []);
    if (!ok) return 0;
  }
  return phrase.length;
}

/** The first of `phrases` matching at `at`, as a word count (0 for none). */
export function matchAnyAt(words: readonly Token[], at: number, phrases: readonly Phrase[], prefixes: readonly string[]): number {
  for (const phrase of phrases) {
    const n = matchPhraseAt(words, at, phrase, prefixes);
    if (n > 0) return n;
  }
  return 0;
}

/** True when any of `phrases` starts at a word of `words[from, to)`. */
export function anyPhraseIn(words: readonly Token[], from: number, to: number, phrases: readonly Phrase[], prefixes: readonly string[]): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
    if (matchAnyAt(words, i, phrases, prefixes) > 0) return true;
  }
  return false;
}
