import type { Candidate } from '../spec.js';
import type { NumberMatch, TimeScanner } from '../scanner.js';
import { calendarForYear, hasCueBefore, hasFutureCue, readDay, readRelativeYear, readYear } from './parts.js';

/**
 * Dates with a month name in any calendar and order: "29 مرداد ۱۴۰۴", "6 تشرين الاول /اكتوبر",
 * "Oct. 6, 2025", "20 августа 2025 года", "چهارشنبه ۲۹ مرداد", "الحادي والعشرين من أكتوبر",
 * "January 2025", "يناير الماضي", "last January".
 */
export function extractCalendarDate(s: TimeScanner, i: number): Candidate | undefined {
  let j = i;
  let offset: -1 | 0 | 1 | undefined;
  let start: number | undefined;
  // A relative word before the month: "last January", "this March".
  const relBefore = s.find(i, 'rel');
  if (relBefore && s.has(relBefore.end, 'month')) {
    offset = relBefore.entry.offset;
    start = relBefore.start;
    j = relBefore.end;
  }
  // "luna februarie", "ماه اکتبر", "the month of": the word "month" before a month name.
  const monthWordBefore = offset === undefined ? s.find(j, 'unit', (e) => e.unit === 'month' && e.count === undefined) : undefined;
  const monthBefore = monthWordBefore && s.has(s.skip(monthWordBefore.end, 'connector'), 'month') ? monthWordBefore : undefined;
  if (monthBefore) {
    start = monthBefore.start;
    j = s.skip(monthBefore.end, 'connector');
  }
  let weekday: number | undefined;
  const wd = offset === undefined && !monthBefore ? s.find(j, 'weekday') : undefined;
  if (wd) {
    weekday = wd.entry.weekday;
    start = wd.start;
    j = wd.end;
    if (s.isPunct(j, ',،')) j++;
  }
  let day: NumberMatch | undefined = readDay(s, j);
  if (day) {
    const k = s.skip(day.end, 'connector');
    if (s.has(k, 'month')) {
      start ??= day.start;
      j = k;
    } else day = undefined;
  }
  const monthIndex = j;
  const month = s.find(j, 'month');
  if (!month) return undefined;
  start ??= month.start;
  j = month.end;
  // "مرداد ماه": the word "month" after a Solar or lunar Hijri month name.
  const monthWord = s.find(j, 'unit', (e) => e.unit === 'month' && e.count === undefined);
  if (monthWord && month.entry.calendar !== 'gregorian') j = monthWord.end;
  j = skipDoubleForm(s, j, month.entry.month, month.entry.calendar);
  if (!day) {
    // "Oct. 6", "August 21st", "last Oct. 23"; not "August 3 years" nor the start of "August 20 25".
    const after = readDay(s, j);
    if (after && !s.has(after.end, 'unit') && !(after.digits > 0 && s.tokens[after.end]?.kind === 'number')) {
      day = after;
      j = after.end;
    }
  }
  const year = offset === undefined ? readYear(s, s.isPunct(j, ',،') ? j + 1 : j) : undefined;
  if (year) j = year.end;
  let yearOffset: number | undefined;
  if (!year && offset === undefined) {
    const relYear = readRelativeYear(s, j);
    const relAfter = relYear ? undefined : s.find(j, 'rel');
    if (relYear) {
      yearOffset = relYear.offset;
      j = relYear.end;
    } else if (relAfter) {
      offset = relAfter.entry.offset;
      j = relAfter.end;
    }
  }
  if (weekday !== undefined && !day) return undefined;
  if (!day && !year && offset === undefined && month.entry.ambiguous) {
    // "may", "mai" (= more), "آب" (= father): a month only after a cue ("in May"), capitalised where
    // the script has case.
    if (!hasCueBefore(s, monthIndex)) return undefined;
    if (s.lexicon.hasCase && !s.isCapitalized(monthIndex)) return undefined;
  }
  if (year && !calendarForYear(year.year, s.lexicon, year.calendar ?? month.entry.calendar)) return undefined;
  return {
    first: i,
    end: j,
    start,
    spec: {
      kind: 'date',
      calendar: month.entry.calendar,
      month: month.entry.month,
      ...(day ? { day: day.value } : {}),
      ...(year ? { year: year.year } : {}),
      ...(weekday !== undefined ? { weekday } : {}),
      ...(offset !== undefined ? { offset } : {}),
      ...(yearOffset !== undefined ? { yearOffset } : {}),
      ...(!year && offset === undefined && yearOffset === undefined && hasFutureCue(s, i) ? { future: true } : {}),
    },
  };
}

// "6 تشرين الاول /اكتوبر", "أكتوبر (تشرين الأول)": two regional names of the same month.
function skipDoubleForm(s: TimeScanner, j: number, month: number, calendar: string): number {
  if (!s.isPunct(j, '/(-')) return j;
  const open = s.tokens[j]!.text === '(';
  const other = s.find(j + 1, 'month', (e) => e.month === month && e.calendar === calendar);
  if (!other) return j;
  if (open) return s.isPunct(other.end, ')') ? other.end + 1 : j;
  return other.end;
}
