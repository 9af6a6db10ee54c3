import type { PublishedAtSource } from '../../model/article.js';
import { fromGregorian, toEpochDay, toGregorian, type CalendarDate, type CalendarName } from './calendars/convert.js';
import type { PlacedCandidate } from './extract.js';

/**
 * The publication date: from metadata when the article has it, else from a dateline at the top
 * ("طهران / 6 تشرين الاول /اكتوبر/ارنا-", "MOSCOW, Oct 6 (Reuters) -", "Минск, 20 августа. /ТАСС/."),
 * else the latest full date stated in the text. Never a date after the run time.
 */

/** Where the dateline may be: agencies put it at the start of the first or second line (after a title). */
const DATELINE_REACH = 400;
/** The place name before the date is short: "طهران /", "MOSCOW,", "Минск,", "BUCUREȘTI, 6 oct (Agerpres) -". */
const MAX_PLACE_CHARS = 40;
const PLACE_SEPARATOR = /[/,\-–—(:|]\s*$/u;
const SENTENCE_PUNCT = /[.!?؟۔]/u;

/** A resolved publication date and how sure we are of its year. */
export interface PublicationDate {
  readonly date: CalendarDate | null;
  readonly source: PublishedAtSource;
  /** False when the year was filled in (a year-less dateline): year-less dates in the text then stay XXXX. */
  readonly yearStated: boolean;
  /** The dateline's own expression, if the date came from one. */
  readonly dateline?: PlacedCandidate;
}

/** Finds the dateline's date among the candidates, with the latest year not after `now` if year-less. */
export function findDateline(text: string, candidates: readonly PlacedCandidate[], now: CalendarDate): PublicationDate | null {
  for (const c of candidates) {
    if (c.span.start > DATELINE_REACH) break;
    const spec = c.spec;
    if (spec.kind !== 'date' || spec.month === undefined || spec.day === undefined) continue;
    const lineStart = text.lastIndexOf('\n', c.span.start - 1) + 1;
    const place = text.slice(lineStart, c.span.start);
    if (place.trim().length === 0 || place.length > MAX_PLACE_CHARS) continue;
    if (!PLACE_SEPARATOR.test(place) || SENTENCE_PUNCT.test(place)) continue;
    const date = spec.year !== undefined
      ? toGregorian(spec.calendar, { year: spec.year, month: spec.month, day: spec.day })
      : latestNotAfter(spec.calendar, spec.month, spec.day, now);
    if (!date || toEpochDay(date) > toEpochDay(now)) continue;
    return { date, source: 'dateline', yearStated: spec.year !== undefined, dateline: c };
  }
  return null;
}

// A year-less date takes the latest year that puts it on or before the run time.
function latestNotAfter(calendar: CalendarName, month: number, day: number, now: CalendarDate): CalendarDate | null {
  const year = fromGregorian(calendar, now).year;
  for (const y of [year, year - 1, year - 2]) {
    const g = toGregorian(calendar, { year: y, month, day });
    if (g && toEpochDay(g) <= toEpochDay(now)) return g;
  }
  return null;
}

/** The latest fully stated date (year, month, day) in the text that is not after `now`. */
export function latestStatedDate(candidates: readonly PlacedCandidate[], now: CalendarDate): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const c of candidates) {
    const spec = c.spec;
    if (spec.kind !== 'date' || spec.year === undefined || spec.month === undefined || spec.day === undefined) continue;
    const g = toGregorian(spec.calendar, { year: spec.year, month: spec.month, day: spec.day });
    if (!g || toEpochDay(g) > toEpochDay(now)) continue;
    if (!best || toEpochDay(g) > toEpochDay(best)) best = g;
  }
  return best;
}

/** Parses an ISO metadata date; null when unparseable or after `now`. */
export function metadataDate(value: string | null, now: Date): CalendarDate | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t) || t > now.getTime()) return null;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
