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

/** Builds a MappedText piece by piece; each piece records the original span it replaces. */
export class MappedTextBuilder {
  // String concatenation (V8 ropes) and a growing typed array: folding runs on every character of
  // every article, and per-character array pushes were most of its cost.
  private text = '';
  private origins: Int32Array;
  private length = 0;

  constructor(expectedLength = 64) {
    this.origins = new Int32Array(Math.max(16, expectedLength + 1));
  }

  /** Appends `out` as the normalised form of original `[start, end)`. An empty `out` drops the range. */
  push(out: string, start: number, end: number): void {
    if (out.length === 0) return;
    this.text += out;
    this.reserve(out.length);
    // Every unit of a replacement maps to the start of the original range, except that
    // a same-length replacement keeps a one-to-one map (useful for letter folding).
    const sameLength = out.length === end - start;
    for (let i = 0; i < out.length; i++) this.origins[this.length++] = sameLength ? start + i : start;
  }

  /** Appends one code unit that stands for the original unit at `at` (the common, unchanged case). */
  pushUnit(unit: string, at: number): void {
    this.text += unit;
    this.reserve(1);
    this.origins[this.length++] = at;
  }

  /** Finishes the map; `originalLength` is where the end offset maps. */
  build(originalLength: number): MappedText {
    const origin = this.origins.slice(0, this.length + 1);
    origin[this.length] = originalLength;
    return { text: this.text, origin };
  }

  // Keeps room for `extra` more units plus the end entry.
  private reserve(extra: number): void {
    if (this.length + extra + 1 <= this.origins.length) return;
    const grown = new Int32Array(Math.max(this.origins.length * 2, this.length + extra + 1));
    grown.set(this.origins.subarray(0, this.length));
    this.origins = grown;
  }
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
