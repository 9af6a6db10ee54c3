import type { CalendarName } from '../calendars/convert.js';
import type { TimeLexicon } from '../lexicon.js';
import type { NumberMatch, TimeScanner } from '../scanner.js';

/** Building blocks shared by the extractors: days, years and the calendar of a bare year. */

/** A day-of-month: 1–31 in at most two digits, or an ordinal word ("الحادي والعشرين"). */
export function readDay(s: TimeScanner, i: number): NumberMatch | undefined {
  const n = s.number(i);
  if (!n || n.value < 1 || n.value > 31) return undefined;
  if (n.digits === 0 && !n.ordinal) return undefined;
  if (n.digits > 2) return undefined;
  // "10:30" is a clock time, not a day.
  if (s.isPunct(n.end, ':') && s.glued(n.end)) return undefined;
  return n;
}

/** A year with an optional era marker or year word after it ("2025م", "1447 هـ", "2022 году", "2025 г."). */
export interface YearMatch {
  readonly year: number;
  readonly end: number;
  /** The calendar an era marker states, if any. */
  readonly calendar?: CalendarName;
}

/** Reads a year written in 3–4 digits at `i`, with its era marker or year word. */
export function readYear(s: TimeScanner, i: number): YearMatch | undefined {
  const n = s.number(i);
  if (!n || n.digits < 3 || n.digits > 4 || n.ordinal) return undefined;
  const era = s.find(n.end, 'era');
  if (era) return { year: n.value, end: era.end, calendar: era.entry.calendar };
  const unit = s.find(n.end, 'unit', (e) => e.unit === 'year' && e.count === undefined);
  // Only a year word that follows the year belongs to it ("2022 году"); a duration ("300 years") does not,
  // so accept it for plausible calendar years only.
  if (unit && n.value >= 1000) return { year: n.value, end: unit.end };
  return { year: n.value, end: n.end };
}

// Plausible years: modern Gregorian, or Solar/lunar Hijri years of the last two centuries.
const GREGORIAN_YEARS = [1000, 2200] as const;
const HIJRI_YEARS = [1200, 1600] as const;

/**
 * The calendar of a year written without a month name: an era marker wins; else a Gregorian-looking
 * year is Gregorian; else the pack's default non-Gregorian calendar (Persian text → Solar Hijri).
 */
export function calendarForYear(year: number, lex: TimeLexicon, stated?: CalendarName): CalendarName | undefined {
  if (stated) return stated;
  if (year >= GREGORIAN_YEARS[0] && year <= GREGORIAN_YEARS[1] && year > HIJRI_YEARS[1]) return 'gregorian';
  if (year >= HIJRI_YEARS[0] && year <= HIJRI_YEARS[1] && lex.defaultCalendar !== 'gregorian') return lex.defaultCalendar;
  return undefined;
}

/** True when the month (or weekday) at `i` has a cue word just before it ("in May", "в среду", "pe luni"). */
export function hasCueBefore(s: TimeScanner, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    for (const m of s.matchesAt(k)) {
      if (m.end === i && (m.entry.kind === 'yearCue' || m.entry.kind === 'rel' || m.entry.kind === 'mod')) return true;
    }
  }
  return false;
}
