import { OUTSIDE, TAG_TYPES, typeIndexOf } from './labels.js';

/**
 * Extended prediction history (Ratinov & Roth 2009, §5): what the tagger said about a word
 * earlier in the same document. A surname named in full in the first paragraph ("Margaret
 * Thatcher", PER) and alone later ("Thatcher") is a name there too, even where the sentence
 * itself does not say so. Words are keyed by their dictionary-form guess, so "Rusiei" and
 * "Rusia", "والسقاف" and "السقاف" share a history.
 *
 * A word's history is summarised as one small code: the label class it got most often before
 * (O or a type) and the set of types it got at all; {@link NO_HISTORY} when the word is new.
 */

/** Classes a history counts: O, then each tag type. */
const CLASSES = 1 + TAG_TYPES.length;

/** Summary of a word never seen before in the document. */
export const NO_HISTORY = -1;

/** Number of distinct summaries: majority class × set of types seen. */
export const HISTORY_CODES = CLASSES << TAG_TYPES.length;

/** The majority class of a summary (0 = O, 1 + k = TAG_TYPES[k]). */
export function historyMajority(code: number): number {
  return code >> TAG_TYPES.length;
}

/** The bit set of types a summary has seen (bit k = TAG_TYPES[k]). */
export function historyTypes(code: number): number {
  return code & ((1 << TAG_TYPES.length) - 1);
}

/** The labels a document's tagger gave its words so far. */
export interface DocumentHistory {
  /** The summary of a word's history; NO_HISTORY for a new word or a null key. */
  summary(key: string | null): number;
  /** Remembers that a word got a label (a BIO index); null keys are skipped. */
  record(key: string | null, label: number): void;
}

interface Seen {
  readonly counts: Uint16Array;
  code: number;
}

/**
 * An empty history for one document.
 * @example const h = createDocumentHistory(); h.record('thatcher', 2); h.summary('thatcher') !== NO_HISTORY // true
 */
export function createDocumentHistory(): DocumentHistory {
  const words = new Map<string, Seen>();
  return {
    summary(key) {
      if (key === null) return NO_HISTORY;
      return words.get(key)?.code ?? NO_HISTORY;
    },
    record(key, label) {
      if (key === null) return;
      let seen = words.get(key);
      if (!seen) words.set(key, (seen = { counts: new Uint16Array(CLASSES), code: 0 }));
      const cls = label === OUTSIDE ? 0 : 1 + typeIndexOf(label);
      if (seen.counts[cls]! < 0xffff) seen.counts[cls]!++;
      seen.code = summaryOf(seen.counts);
    },
  };
}

// Majority class (ties go to a type over O, then to the earlier type) and the types seen.
function summaryOf(counts: Uint16Array): number {
  let majority = 0;
  let types = 0;
  for (let c = 1; c < CLASSES; c++) {
    if (counts[c]! > 0) types |= 1 << (c - 1);
    if (counts[c]! > counts[majority]! || (majority === 0 && counts[c]! > 0 && counts[c] === counts[0])) majority = c;
  }
  return (majority << TAG_TYPES.length) | types;
}
