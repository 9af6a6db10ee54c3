import type { Span } from './span.js';

/**
 * A derived string (normalised for matching) with a map back to the original.
 * `origin[i]` is the original offset where normalised code unit `i` came from;
 * `origin[text.length]` is the original length, so end offsets map too.
 */
export interface MappedText {
  readonly text: string;
  readonly origin: Int32Array;
}

/** Maps a normalised offset to the original text. */
export function toOriginalOffset(mapped: MappedText, offset: number): number {
  const clamped = Math.max(0, Math.min(offset, mapped.text.length));
  return mapped.origin[clamped]!;
}

/**
 * Maps a span in normalised coordinates to the original. The end maps through the last
 * covered unit so a match ending on a folded ligature still covers all its original units.
 */
export function toOriginalSpan(mapped: MappedText, s: Span, originalText: string): Span {
  const start = toOriginalOffset(mapped, s.start);
  if (s.end <= s.start) return { start, end: start };
  const lastOrigin = toOriginalOffset(mapped, s.end - 1);
  const nextOrigin = toOriginalOffset(mapped, s.end);
  // The last unit may stand for several original units (a dropped diacritic after it, a
  // surrogate pair): extend to where the next normalised unit begins, minus dropped marks.
  let end = Math.max(lastOrigin + 1, start + 1);
  if (nextOrigin > end) end = trailingEnd(originalText, end, nextOrigin);
  return { start, end: Math.min(end, originalText.length) };
}

// Dropped units after a match (harakat, tatweel, ZWNJ) belong to the match's last letter;
// white space and punctuation do not.
function trailingEnd(text: string, from: number, limit: number): number {
  let end = from;
  while (end < limit && /[\p{M}\u0640\u200c\u200d\u200e\u200f]/u.test(text[end]!)) end++;
  return end;
}

/** The identity map, for text that needs no normalisation. */
export function identityMap(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}
