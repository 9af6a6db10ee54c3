/**
 * Conversions between the Gregorian calendar and the Solar Hijri (`persian`) and Islamic Umm al-Qura
 * (`islamic-umalqura`) calendars. ICU (through `Intl.DateTimeFormat`) is the only source of calendar
 * truth: Gregorian → other is one formatting call, and other → Gregorian is a binary search over days
 * whose every probe is answered by ICU, so no leap rule or month length is hand-coded here.
 */

/** Calendars a date in the text may be written in. */
export type CalendarName = 'gregorian' | 'persian' | 'islamic';

/** A calendar date; `month` is 1-based. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// ICU calendar ids: Umm al-Qura is the official calendar of Saudi Arabia and what Arabic news uses;
// ICU itself falls back to the tabular (civil) rule outside the table's range (1300–1600 AH).
const ICU_CALENDAR: Record<Exclude<CalendarName, 'gregorian'>, string> = {
  persian: 'persian',
  islamic: 'islamic-umalqura',
};

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(calendar: string): Intl.DateTimeFormat {
  let f = formatters.get(calendar);
  if (!f) {
    // `en` with the `latn` numbering system keeps the parts ASCII whatever the calendar.
    f = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(calendar, f);
  }
  return f;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (UTC). */
export function toEpochDay(d: CalendarDate): number {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round(t.getTime() / DAY_MS);
}

/** The Gregorian date of an epoch day. */
export function fromEpochDay(day: number): CalendarDate {
  const t = new Date(day * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * Converts a Gregorian date to `calendar`.
 * @example fromGregorian('persian', { year: 2025, month: 8, day: 20 }) // { year: 1404, month: 5, day: 29 }
 */
export function fromGregorian(calendar: CalendarName, date: CalendarDate): CalendarDate {
  if (calendar === 'gregorian') return date;
  return epochDayIn(calendar, toEpochDay(date));
}

function epochDayIn(calendar: Exclude<CalendarName, 'gregorian'>, day: number): CalendarDate {
  const parts = formatterFor(ICU_CALENDAR[calendar]).formatToParts(new Date(day * DAY_MS));
  let year = 0;
  let month = 0;
  let dayOfMonth = 0;
  for (const p of parts) {
    // `relatedYear` appears instead of `year` in some ICU versions for lunar calendars.
    if (p.type === 'year' || (p.type as string) === 'relatedYear') year = Number.parseInt(p.value, 10);
    else if (p.type === 'month') month = Number.parseInt(p.value, 10);
    else if (p.type === 'day') dayOfMonth = Number.parseInt(p.value, 10);
  }
  return { year, month, day: dayOfMonth };
}

// A starting guess for the search, from each calendar's mean year length; ICU corrects it.
// Epochs: 1 Farvardin 1 AP = 622-03-22 and 1 Muharram 1 AH = 622-07-19 (proleptic Gregorian).
const MEAN_YEAR = { persian: 365.2422, islamic: 354.3671 } as const;
const EPOCH_DAY = {
  persian: toEpochDay({ year: 622, month: 3, day: 22 }),
  islamic: toEpochDay({ year: 622, month: 7, day: 19 }),
} as const;
const SEARCH_RADIUS = 90;

function key(d: CalendarDate): number {
  return d.year * 10_000 + d.month * 100 + d.day;
}

/**
 * Converts a date in `calendar` to Gregorian, or null when the date does not exist (31 Esfand in a
 * common year, 30 of a 29-day Hijri month).
 * @example toGregorian('persian', { year: 1404, month: 5, day: 29 }) // { year: 2025, month: 8, day: 20 }
 */
export function toGregorian(calendar: CalendarName, date: CalendarDate): CalendarDate | null {
  if (calendar === 'gregorian') return validGregorian(date);
  // News repeats the same few dates; each search costs ~8 ICU calls, so remember recent answers.
  const memoKey = `${calendar}:${key(date)}`;
  const hit = memo.get(memoKey);
  if (hit !== undefined) return hit;
  const result = searchGregorian(calendar, date);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, result);
  return result;
}

const MEMO_LIMIT = 50_000;
const memo = new Map<string, CalendarDate | null>();

function searchGregorian(calendar: Exclude<CalendarName, 'gregorian'>, date: CalendarDate): CalendarDate | null {
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return null;
  const monthLength = calendar === 'persian' ? 30.44 : 29.53;
  const guess = Math.round(
    EPOCH_DAY[calendar] + (date.year - 1) * MEAN_YEAR[calendar] + (date.month - 1) * monthLength + date.day - 1,
  );
  const target = key(date);
  // Calendar keys grow with time, so the first day whose key is ≥ the target is the answer if any.
  let lo = guess - SEARCH_RADIUS;
  let hi = guess + SEARCH_RADIUS;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (key(epochDayIn(calendar, mid)) < target) lo = mid + 1;
    else hi = mid;
  }
  return key(epochDayIn(calendar, lo)) === target ? fromEpochDay(lo) : null;
}

function validGregorian(d: CalendarDate): CalendarDate | null {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return null;
  const back = fromEpochDay(toEpochDay(d));
  return back.month === d.month && back.day === d.day ? d : null;
}
