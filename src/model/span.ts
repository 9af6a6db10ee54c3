/**
 * Spans are the spine of provenance: every annotation points at UTF-16 code-unit offsets
 * (as JavaScript indexes strings) into the stored original `Article.text`.
 */

/** A half-open range `[start, end)` of UTF-16 code units in the original article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Creates a span, rejecting inverted or negative ranges (a programming error, not content). */
export function span(start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end < start) {
    throw new RangeError(`Invalid span [${start}, ${end})`);
  }
  return { start, end };
}

/** The text a span covers. */
export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/** Length in code units. */
export function spanLength(s: Span): number {
  return s.end - s.start;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` covers all of `inner`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Moves a span by `delta` code units (e.g. from a paragraph to the whole text). */
export function shiftSpan(s: Span, delta: number): Span {
  return { start: s.start + delta, end: s.end + delta };
}

/** Narrows a span so it neither starts nor ends on white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Orders spans by start, then longer first — the order refiners expect. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}
