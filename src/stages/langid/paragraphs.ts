import { trimSpan, type Span } from '../../model/span.js';

/**
 * Paragraphs of the original text: blocks separated by blank lines, or by single line breaks when
 * the text has no blank line at all (feeds and plain-text dumps often use one newline per
 * paragraph). Spans exclude the surrounding white space and are offsets into the original text.
 */

// A line break, then optional horizontal space, then another line break: a blank line.
const BLANK_LINE = /\r?\n[^\S\r\n]*\r?\n/;
const BLANK_LINES = /\r?\n(?:[^\S\r\n]*\r?\n)+/g;
const LINE_BREAKS = /(?:\r?\n|\r|\u2028|\u2029)+/g;

/**
 * Splits `text` into paragraph spans, skipping empty ones.
 * @example splitParagraphs('One.\n\nTwo.') // [{start: 0, end: 4}, {start: 6, end: 10}]
 */
export function splitParagraphs(text: string): Span[] {
  const separator = BLANK_LINE.test(text) ? BLANK_LINES : LINE_BREAKS;
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    pushTrimmed(text, start, match.index, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const trimmed = trimSpan(text, { start, end });
  if (trimmed.end > trimmed.start) out.push(trimmed);
}
