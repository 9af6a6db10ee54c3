import type { Token } from '../../model/analysis.js';
import type { CueEntry, QuoteLexicon } from './lexicon.js';

/**
 * Token-sequence matching against the compiled lexicon: a speech verb may carry a proclitic
 * (Arabic "وأضاف" = "and he added") and a multi-word cue may hold one adverb ("a mai spus").
 */

/** A cue found in the text: token indexes `[start, end)` into the analysis tokens. */
export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly entry: CueEntry;
}

/** The forms a token may stand for: itself, and itself without one listed proclitic. */
export function tokenForms(norm: string, prefixes: readonly string[]): string[] {
  const forms = [norm];
  for (const p of prefixes) {
    // Keep at least two letters after the clitic: "وقال" → "قال", but "وا" stays a word.
    if (norm.startsWith(p) && norm.length - p.length >= 2) forms.push(norm.slice(p.length));
  }
  return forms;
}

/**
 * Matches `seq` at token `at` (first token may carry a prefix, inserts allowed inside);
 * returns the index after the match or -1.
 */
export function matchSequence(
  tokens: readonly Token[],
  at: number,
  seq: readonly string[],
  lexicon: Pick<QuoteLexicon, 'prefixes' | 'inserts'>,
  limit = tokens.length,
): number {
  let i = at;
  for (let k = 0; k < seq.length; k++) {
    const token = tokens[i];
    if (!token || i >= limit) return -1;
    const ok = k === 0 ? tokenForms(token.norm, lexicon.prefixes).includes(seq[0]!) : token.norm === seq[k];
    if (!ok) {
      // One adverb may sit between the parts of a multi-word cue.
      if (k > 0 && lexicon.inserts.has(token.norm) && tokens[i + 1]?.norm === seq[k] && i + 1 < limit) i++;
      else return -1;
    }
    i++;
  }
  return i;
}

/** Finds the first of `seqs` that matches at `at`; returns `[end, seq]` or null. */
export function matchAny(
  tokens: readonly Token[],
  at: number,
  seqs: readonly (readonly string[])[],
  lexicon: Pick<QuoteLexicon, 'prefixes' | 'inserts'>,
  limit = tokens.length,
): number {
  for (const seq of seqs) {
    const end = matchSequence(tokens, at, seq, lexicon, limit);
    if (end > 0) return end;
  }
  return -1;
}

/**
 * Finds cues in tokens `[from, to)`, skipping tokens for which `masked` is true (inside quotation
 * marks: a "said" inside a quote is not a cue of the article). Longest match first, no overlaps.
 */
export function findCues(
  tokens: readonly Token[],
  from: number,
  to: number,
  lexicon: QuoteLexicon,
  masked: (index: number) => boolean,
): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = from; i < to; i++) {
    if (masked(i) || tokens[i]!.kind !== 'word') continue;
    const hit = matchCueAt(tokens, i, to, lexicon);
    if (hit && !Array.from({ length: hit.end - hit.start }, (_, k) => masked(hit.start + k)).some(Boolean)) {
      hits.push(hit);
      i = hit.end - 1;
    }
  }
  return hits;
}

function matchCueAt(tokens: readonly Token[], i: number, to: number, lexicon: QuoteLexicon): CueHit | null {
  for (const form of tokenForms(tokens[i]!.norm, lexicon.prefixes)) {
    for (const entry of lexicon.cues.get(form) ?? []) {
      const end = matchSequence(tokens, i, entry.tokens, lexicon, to);
      if (end > 0) return { start: i, end, entry };
    }
  }
  return null;
}
