import type { Token } from '../../model/analysis.js';
import type { Span } from '../../model/span.js';
import { normalizeForMatch } from '../normalize/fold.js';

/**
 * Word tokens from `Intl.Segmenter` (UAX #29 word boundaries), which keeps Arabic-script words
 * whole, treats ZWNJ as word-internal and splits punctuation off. Offsets are into the original.
 */

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

const NUMBER = /^[\p{Nd}]+(?:[.,٫٬][\p{Nd}]+)*$/u;

/**
 * Tokenises `text` (or the part of it `within` covers); white space is skipped.
 * @example tokenize('Iranul a furnizat drone.').map(t => t.norm) // ['iranul','a','furnizat','drone','.']
 */
export function tokenize(text: string, within: Span = { start: 0, end: text.length }): Token[] {
  const slice = text.slice(within.start, within.end);
  const tokens: Token[] = [];
  for (const seg of wordSegmenter.segment(slice)) {
    if (/^\s+$/u.test(seg.segment)) continue;
    const start = within.start + seg.index;
    const kind = seg.isWordLike ? (NUMBER.test(seg.segment) ? 'number' : 'word') : 'punct';
    tokens.push({ span: { start, end: start + seg.segment.length }, norm: normalizeForMatch(seg.segment), kind });
  }
  return tokens;
}
