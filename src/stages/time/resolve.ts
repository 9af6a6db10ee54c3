import type { TimexType } from '../../model/analysis.js';
import { fromEpochDay, toEpochDay, type CalendarDate } from './calendars/convert.js';
import type { DiscourseContext } from './discourse.js';
import { resolveDate, resolveHoliday } from './resolve-date.js';
import type { TimeSpec } from './spec.js';
import { durationValue, impliedFor, isoWeekday, pad, partSuffix, periodValue, ymd } from './values.js';

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

export { durationValue, isoWeek, isoWeekday } from './values.js';

/** Resolves a spec against the anchor; undefined when the stated date does not exist. */
export function resolveSpec(spec: TimeSpec, options: ResolveOptions, context: DiscourseContext = {}): Resolved | undefined {
  const a = options.anchor;
  switch (spec.kind) {
    case 'date':
      return resolveDate(spec, options);
    case 'weekday':
      return resolveWeekday(spec, a);
    case 'relative':
      return a ? { type: 'DATE', value: periodValue(a, spec.unit, spec.offset), known: [], implied: impliedFor(spec.unit) } : undefined;
    case 'shift': {
      // "a year ago" beside a reported quarter is that quarter a year before.
      const p = context.period;
      if (p && spec.unit === 'year' && Math.abs(spec.amount) === 1) {
        return { type: 'DATE', value: `${p.year + spec.amount}-Q${p.quarter}`, known: [], implied: ['year', 'quarter'] };
      }
      return a ? { type: 'DATE', value: periodValue(a, spec.unit, spec.amount), known: [], implied: impliedFor(spec.unit) } : undefined;
    }
    case 'holiday':
      return resolveHoliday(spec, options);
    case 'decade':
      return { type: 'DATE', value: pad(spec.decade, 3), known: ['decade'], implied: [] };
    case 'century':
      return { type: 'DATE', value: pad(spec.century, 2), known: ['century'], implied: [] };
    case 'weekend': {
      if (!a) return undefined;
      // The weekend containing the anchor, else the last (or, after a future cue, the next) one.
      const aw = isoWeekday(a);
      const offset = aw >= 6 ? 0 : spec.future ? 0 : -1;
      return { type: 'DATE', value: periodValue(a, 'weekend', offset), known: [], implied: ['year', 'week'] };
    }
    case 'comparable': {
      const p = context.period;
      const base = p?.year ?? a?.year;
      const year = spec.year ?? (base === undefined ? undefined : base + spec.yearOffset);
      if (year === undefined) return undefined;
      const known = spec.year === undefined ? [] : ['year'];
      if (spec.quarter !== undefined) return { type: 'DATE', value: `${pad(year, 4)}-Q${spec.quarter}`, known: [...known, 'quarter'], implied: [] };
      if (p) return { type: 'DATE', value: `${pad(year, 4)}-Q${p.quarter}`, known, implied: ['quarter'] };
      return { type: 'DATE', value: pad(year, 4), known, implied: spec.year === undefined ? ['year'] : [] };
    }
    case 'deictic': {
      if (!a) return undefined;
      const value = ymd(fromEpochDay(toEpochDay(a) + spec.days)) + partSuffix(spec.part);
      // TimeML types a part of a day ("yesterday evening" → 2025-08-19TEV) as a TIME.
      return { type: spec.part ? 'TIME' : 'DATE', value, known: [], implied: ['year', 'month', 'day'] };
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
      if (spec.yearOffset !== undefined) {
        return { type: 'DATE', value: `${pad(a.year + spec.yearOffset, 4)}-Q${spec.quarter}`, known: ['quarter'], implied: ['year'] };
      }
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
      // "9 a.m. Tuesday": the day comes from the date beside it; its granularity must be a day.
      const day = spec.date && resolveSpec(spec.date, options, context);
      const stated = day && /^\d{4}-\d{2}-\d{2}/.exec(day.value)?.[0];
      const date = stated ?? (a ? ymd(a) : 'XXXX-XX-XX');
      const hm = spec.minute === 0 && spec.hour === 24 ? '24' : `${pad(spec.hour)}:${pad(spec.minute)}`;
      return { type: 'TIME', value: `${date}T${hm}`, known: ['hour', 'minute', ...(stated ? day!.known : [])], implied: stated ? day!.implied : ['year', 'month', 'day'] };
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
  // TimeBank types "Friday night" as a DATE (its value keeps the part), unlike "last night" (a TIME).
  return { type: 'DATE', value, known: ['weekday'], implied: ['year', 'month', 'day'] };
}
