import type { TimexType } from '../../model/analysis.js';
import { fromEpochDay, fromGregorian, toEpochDay, toGregorian, type CalendarDate, type CalendarName } from './calendars/convert.js';
import type { PartOfDay, TimeUnit } from './lexicon.js';
import type { TimeSpec } from './spec.js';

/**
 * Turns what the text states (a TimeSpec) into a TIMEX3 type and value, using the anchor (the
 * publication date) for what the text leaves out, and records which parts were stated (`known`) and
 * which were filled in (`implied`), as chrono's knownValues/impliedValues do.
 */

/** A resolved expression. */
export interface Resolved {
  readonly type: TimexType;
  readonly value: string;
  readonly known: readonly string[];
  readonly implied: readonly string[];
}

/** How resolution may use the anchor. */
export interface ResolveOptions {
  /** The anchor date (publication date), or null when nothing is known. */
  readonly anchor: CalendarDate | null;
  /**
   * Whether a year-less date ("6 October") may take its year from the anchor. False when the anchor's
   * own year is a guess (a year-less dateline, the run time), so the value stays `XXXX-10-06`.
   */
  readonly inferYear: boolean;
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');
const ymd = (d: CalendarDate): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
const ym = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

// A year-less date is placed in the window the news usually means: up to 9 months before the anchor,
// or up to 3 months after it (reports look back more often than ahead).
const WINDOW_BEFORE_DAYS = 275;
const WINDOW_AFTER_DAYS = 92;

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

function addMonths(d: CalendarDate, months: number): { year: number; month: number } {
  const total = d.year * 12 + (d.month - 1) + months;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

/** Resolves a spec against the anchor; undefined when the stated date does not exist. */
export function resolveSpec(spec: TimeSpec, options: ResolveOptions): Resolved | undefined {
  const a = options.anchor;
  switch (spec.kind) {
    case 'date':
      return resolveDate(spec, options);
    case 'weekday':
      return resolveWeekday(spec, a);
    case 'relative':
      return a ? { type: 'DATE', value: periodValue(a, spec.unit, spec.offset), known: [], implied: impliedFor(spec.unit) } : undefined;
    case 'shift':
      return a ? { type: 'DATE', value: periodValue(a, spec.unit, spec.amount), known: [], implied: impliedFor(spec.unit) } : undefined;
    case 'deictic': {
      if (!a) return undefined;
      const value = ymd(fromEpochDay(toEpochDay(a) + spec.days)) + partSuffix(spec.part);
      return { type: 'DATE', value, known: [], implied: ['year', 'month', 'day'] };
    }
    case 'ref':
      return { type: 'DATE', value: spec.value, known: [], implied: [] };
    case 'duration': {
      const value = durationValue(spec.unit, spec.amount);
      return value ? { type: 'DURATION', value, known: [spec.unit], implied: [] } : undefined;
    }
    case 'set':
      return { type: 'SET', value: spec.value, known: [], implied: [] };
    case 'quarter': {
      if (spec.year !== undefined) return { type: 'DATE', value: `${spec.year}-Q${spec.quarter}`, known: ['year', 'quarter'], implied: [] };
      if (!a) return { type: 'DATE', value: `XXXX-Q${spec.quarter}`, known: ['quarter'], implied: [] };
      // A quarter ahead of the anchor's is last year's ("the fourth quarter" in a February report).
      const current = Math.ceil(a.month / 3);
      const year = spec.quarter > current ? a.year - 1 : a.year;
      return { type: 'DATE', value: `${year}-Q${spec.quarter}`, known: ['quarter'], implied: ['year'] };
    }
    case 'season': {
      if (spec.year !== undefined) return { type: 'DATE', value: `${spec.year}-${spec.season}`, known: ['year', 'season'], implied: [] };
      if (!a) return undefined;
      return { type: 'DATE', value: `${a.year + spec.offset}-${spec.season}`, known: ['season'], implied: ['year'] };
    }
    case 'clock': {
      const date = a ? ymd(a) : 'XXXX-XX-XX';
      return { type: 'TIME', value: `${date}T${pad(spec.hour)}:${pad(spec.minute)}`, known: ['hour', 'minute'], implied: ['year', 'month', 'day'] };
    }
  }
}

function partSuffix(part: PartOfDay | undefined): string {
  return part ? `T${part}` : '';
}

function impliedFor(unit: TimeUnit): string[] {
  if (unit === 'year' || unit === 'decade' || unit === 'century') return ['year'];
  if (unit === 'month' || unit === 'quarter' || unit === 'half') return ['year', 'month'];
  if (unit === 'week' || unit === 'weekend') return ['year', 'week'];
  return ['year', 'month', 'day'];
}

/** The calendar period containing the anchor, moved by `offset` units, at that unit's granularity. */
function periodValue(a: CalendarDate, unit: TimeUnit, offset: number): string {
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

function resolveWeekday(spec: Extract<TimeSpec, { kind: 'weekday' }>, a: CalendarDate | null): Resolved {
  if (!a) return { type: 'DATE', value: `XXXX-WXX-${spec.weekday}`, known: ['weekday'], implied: [] };
  const aw = isoWeekday(a);
  let delta: number;
  if (spec.offset === -1) delta = -(((aw - spec.weekday + 7) % 7) || 7);
  else if (spec.offset === 1) delta = ((spec.weekday - aw + 7) % 7) || 7;
  else if (spec.offset === 0) delta = spec.weekday - aw;
  // A bare weekday in a report is the latest one on or before the anchor; with a future cue, the next.
  else delta = spec.future ? (spec.weekday - aw + 7) % 7 : -((aw - spec.weekday + 7) % 7);
  const value = ymd(fromEpochDay(toEpochDay(a) + delta)) + partSuffix(spec.part);
  return { type: 'DATE', value, known: ['weekday'], implied: ['year', 'month', 'day'] };
}

function resolveDate(spec: Extract<TimeSpec, { kind: 'date' }>, options: ResolveOptions): Resolved | undefined {
  const known = ['year', 'month', 'day', 'weekday'].filter((k) => spec[k as keyof typeof spec] !== undefined);
  if (spec.calendar !== 'gregorian') known.push('calendar');
  const a = options.anchor;
  if (spec.year !== undefined) return statedYear(spec, spec.year, known);
  if (spec.month === undefined) return undefined;
  if (!a || (!options.inferYear && spec.offset === undefined)) {
    // Without a trustworthy anchor only a Gregorian month and day can be written (XXXX-10-06); a
    // Solar/lunar Hijri day has no Gregorian month until its year is known.
    if (spec.calendar !== 'gregorian') return { type: 'DATE', value: 'XXXX-XX-XX', known, implied: [] };
    const value = spec.day !== undefined ? `XXXX-${pad(spec.month)}-${pad(spec.day)}` : `XXXX-${pad(spec.month)}`;
    return { type: 'DATE', value, known, implied: [] };
  }
  const year = chooseYear(spec.calendar, spec.month, spec.day, a, spec.offset);
  if (year === undefined) return undefined;
  const r = statedYear(spec, year, known);
  return r && { ...r, implied: ['year'] };
}

// The calendar year that puts a year-less month (and day) where the anchor says it is.
function chooseYear(calendar: CalendarName, month: number, day: number | undefined, a: CalendarDate, offset?: -1 | 0 | 1): number | undefined {
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
