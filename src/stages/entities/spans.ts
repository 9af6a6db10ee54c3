import type { Token } from '../../model/analysis.js';
import { toOriginalOffset } from '../../model/offset-map.js';
import type { Span } from '../../model/span.js';
import { foldText } from '../normalize/fold.js';

// Joiners and bidi marks between a name and a detached enclitic (ایران‌ها) belong to neither.
const INVISIBLE = /[\u200b-\u200f\u061c\u0640]/u;

/**
 * The original-text span of tokens `[start, end)` after leaving out `cutStart` folded code units of
 * a proclitic and `cutEnd` of an enclitic. Folded offsets inside a token map back through the
 * token's own folding map, so dropped harakat or ZWNJ never shift the span.
 * @example tokenRangeSpan(text, tokens, 3, 4, 1, 0) // "بيلاروس" inside "لبيلاروس"
 */
export function tokenRangeSpan(text: string, tokens: readonly Token[], start: number, end: number, cutStart = 0, cutEnd = 0): Span {
  const first = tokens[start]!.span;
  const last = tokens[end - 1]!.span;
  let s = first.start;
  let e = last.end;
  if (cutStart > 0) s = first.start + toOriginalOffset(foldText(text.slice(first.start, first.end)), cutStart);
  if (cutEnd > 0) {
    const folded = foldText(text.slice(last.start, last.end));
    e = last.start + toOriginalOffset(folded, folded.text.length - cutEnd);
  }
  while (e > s && INVISIBLE.test(text[e - 1]!)) e--;
  while (s < e && INVISIBLE.test(text[s]!)) s++;
  return { start: s, end: e };
}
