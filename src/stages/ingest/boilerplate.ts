import { loadAllLanguages } from '../../languages/index.js';
import { foldCodePoint, normalizeForMatch } from '../normalize/fold.js';

/**
 * Removes site furniture that survives extraction (related links, comment forms, share bars,
 * "Read more" lines) by the markers in every pack's `boilerplate.json`. The language is not known
 * at ingest, so the union of all packs applies; lines and markers are compared in their
 * `normalizeForMatch` forms, so letter variants, diacritics and quote styles do not matter.
 *
 * A line matches a marker when, after trimming, it equals the marker or starts with it at a word
 * boundary. A one-word marker ("Comments", "تعليقك") must then be followed by punctuation, a symbol
 * or a number ("Comments (3)", "Tags: …"), so that "Comments from the minister …" stays; a phrase
 * marker ("Related articles", "أخبار ذات صلة") may be followed by anything.
 *
 * Tails are preferred to dropped lines: cutting a tail keeps every kept offset equal to the
 * decoded input's.
 */

/** Markers in their matching forms. */
export interface BoilerplateMarkers {
  /** A line matching one of these begins a tail that is cut to the end. */
  readonly tail: readonly string[];
  /** A line matching one of these is dropped wherever it is. */
  readonly line: readonly string[];
}

/** The kept text and what was removed, for the caller's summary. */
export interface BoilerplateResult {
  readonly text: string;
  /** Code units removed (tail and dropped lines, with their line breaks). */
  readonly removedChars: number;
  /** Non-blank lines removed. */
  readonly removedLines: number;
}

// A furniture line is short; a longer line that happens to start with a marker phrase is prose.
// Measured before folding (harakat included).
const MAX_MARKER_LINE = 200;
// A tail can only begin once the body has: a line this long is prose, not a menu or a share bar.
// Before it, a tail marker (a share bar under the headline) drops only its own line.
const BODY_LINE_CHARS = 80;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SEPARATOR_START = /^\s*[\p{P}\p{S}\p{N}]/u;
const LINE_BREAK = /\r\n|\n|\r/g;

let cached: BoilerplateMarkers | null = null;

/** The union of every pack's markers, normalised for matching (loaded once). */
export function loadBoilerplateMarkers(): BoilerplateMarkers {
  if (!cached) {
    const tail = new Set<string>();
    const line = new Set<string>();
    for (const pack of loadAllLanguages()) {
      for (const marker of pack.boilerplate.tailMarkers) tail.add(normalizeLine(marker));
      for (const marker of pack.boilerplate.lineMarkers) line.add(normalizeLine(marker));
    }
    tail.delete('');
    line.delete('');
    cached = { tail: [...tail], line: [...line] };
  }
  return cached;
}

function normalizeLine(line: string): string {
  return normalizeForMatch(line.trim()).replace(/\s+/gu, ' ');
}

/**
 * True when a normalised line is, or starts with, the marker in the sense described above.
 * `complete` is false when `line` is only the folded start of a longer line (it can then only
 * start with the marker, not equal it).
 */
export function matchesMarker(line: string, marker: string, complete = true): boolean {
  if (complete && line === marker) return true;
  if (!line.startsWith(marker)) return false;
  const rest = line.slice(marker.length);
  if (rest === '') return false;
  if (WORD_CHAR.test(rest[0]!)) return false;
  const isPhrase = marker.includes(' ') || !/\p{L}/u.test(marker);
  return isPhrase || SEPARATOR_START.test(rest);
}

// Folds the start of a trimmed line, white space collapsed, until it is longer than `want`:
// enough to compare with every marker without folding whole paragraphs.
function foldHead(trimmed: string, want: number): { head: string; complete: boolean } {
  let head = '';
  let read = 0;
  for (const ch of trimmed) {
    if (head.length > want) return { head, complete: false };
    read += ch.length;
    const folded = /\s/u.test(ch) ? ' ' : foldCodePoint(ch);
    if (folded === ' ' && head.endsWith(' ')) continue;
    head += folded;
  }
  return { head, complete: read === trimmed.length };
}

interface Line {
  readonly start: number;
  /** Where the next line starts (after this line's break). */
  readonly next: number;
  readonly text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    lines.push({ start, next: m.index + m[0].length, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, next: text.length, text: text.slice(start) });
  return lines;
}

/**
 * Cuts furniture tails and drops furniture lines.
 * @example removeBoilerplate('Body of the story…\n\nRelated articles\nOther story').text // 'Body of the story…\n\n'
 */
export function removeBoilerplate(text: string, markers: BoilerplateMarkers = loadBoilerplateMarkers()): BoilerplateResult {
  const removed: Array<[number, number]> = [];
  let removedLines = 0;
  let bodyStarted = false;
  const lines = splitLines(text);
  const longest = Math.max(0, ...markers.tail.map((m) => m.length), ...markers.line.map((m) => m.length));
  for (const [i, line] of lines.entries()) {
    const kind = classifyLine(line.text, markers, longest);
    if (kind === 'tail' && bodyStarted) {
      removed.push([line.start, text.length]);
      removedLines += lines.slice(i).filter((l) => l.text.trim() !== '').length;
      break;
    }
    if (kind !== null) {
      removed.push([line.start, dropEnd(lines, i)]);
      removedLines++;
      continue;
    }
    if (line.text.trim().length >= BODY_LINE_CHARS) bodyStarted = true;
  }
  return { text: cutRanges(text, removed), removedChars: removed.reduce((n, [s, e]) => n + e - s, 0), removedLines };
}

function classifyLine(raw: string, markers: BoilerplateMarkers, longest: number): 'tail' | 'line' | null {
  const trimmed = raw.trim();
  // Furniture lines are short; a longer line that starts with a marker phrase is prose.
  if (trimmed === '' || trimmed.length > MAX_MARKER_LINE) return null;
  const { head, complete } = foldHead(trimmed, longest);
  if (markers.tail.some((m) => matchesMarker(head, m, complete))) return 'tail';
  return markers.line.some((m) => matchesMarker(head, m, complete)) ? 'line' : null;
}

// A dropped paragraph takes the blank lines after it along, so that "A\n\nRead more\n\nB" becomes
// "A\n\nB" rather than leaving a double gap; a line inside a paragraph takes only its own break.
function dropEnd(lines: readonly Line[], i: number): number {
  const isBlank = (j: number) => lines[j]!.text.trim() === '';
  if (i > 0 && !isBlank(i - 1)) return lines[i]!.next;
  let j = i + 1;
  while (j < lines.length - 1 && isBlank(j)) j++;
  return j < lines.length && j > i + 1 ? lines[j]!.start : lines[i]!.next;
}

function cutRanges(text: string, ranges: ReadonlyArray<[number, number]>): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
}
