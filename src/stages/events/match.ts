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
  return firstMatchAt(words, at, phrases, (p) => p, prefixes)?.length ?? 0;
}

/**
 * The first item (in list order) whose phrase matches at `at`, with the words it covers. Items are
 * bucketed by the first letter of their phrase, so a word is tried only against phrases that can
 * match it (with or without a proclitic) rather than the whole list: cue lists run to hundreds of
 * phrases and are tried at every word.
 */
export function firstMatchAt<T>(
  words: readonly Token[],
  at: number,
  items: readonly T[],
  phraseOf: (item: T) => Phrase,
  prefixes: readonly string[],
): { readonly item: T; readonly length: number } | null {
  const word = words[at]?.norm;
  if (!word) return null;
  const index = bucketsOf(items, phraseOf);
  let candidates = index.byFirst.get(word[0]!) ?? NONE;
  for (const p of prefixes) {
    if (word.length - p.length < MIN_STEM || !word.startsWith(p)) continue;
    const more = index.byFirst.get(word[p.length]!);
    if (more) candidates = mergeSorted(candidates, more);
  }
  if (index.always.length) candidates = mergeSorted(candidates, index.always);
  for (const i of candidates) {
    const n = matchPhraseAt(words, at, phraseOf(items[i]!), prefixes);
    if (n > 0) return { item: items[i]!, length: n };
  }
  return null;
}

interface Buckets {
  /** Item indexes by the first letter of their phrase's first token, ascending. */
  readonly byFirst: ReadonlyMap<string, readonly number[]>;
  /** Items whose phrase starts with an empty token (tried everywhere). */
  readonly always: readonly number[];
}

const NONE: readonly number[] = [];
const buckets = new WeakMap<readonly unknown[], Buckets>();

function bucketsOf<T>(items: readonly T[], phraseOf: (item: T) => Phrase): Buckets {
  let b = buckets.get(items);
  if (!b) {
    const byFirst = new Map<string, number[]>();
    const always: number[] = [];
    items.forEach((item, i) => {
      const first = phraseOf(item)[0]?.text ?? '';
      if (first === '') always.push(i);
      else if (byFirst.has(first[0]!)) byFirst.get(first[0]!)!.push(i);
      else byFirst.set(first[0]!, [i]);
    });
    b = { byFirst, always };
    buckets.set(items, b);
  }
  return b;
}

function mergeSorted(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** True when any of `phrases` starts at a word of `words[from, to)`. */
export function anyPhraseIn(words: readonly Token[], from: number, to: number, phrases: readonly Phrase[], prefixes: readonly string[]): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, words.length); i++) {
    if (matchAnyAt(words, i, phrases, prefixes) > 0) return true;
  }
  return false;
}
