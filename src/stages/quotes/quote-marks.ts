import type { Span } from '../../model/span.js';

/**
 * Finds text inside quotation marks, in every style news uses: “ ” „ ” « » ‹ › " and single
 * ‘ ’ ', nested («…„…“…»), mixed („…“, «…”) and unclosed (a quote running to the end of its
 * paragraph, as in seed 003). Where a mark is both an opener and a closer (“ " '), its position
 * decides: an opener has space or punctuation before it and a letter after it.
 */

/** A quoted stretch: `outer` includes the marks, `inner` is the quoted words (trimmed). */
export interface MarkedSpan {
  readonly outer: Span;
  readonly inner: Span;
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean;
}

// Marks that only open or only close, and those whose role depends on position.
const OPEN_ONLY = new Set(['„', '«', '‹', '‚']);
const CLOSE_ONLY = new Set(['»', '›']);
const EITHER_DOUBLE = new Set(['“', '”', '"', '‟']);
const EITHER_SINGLE = new Set(['‘', '’', "'"]);
const SINGLES = new Set(['‘', '’', "'", '‚', '‹', '›']);

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s([{\p{Pi}\p{Ps}—–\-:،؛,]/u;

interface Open {
  readonly at: number;
  readonly single: boolean;
}

/**
 * Lists the top-level quoted stretches of `text` in order (nested quotes stay inside their parent).
 * @example findMarkedSpans('a spus: „Da”.') // [{ outer: {start: 8, end: 12}, inner: {start: 9, end: 11}, closed: true }]
 */
export function findMarkedSpans(text: string): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    scanLine(text, lineStart, lineStart + line.length, out);
    lineStart += line.length + 1;
  }
  return out;
}

function scanLine(text: string, from: number, to: number, out: MarkedSpan[]): void {
  const stack: Open[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    // Two apostrophes (or backticks) stand for one double mark in older wire copy: ''That's it,'' he said.
    const doubled = (ch === "'" || ch === '`') && text[i + 1] === ch;
    const role = doubled ? doubledRole(text, i, from, to) : markRole(text, i, from, to);
    if (role === null) continue;
    const single = !doubled && SINGLES.has(ch);
    if (doubled) {
      if (role === 'open') stack.push({ at: i, single: false });
      else {
        const k = findLast(stack, (o) => !o.single);
        if (k >= 0) {
          const open = stack[k]!;
          stack.length = k;
          if (k === 0) out.push(makeSpan(text, open.at, i + 2, true, 2));
        }
      }
      i++;
      continue;
    }
    if (role === 'close') {
      // Close the innermost open mark of the same weight; an unmatched single is an apostrophe.
      const k = findLast(stack, (o) => o.single === single);
      if (k < 0) continue;
      const open = stack[k]!;
      stack.length = k;
      if (k === 0) out.push(makeSpan(text, open.at, i + 1, true));
    } else {
      // A straight " that matches an open " closes it: straight marks do not nest.
      if (ch === '"' && stack.length > 0 && text[stack[stack.length - 1]!.at] === '"') {
        const open = stack.pop()!;
        if (stack.length === 0) out.push(makeSpan(text, open.at, i + 1, true));
        continue;
      }
      stack.push({ at: i, single });
    }
  }
  // An unclosed double mark runs to the end of the paragraph; an unclosed single was an apostrophe.
  const first = stack.findIndex((o) => !o.single);
  if (first >= 0) out.push(makeSpan(text, stack[first]!.at, to, false));
}

function markRole(text: string, i: number, from: number, to: number): 'open' | 'close' | null {
  const ch = text[i]!;
  if (OPEN_ONLY.has(ch)) return 'open';
  if (CLOSE_ONLY.has(ch)) return 'close';
  if (!EITHER_DOUBLE.has(ch) && !EITHER_SINGLE.has(ch)) return null;
  const before = i > from ? text[i - 1]! : ' ';
  const after = i + 1 < to ? text[i + 1]! : ' ';
  const opensHere = SPACE_OR_OPEN.test(before) && !/\s/u.test(after);
  const closesHere = !/\s/u.test(before) && !LETTER.test(after);
  if (EITHER_SINGLE.has(ch)) {
    // Between two letters a single mark is an apostrophe ("Trump’s", "l'ONU").
    if (LETTER.test(before) && LETTER.test(after)) return null;
    if (ch === '‘') return opensHere ? 'open' : null;
  }
  if (opensHere && !closesHere) return 'open';
  if (closesHere && !opensHere) return 'close';
  if (opensHere && closesHere) return ch === '”' || ch === '’' ? 'close' : 'open';
  return null;
}

function doubledRole(text: string, i: number, from: number, to: number): 'open' | 'close' | null {
  const before = i > from ? text[i - 1]! : ' ';
  const after = i + 2 < to ? text[i + 2]! : ' ';
  if (text[i] === '`') return 'open';
  if (SPACE_OR_OPEN.test(before) && !/\s/u.test(after)) return 'open';
  if (!/\s/u.test(before) && !LETTER.test(after)) return 'close';
  return null;
}

function makeSpan(text: string, start: number, end: number, closed: boolean, closeWidth = 1): MarkedSpan {
  let a = start + (text[start] === text[start + 1] && (text[start] === "'" || text[start] === '`') ? 2 : 1);
  let b = closed ? end - closeWidth : end;
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  return { outer: { start, end: closed ? end : b }, inner: { start: a, end: b }, closed };
}

function findLast<T>(list: readonly T[], pred: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i]!)) return i;
  return -1;
}
