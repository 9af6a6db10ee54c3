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
  // "10:30" is a clock time, not a day; "Oct. 26: The …" (a colon before text) is a day.
  if (s.isPunct(n.end, ':') && s.glued(n.end) && s.tokens[n.end + 1]?.kind === 'number' && s.glued(n.end + 1)) return undefined;
  return n;
}

// Spoken years name the century and then the rest: "nineteen ninety-six" = 19 × 100 + 96.
const SPOKEN_CENTURIES = [11, 20] as const;
const SPOKEN_REST = [10, 99] as const;

/** A year read out in words, as broadcast transcripts write it: "nineteen ninety-six" → 1996. */
function readSpokenYear(s: TimeScanner, i: number): YearMatch | undefined {
  const century = s.number(i);
  if (!century || century.digits > 0 || century.ordinal) return undefined;
  if (century.value < SPOKEN_CENTURIES[0] || century.value > SPOKEN_CENTURIES[1]) return undefined;
  const rest = s.number(century.end);
  if (!rest || rest.digits > 0 || rest.ordinal || rest.value < SPOKEN_REST[0] || rest.value > SPOKEN_REST[1]) return undefined;
  return { year: century.value * 100 + rest.value, end: rest.end };
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
  const spoken = readSpokenYear(s, i);
  if (spoken) return spoken;
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

// How far back (in tokens, within the sentence) a future-tense cue makes a bare date point forward.
const FUTURE_CUE_WINDOW = 8;

/** True when a future-tense cue ("will", "سوف", "va") comes before token `i` in its sentence. */
export function hasFutureCue(s: TimeScanner, i: number): boolean {
  const from = s.sentenceStart(i, FUTURE_CUE_WINDOW) + 1;
  for (let k = Math.max(0, from); k < i; k++) if (s.has(k, 'future')) return true;
  return false;
}

/** A relative year after a month or quarter: "July last year", "мае прошлого года", "خردادماه سال جاری", "امسال". */
export function readRelativeYear(s: TimeScanner, j: number): { end: number; offset: number } | undefined {
  const isYear = (e: { unit: string; count?: number }) => e.unit === 'year' && e.count === undefined;
  const unit = s.find(j, 'unit', isYear);
  const relAfterUnit = unit && s.find(unit.end, 'rel');
  if (relAfterUnit) return { end: relAfterUnit.end, offset: relAfterUnit.entry.offset };
  const rel = s.find(j, 'rel');
  const unitAfterRel = rel && s.find(rel.end, 'unit', isYear);
  if (rel && unitAfterRel) return { end: unitAfterRel.end, offset: rel.entry.offset };
  const named = s.find(j, 'named', (e) => e.unit === 'year');
  return named ? { end: named.end, offset: named.entry.amount } : undefined;
}
