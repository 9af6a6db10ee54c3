import { OUTSIDE, TAG_TYPES, typeIndexOf } from './labels.js';

/**
 * Extended prediction history (Ratinov & Roth 2009, §5): what the tagger said about a word
 * earlier in the same document. A surname named in full in the first paragraph ("Margaret
 * Thatcher", PER) and alone later ("Thatcher") is a name there too, even where the sentence
 * itself does not say so. Words are keyed by their dictionary-form guess, so "Rusiei" and
 * "Rusia", "والسقاف" and "السقاف" share a history.
 *
 * A token's history is summarised as one small code: the label class it got most often before
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
  /** The summary of each key (NO_HISTORY for new ones); -1 for keys given as null. */
  summarize(keys: readonly (string | null)[]): Int16Array;
  /** Remembers the labels (BIO indices) given to a sentence's keys; null keys are skipped. */
  record(keys: readonly (string | null)[], labels: ArrayLike<number>): void;
}

/**
 * An empty history for one document.
 * @example const h = createDocumentHistory(); h.record(['thatcher'], [2]); h.summarize(['thatcher'])[0] !== NO_HISTORY // true
 */
export function createDocumentHistory(): DocumentHistory {
  const counts = new Map<string, Uint16Array>();
  return {
    summarize(keys) {
      const out = new Int16Array(keys.length).fill(NO_HISTORY);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const seen = key === null || key === undefined ? undefined : counts.get(key);
        if (seen) out[i] = summaryOf(seen);
      }
      return out;
    },
    record(keys, labels) {
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === null || key === undefined) continue;
        let seen = counts.get(key);
        if (!seen) counts.set(key, (seen = new Uint16Array(CLASSES)));
        const label = labels[i]!;
        const cls = label === OUTSIDE ? 0 : 1 + typeIndexOf(label);
        if (seen[cls]! < 0xffff) seen[cls]!++;
      }
    },
  };
}

// Majority class (ties go to a type over O, then to the earlier type) and the types seen.
function summaryOf(seen: Uint16Array): number {
  let majority = 0;
  let types = 0;
  for (let c = 1; c < CLASSES; c++) {
    if (seen[c]! > 0) types |= 1 << (c - 1);
    if (seen[c]! > seen[majority]! || (majority === 0 && seen[c]! > 0 && seen[c] === seen[0])) majority = c;
  }
  return (majority << TAG_TYPES.length) | types;
}
