/** Span-matching scores shared by the quote evaluations. */
import type { Span } from '../../src/model/span.js';

/** Precision, recall and F1 from counts. */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Code units two spans share. */
export function sharedLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Code units shared between a span and any of a list (the list's spans do not overlap each other much). */
export function sharedWithAny(a: Span, list: readonly Span[]): number {
  return list.reduce((n, b) => n + sharedLength(a, b), 0);
}

/** Number of code units covered by the union of `spans`. */
export function coveredLength(spans: readonly Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -1;
  for (const s of sorted) {
    if (s.end <= end) continue;
    total += s.end - Math.max(s.start, end);
    end = s.end;
  }
  return total;
}

/** Number of code units covered by both unions. */
export function intersectionLength(a: readonly Span[], b: readonly Span[]): number {
  const pieces: Span[] = [];
  for (const x of a) for (const y of b) {
    const s = Math.max(x.start, y.start);
    const e = Math.min(x.end, y.end);
    if (e > s) pieces.push({ start: s, end: e });
  }
  return coveredLength(pieces);
}

/** Formats a ratio for the report. */
export const fmt = (x: number): string => x.toFixed(3);
