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
  if (t?.kind !== 'number') return undefined;
  const y = readYear(s, i);
  if (!y) return undefined;
  const stated = y.end > i + 1; // an era marker or year word follows
  const cue = i > 0 && s.matchesAt(i - 1).some((m) => m.entry.kind === 'yearCue' && m.end === i);
  // Without a cue, only a modern Gregorian year that no noun follows ("2000 soldiers" is a count).
  const bare = y.year >= BARE_YEARS[0] && y.year <= BARE_YEARS[1] && !isCountedNoun(s, i + 1);
  if (!stated && !cue && !bare) return undefined;
  // A currency or a percent sign makes it an amount.
  if (s.isPunct(i - 1, '$€£') || s.isPunct(i + 1, '%٪')) return undefined;
  const calendar = calendarForYear(y.year, s.lexicon, y.calendar);
  if (!calendar) return undefined;
  return { first: i, end: y.end, start: t.start, spec: { kind: 'date', calendar, year: y.year } };
}
