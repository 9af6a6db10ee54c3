import { toOriginalSpan } from '../model/offset-map.js';
import type { Span } from '../model/span.js';
import { foldText } from '../stages/normalize/fold.js';
import type { ParsedQuery, QueryTerm } from './query.js';
import { tokenizeForMatch, type MatchToken } from './tokens.js';
import type { Snippet } from './types.js';

/** Options for {@link buildSnippet}. */
export interface SnippetOptions {
  /** Target length in code units (default 160, about two lines of a result list). */
  readonly width?: number;
}

const DEFAULT_WIDTH = 160;
// The first hit sits about a third into the window: enough context before it to read it in place.
const LEAD_FRACTION = 1 / 3;
const SPACE = /\s/u;
// Single-unit white space (tabs, newlines) shown as spaces; same length, so offsets stay valid.
const WHITE_SPACE = /\s/gu;

/**
 * Finds where the query's terms occur in the ORIGINAL text: matches are found in the normalised
 * view (the index's view) and mapped back, so "تحريمها" covers all of "تحریم‌ها", ZWNJ included.
 * @example findMatches('Președintele Lukașenko a spus', parseQuery('lukasenko')) // [{ start: 13, end: 22 }]
 */
export function findMatches(text: string, query: ParsedQuery): Span[] {
  const mapped = foldText(text);
  const tokens = tokenizeForMatch(mapped.text);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const term of query.terms) {
      const n = matchLength(tokens, i, term);
      if (n === 0) continue;
      const normalized = { start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
      spans.push(toOriginalSpan(mapped, normalized, text));
    }
  }
  return mergeSpans(spans);
}

/**
 * Cuts a window of about `width` code units of the original text around the first match, on
 * white-space boundaries, with the matches inside it as highlights. Without a match in the text
 * (a title-only hit) the window is the start of the text.
 * @example buildSnippet(article.text, parseQuery('تحريمها')).highlights // [{ start: 40, end: 48 }]
 */
export function buildSnippet(text: string, query: ParsedQuery, options: SnippetOptions = {}): Snippet {
  const width = options.width ?? DEFAULT_WIDTH;
  const matches = findMatches(text, query);
  const first = matches[0] ?? { start: 0, end: 0 };
  const window = cutWindow(text, first, width);
  const highlights = matches
    .filter((m) => m.start >= window.start && m.end <= window.end)
    .map((m) => ({ start: m.start - window.start, end: m.end - window.start }));
  return { text: text.slice(window.start, window.end).replace(WHITE_SPACE, ' '), span: window, highlights };
}

// Number of tokens the term matches starting at token i (0 when it does not match there).
function matchLength(tokens: readonly MatchToken[], i: number, term: QueryTerm): number {
  const n = term.tokens.length;
  if (i + n > tokens.length) return 0;
  for (let k = 0; k < n; k++) {
    const key = tokens[i + k]!.key;
    const wanted = term.tokens[k]!;
    const last = k === n - 1;
    if (last && term.prefix ? !key.startsWith(wanted) : key !== wanted) return 0;
  }
  return n;
}

function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push(s);
  }
  return merged;
}

// A window that contains `hit`, snapped inwards to white space so no word is cut, then trimmed.
function cutWindow(text: string, hit: Span, width: number): Span {
  const room = Math.max(0, width - (hit.end - hit.start));
  let start = Math.max(0, hit.start - Math.floor(room * LEAD_FRACTION));
  let end = Math.min(text.length, Math.max(hit.end, start + width));
  // Near the end of the text, spend the unused room before the hit instead.
  start = Math.max(0, Math.min(start, end - width, hit.start));
  if (start > 0 && !SPACE.test(text[start - 1]!)) {
    const next = nextSpace(text, start, hit.start);
    start = next ?? hit.start;
  }
  if (end < text.length && !SPACE.test(text[end]!)) {
    const prev = prevSpace(text, end, hit.end);
    end = prev ?? hit.end;
  }
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

// The first white space in [from, limit), or null.
function nextSpace(text: string, from: number, limit: number): number | null {
  for (let i = from; i < limit; i++) if (SPACE.test(text[i]!)) return i;
  return null;
}

// The last white space in [limit, from), or null.
function prevSpace(text: string, from: number, limit: number): number | null {
  for (let i = from - 1; i >= limit; i--) if (SPACE.test(text[i]!)) return i;
  return null;
}
