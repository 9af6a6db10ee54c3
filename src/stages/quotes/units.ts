import type { Sentence, Token } from '../../model/analysis.js';
import type { Span } from '../../model/span.js';
import type { MarkedSpan } from './quote-marks.js';

/**
 * Attribution units: sentences, merged where a quotation crosses a sentence boundary (a quote of
 * two sentences followed by "he said" is one statement with one cue).
 */

// A sentence this short after a quotation may be its cue ("Maher replied.", "said Mr. Pike.").
const MAX_CUE_SENTENCE_WORDS = 5;

/** A unit of text and the range of analysis tokens inside it. */
export interface Unit {
  readonly span: Span;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** Merges sentences that a marked span straddles and indexes their tokens. */
export function buildUnits(
  text: string,
  sentences: readonly Sentence[],
  marks: readonly MarkedSpan[],
  tokens: readonly Token[],
): Unit[] {
  const spans: Span[] = [];
  for (const { span } of sentences) {
    const last = spans[spans.length - 1];
    // "“You winning?” she said": a quotation ending in ? or ! is split off, but a lower-case start continues it.
    // "“That is false!” Maher replied.": a quotation closing its sentence is continued by the sentence after it
    // when that one opens no quotation of its own (it may hold the quotation's cue).
    const endsWithMark = !!last && marks.some((m) => m.closed && m.outer.end === last.end);
    const continues = endsWithMark && (/^\p{Ll}/u.test(text[span.start] ?? '') || (!marks.some((m) => m.outer.start === span.start) && words(text, span) <= MAX_CUE_SENTENCE_WORDS));
    if (last && (continues || marks.some((m) => m.outer.start < last.end && m.outer.end > span.start))) {
      spans[spans.length - 1] = { start: last.start, end: span.end };
    } else {
      spans.push(span);
    }
  }
  return spans.map((span) => ({ span, tokenStart: firstTokenAt(tokens, span.start), tokenEnd: firstTokenAt(tokens, span.end) }));
}

function words(text: string, span: Span): number {
  return text.slice(span.start, span.end).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
}

/** Index of the first token starting at or after `offset` (binary search; tokens are in order). */
export function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
