import { fromGregorian, toEpochDay, toGregorian, fromEpochDay, type CalendarDate, type CalendarName } from './calendars/convert.js';
import { holidayDays } from './calendars/holidays.js';
import type { Resolved, ResolveOptions } from './resolve.js';
import type { TimeSpec } from './spec.js';
import { pad, WINDOW_AFTER_DAYS, WINDOW_BEFORE_DAYS, ym, ymd } from './values.js';

/** Calendar dates and holidays: the stated parts, converted to Gregorian, with a year chosen when none is stated. */

/** A date with any of its parts stated, in any calendar. */
export function resolveDate(spec: Extract<TimeSpec, { kind: 'date' }>, options: ResolveOptions): Resolved | undefined {
  const known = ['year', 'month', 'day', 'weekday'].filter((k) => spec[k as keyof typeof spec] !== undefined);
  if (spec.calendar !== 'gregorian') known.push('calendar');
  const a = options.anchor;
  if (spec.year !== undefined) {
    const r = statedYear(spec, spec.year, spec.yearFromRange ? known.filter((k) => k !== 'year') : known);
    return r && spec.yearFromRange ? { ...r, implied: ['year'] } : r;
  }
  if (spec.month === undefined) return undefined;
  if (a && spec.yearOffset !== undefined) {
    // "July last year": the anchor's year in the date's calendar, moved.
    const r = statedYear(spec, fromGregorian(spec.calendar, a).year + spec.yearOffset, known);
    return r && { ...r, implied: ['year'] };
  }
  if (!a || (!options.inferYear && spec.offset === undefined)) {
    // Without a trustworthy anchor only a Gregorian month and day can be written (XXXX-10-06); a
    // Solar/lunar Hijri day has no Gregorian month until its year is known.
    if (spec.calendar !== 'gregorian') return { type: 'DATE', value: 'XXXX-XX-XX', known, implied: [] };
    const value = spec.day !== undefined ? `XXXX-${pad(spec.month)}-${pad(spec.day)}` : `XXXX-${pad(spec.month)}`;
    return { type: 'DATE', value, known, implied: [] };
  }
  const year = chooseYear(spec.calendar, spec.month, spec.day, a, spec.offset, spec.future);
  if (year === undefined) return undefined;
  const r = statedYear(spec, year, known);
  return r && { ...r, implied: ['year'] };
}

// The calendar year that puts a year-less month (and day) where the anchor says it is.
function chooseYear(
  calendar: CalendarName,
  month: number,
  day: number | undefined,
  a: CalendarDate,
  offset?: -1 | 0 | 1,
  future = false,
): number | undefined {
  const anchorDay = toEpochDay(a);
  const base = fromGregorian(calendar, a);
  const candidates = [base.year - 1, base.year, base.year + 1];
  const dayOf = (y: number): number | undefined => {
    const g = toGregorian(calendar, { year: y, month, day: day ?? 1 });
    return g ? toEpochDay(g) : undefined;
  };
  if (offset !== undefined) {
    // "يناير الماضي": the last such month before the anchor's month; "next January": the first after.
    const current = base.month;
    if (offset === 0) return base.year;
    if (offset === -1) return month < current ? base.year : base.year - 1;
    return month > current ? base.year : base.year + 1;
  }
  if (future) {
    // "will succeed him Feb. 1", "by August": the first such date on or after the anchor (a month-only
    // date may be the anchor's own month).
    if (day === undefined) return month >= base.month ? base.year : base.year + 1;
    return candidates.find((y) => (dayOf(y) ?? -Infinity) >= anchorDay);
  }
  let best: number | undefined;
  let bestScore = Infinity;
  for (const y of candidates) {
    const d = dayOf(y);
    if (d === undefined) continue;
    // Month-only dates compare by the month's middle.
    const diff = d + (day === undefined ? 14 : 0) - anchorDay;
    const inWindow = diff > -WINDOW_BEFORE_DAYS && diff <= WINDOW_AFTER_DAYS;
    const score = inWindow ? 0 : Math.abs(diff);
    if (score < bestScore) {
      best = y;
      bestScore = score;
    }
  }
  return best;
}

// Converts a date with a known year from its calendar to a Gregorian TIMEX3 value.
function statedYear(spec: Extract<TimeSpec, { kind: 'date' }>, year: number, known: string[]): Resolved | undefined {
  const { calendar, month, day } = spec;
  if (month === undefined) {
    // A whole Solar/lunar Hijri year is written as the Gregorian year of its middle.
    const g = calendar === 'gregorian' ? { year } : toGregorian(calendar, { year, month: 7, day: 1 });
    return g ? { type: 'DATE', value: pad(g.year, 4), known, implied: [] } : undefined;
  }
  if (day === undefined) {
    // A Solar/lunar Hijri month straddles two Gregorian months: take the one holding its middle.
    const g = calendar === 'gregorian' ? { year, month } : toGregorian(calendar, { year, month, day: 15 });
    return g ? { type: 'DATE', value: ym(g.year, g.month), known, implied: [] } : undefined;
  }
  const g = toGregorian(calendar, { year, month, day });
  return g ? { type: 'DATE', value: ymd(g), known, implied: [] } : undefined;
}

// A holiday without a year: the last one (or the next after a future cue), within the usual window.
export function resolveHoliday(spec: Extract<TimeSpec, { kind: 'holiday' }>, options: ResolveOptions): Resolved | undefined {
  const a = options.anchor;
  if (spec.year !== undefined) {
    const day = holidayDays(spec.rule, { year: spec.year, month: 7, day: 1 }).find((d) => fromEpochDay(d).year === spec.year);
    return day === undefined ? undefined : { type: 'DATE', value: ymd(fromEpochDay(day)), known: ['year', 'holiday'], implied: [] };
  }
  if (!a || !options.inferYear) return undefined;
  const anchorDay = toEpochDay(a);
  const days = holidayDays(spec.rule, a).sort((x, y) => x - y);
  let day: number | undefined;
  if (spec.offset === -1) day = days.filter((d) => d < anchorDay).pop();
  else if (spec.offset === 1 || spec.future) day = days.find((d) => (spec.offset === 1 ? d > anchorDay : d >= anchorDay));
  else day = days.filter((d) => d - anchorDay <= WINDOW_AFTER_DAYS).pop();
  return day === undefined ? undefined : { type: 'DATE', value: ymd(fromEpochDay(day)), known: ['holiday'], implied: ['year'] };
}
