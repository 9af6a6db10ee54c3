import { fromEpochDay, fromGregorian, toEpochDay, toGregorian, type CalendarDate, type CalendarName } from './convert.js';

/**
 * Dates of named holidays from the rules in a pack's `calendars.json` `holidays`:
 * - `MM-DD` or `<calendar>:MM-DD`: a fixed day ("12-25" Christmas, "persian:01-01" Nowruz,
 *   "islamic:10-01" Eid al-Fitr), converted to Gregorian by the calendar library;
 * - `MM-W#N`: the N-th weekday W (ISO, Monday = 1) of a Gregorian month, N = -1 for the last
 *   ("11-4#4" US Thanksgiving, "05-1#-1" Memorial Day);
 * - `easter`: Western Easter Sunday (the Gregorian computus);
 * each optionally followed by `+D` / `-D` days ("11-1#1+1" US Election Day, "easter-2" Good Friday).
 */

/** The syntax of a holiday rule, for the pack schema. */
export const HOLIDAY_RULE = /^(?:(?:(gregorian|persian|islamic):)?(\d{2})-(\d{2})|(\d{2})-([1-7])#(-1|[1-5])|easter)([+-]\d{1,3})?$/;

const DAY_MS_WEEKDAY_OFFSET = 3; // 1970-01-01 (epoch day 0) was a Thursday: ISO weekday 4.

function isoWeekdayOf(day: number): number {
  return ((((day + DAY_MS_WEEKDAY_OFFSET) % 7) + 7) % 7) + 1;
}

// Anonymous Gregorian computus (Meeus/Jones/Butcher): the date of Easter Sunday in year `y`.
function easter(y: number): CalendarDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year: y, month, day };
}

function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = toEpochDay({ year, month, day: 1 });
    return first + ((weekday - isoWeekdayOf(first) + 7) % 7) + (n - 1) * 7;
  }
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  const last = toEpochDay(next) - 1;
  return last - ((isoWeekdayOf(last) - weekday + 7) % 7);
}

/**
 * Epoch days of a holiday in the calendar years around a Gregorian date (the year before, of and after).
 * @example holidayDays('11-4#4', { year: 1999, month: 11, day: 20 }) // [.., epoch day of 1999-11-25, ..]
 */
export function holidayDays(rule: string, near: CalendarDate): number[] {
  const m = HOLIDAY_RULE.exec(rule);
  if (!m) return [];
  const shift = m[7] ? Number(m[7]) : 0;
  const calendar = (m[1] ?? 'gregorian') as CalendarName;
  const base = m[2] !== undefined ? fromGregorian(calendar, near).year : near.year;
  const days: number[] = [];
  for (const y of [base - 1, base, base + 1]) {
    let day: number | undefined;
    if (m[2] !== undefined) {
      const g = toGregorian(calendar, { year: y, month: Number(m[2]), day: Number(m[3]) });
      day = g ? toEpochDay(g) : undefined;
    } else if (m[4] !== undefined) day = nthWeekday(y, Number(m[4]), Number(m[5]), Number(m[6]));
    else day = toEpochDay(easter(y));
    if (day !== undefined) days.push(day + shift);
  }
  return days;
}

/** The Gregorian date of an epoch day (re-exported for the resolver). */
export const dateOfDay = fromEpochDay;
