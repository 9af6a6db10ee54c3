import { fromEpochDay, toEpochDay, type CalendarDate } from './calendars/convert.js';
import type { PartOfDay, TimeUnit } from './lexicon.js';

/** Writing TIMEX3 values: padded dates, ISO weeks, durations and calendar periods around an anchor. */

/** Zero-padded absolute value (`pad(7)` → `07`). */
export const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');
/** `YYYY-MM-DD`. */
export const ymd = (d: CalendarDate): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
/** `YYYY-MM`. */
export const ym = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

// A year-less date is placed in the window the news usually means: up to 9 months before the anchor,
// or up to 3 months after it (reports look back more often than ahead).
export const WINDOW_BEFORE_DAYS = 275;
export const WINDOW_AFTER_DAYS = 92;

const UNIT_CODE: Partial<Record<TimeUnit, string>> = {
  century: 'CE', decade: 'DE', year: 'Y', quarter: 'Q', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M', second: 'S',
};

/**
 * The TIMEX3 duration value of `amount` units (`null` amount → `X`).
 * @example durationValue('year', 40) // 'P40Y'
 */
export function durationValue(unit: TimeUnit, amount: number | null): string | undefined {
  const code = UNIT_CODE[unit];
  if (!code) return undefined;
  const n = amount === null ? 'X' : String(amount);
  return unit === 'hour' || unit === 'minute' || unit === 'second' ? `PT${n}${code}` : `P${n}${code}`;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(d: CalendarDate): { year: number; week: number } {
  const day = toEpochDay(d);
  const weekday = isoWeekday(d);
  const thursday = fromEpochDay(day - weekday + 4);
  const jan1 = toEpochDay({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toEpochDay(thursday) - jan1) / 7) + 1 };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(d: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(d) + 3) % 7) + 7) % 7) + 1;
}

/** The year and month `months` months from a date. */
export function addMonths(d: CalendarDate, months: number): { year: number; month: number } {
  const total = d.year * 12 + (d.month - 1) + months;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

/** The TIMEX3 suffix of a part of the day (T + MO/AF/EV/NI). */
export function partSuffix(part: PartOfDay | undefined): string {
  return part ? `T${part}` : '';
}

/** The parts of a date a relative expression of this unit leaves implied. */
export function impliedFor(unit: TimeUnit): string[] {
  if (unit === 'year' || unit === 'decade' || unit === 'century') return ['year'];
  if (unit === 'month' || unit === 'quarter' || unit === 'half') return ['year', 'month'];
  if (unit === 'week' || unit === 'weekend') return ['year', 'week'];
  return ['year', 'month', 'day'];
}

/** The calendar period containing the anchor, moved by `offset` units, at that unit's granularity. */
export function periodValue(a: CalendarDate, unit: TimeUnit, offset: number): string {
  switch (unit) {
    case 'century':
      return pad(Math.floor(a.year / 100) + offset, 2);
    case 'decade':
      return pad(Math.floor(a.year / 10) + offset, 3);
    case 'year':
      return pad(a.year + offset, 4);
    case 'half': {
      const m = addMonths(a, offset * 6);
      return `${m.year}-H${m.month <= 6 ? 1 : 2}`;
    }
    case 'quarter': {
      const m = addMonths(a, offset * 3);
      return `${m.year}-Q${Math.ceil(m.month / 3)}`;
    }
    case 'month': {
      const m = addMonths(a, offset);
      return ym(m.year, m.month);
    }
    case 'week':
    case 'weekend': {
      const w = isoWeek(fromEpochDay(toEpochDay(a) + offset * 7));
      return `${w.year}-W${pad(w.week)}${unit === 'weekend' ? '-WE' : ''}`;
    }
    default: {
      const days = unit === 'day' ? offset : 0;
      return ymd(fromEpochDay(toEpochDay(a) + days));
    }
  }
}
