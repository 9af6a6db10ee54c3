import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';
import { calendarForYear, readYear } from './parts.js';

// Years accepted with no cue at all: a 4-digit number in this range is a year far more often than not.
const BARE_YEARS = [1900, 2099] as const;

// A word right after the number that is no time word: the number counts it ("2000 soldiers").
function isCountedNoun(s: TimeScanner, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== 'word') return false;
  // A capitalised name after it is still a year's ("1996 Olympic Games").
  if (s.lexicon.hasCase && s.isCapitalized(i)) return false;
  return s.matchesAt(i).length === 0;
}

/**
 * A year on its own: "عام 2022", "fiscal 1989", "سال ۱۴۰۴", "2025م", "1447 هـ", "в 2022 году", "in 1990".
 * A bare number is a year only with a cue (a year word, an era marker, or a preposition before it),
 * so "2000 soldiers" stays a number.
 */
export function extractYear(s: TimeScanner, i: number): Candidate | undefined {
  const prefix = s.find(i, 'yearPrefix') ?? s.find(i, 'unit', (e) => e.unit === 'year' && e.count === undefined);
  if (prefix) {
    const y = readYear(s, prefix.end);
    const calendar = y && calendarForYear(y.year, s.lexicon, y.calendar);
    if (y && calendar) return { first: i, end: y.end, start: prefix.start, spec: { kind: 'date', calendar, year: y.year } };
  }
  const t = s.tokens[i];
  if (t?.kind !== 'number') return spokenYear(s, i);
  const y = readYear(s, i);
  if (!y) return undefined;
  const stated = y.end > i + 1; // an era marker or year word follows
  const cue = i > 0 && s.matchesAt(i - 1).some((m) => m.entry.kind === 'yearCue' && m.end === i);
  // Without a cue, only a modern Gregorian year that no noun follows ("2000 soldiers" is a count),
  // unless an article or a possessive says it modifies the noun ("the 1998 bombing", "the company's 1989 results").
  const modifier = [i - 1, i - 2].some((k) => k >= 0 && s.matchesAt(k).some((m) => (m.entry.kind === 'yearModifierCue' || m.entry.kind === 'possessive') && m.end === i));
  const bare = y.year >= BARE_YEARS[0] && y.year <= BARE_YEARS[1] && (modifier || !isCountedNoun(s, i + 1));
  if (!stated && !cue && !bare && !inYearRange(s, i, y.year)) return undefined;
  // A currency or a percent sign makes it an amount.
  if (s.isPunct(i - 1, '$€£') || s.isPunct(i + 1, '%٪')) return undefined;
  const calendar = calendarForYear(y.year, s.lexicon, y.calendar);
  if (!calendar) return undefined;
  return { first: i, end: y.end, start: t.start, spec: { kind: 'date', calendar, year: y.year } };
}

// "nineteen ninety-six" needs no cue: two number words never read as a year otherwise.
function spokenYear(s: TimeScanner, i: number): Candidate | undefined {
  const y = s.tokens[i]?.kind === 'word' ? readYear(s, i) : undefined;
  if (!y || y.year < BARE_YEARS[0] || y.year > BARE_YEARS[1]) return undefined;
  return { first: i, end: y.end, start: s.matchesAt(i)[0]?.start ?? s.tokens[i]!.start, spec: { kind: 'date', calendar: 'gregorian', year: y.year } };
}

// The widest span a "1830-1889" range of years may cover (a lifetime, a reign, a century).
const MAX_RANGE_YEARS = 150;

/** "(1830-1889)", "2012–2017": two plausible years joined by a dash, the second the later one. */
function inYearRange(s: TimeScanner, i: number, year: number): boolean {
  const other = (k: number): number | undefined => {
    const t = s.tokens[k];
    return t?.kind === 'number' && t.text.length === 4 ? Number.parseInt(t.text, 10) : undefined;
  };
  const dash = (k: number): boolean => s.isPunct(k, '-–—') && s.glued(k) && s.glued(k + 1);
  const ok = (a: number | undefined, b: number | undefined): boolean =>
    a !== undefined && b !== undefined && a >= GREGORIAN_RANGE_MIN && b > a && b - a <= MAX_RANGE_YEARS;
  return (dash(i + 1) && ok(year, other(i + 2))) || (dash(i - 1) && ok(other(i - 2), year));
}

const GREGORIAN_RANGE_MIN = 1000;
