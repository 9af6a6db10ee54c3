import type { Analysis } from '../../model/analysis.js';

/**
 * The event date as evidence for "same event": only the parts the text states, or that a known
 * publication date anchors, count. A relative date ("Wednesday") resolved against the run clock
 * (no publication date) says nothing about which Wednesday, so it is left out.
 */

/** When an article's event happened, as far as it is known. */
export interface EventWhen {
  /** Days since 1970-01-01 of the event (or, failing that, of publication), when the year is reliable. */
  readonly day: number | null;
  /** Day of year (1–366, leap-year table) when month and day are stated but the year is not. */
  readonly dayOfYear: number | null;
  /** Days since 1970-01-01 of publication, when trusted (see publicationAnchored). */
  readonly published: number | null;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since the epoch of an ISO date (`YYYY-MM-DD…`), or null. */
export function epochDay(iso: string | null | undefined): number | null {
  const m = iso ? ISO_DAY.exec(iso) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** The ISO date (`YYYY-MM-DD`) of a day count since the epoch. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// Day of year in a leap year, so 29 February has a place and months line up across years.
function dayOfYear(month: number, day: number): number {
  return Math.floor((Date.UTC(2000, month - 1, day) - Date.UTC(2000, 0, 1)) / DAY_MS) + 1;
}

/** Reads the reliable parts of the event and publication dates of an analysis. */
export function readEventWhen(analysis: Readonly<Analysis>): EventWhen {
  const published = publicationAnchored(analysis) ? epochDay(analysis.publishedAt) : null;
  const event = analysis.eventDate;
  if (!event) return { day: null, dayOfYear: null, published };
  const timex = analysis.timexes.find((t) => t.value.startsWith(event));
  const known = timex?.known ?? [];
  // Without a trusted publication date, only what the text states is evidence (chrono's knownValues).
  if (published !== null || known.includes('year')) return { day: epochDay(event), dayOfYear: null, published };
  const m = ISO_DAY.exec(event);
  const stated = m && known.includes('month') && known.includes('day');
  return { day: null, dayOfYear: stated ? dayOfYear(Number(m[2]), Number(m[3])) : null, published };
}

/**
 * Whether the publication date can anchor relative dates: metadata is trusted; a date read from a
 * dateline or the text only when the text states its year ("طهران / 6 تشرين الاول" has none, and the
 * time stage then took the year from the run clock).
 */
function publicationAnchored(analysis: Readonly<Analysis>): boolean {
  const published = analysis.publishedAt?.slice(0, 10);
  if (!published || analysis.publishedAtSource === 'none') return false;
  if (analysis.publishedAtSource === 'metadata') return true;
  return analysis.timexes.some((t) => t.value.startsWith(published) && (t.known ?? []).includes('year'));
}

/** How two articles' dates relate, with the gap in days when known. */
export interface DateRelation {
  readonly relation: 'same' | 'near' | 'far' | 'unknown';
  readonly days: number | null;
  readonly basis: 'event' | 'day-of-year' | 'published' | 'none';
}

/** Event dates further apart than this are different events (reports differ on "Tuesday" vs "Wednesday"). */
export const EVENT_WINDOW_DAYS = 3;
/** Reports of one event are published within this many days of each other (the online story window). */
export const PUBLISHED_WINDOW_DAYS = 10;

/**
 * Compares two dates: the event days when both are known, else the stated month-days, else the
 * publication days. `far` is a veto: the articles cannot report the same event.
 * @example relateDates(a, b) // { relation: 'far', days: 684, basis: 'event' }
 */
export function relateDates(a: EventWhen, b: EventWhen): DateRelation {
  if (a.day !== null && b.day !== null) return classify(Math.abs(a.day - b.day), EVENT_WINDOW_DAYS, 'event');
  const ad = a.dayOfYear ?? (a.day !== null ? dayOfYearOf(a.day) : null);
  const bd = b.dayOfYear ?? (b.day !== null ? dayOfYearOf(b.day) : null);
  if (ad !== null && bd !== null && (a.dayOfYear !== null || b.dayOfYear !== null)) {
    const gap = Math.abs(ad - bd);
    return classify(Math.min(gap, 366 - gap), EVENT_WINDOW_DAYS, 'day-of-year');
  }
  if (a.published !== null && b.published !== null) return classify(Math.abs(a.published - b.published), PUBLISHED_WINDOW_DAYS, 'published');
  return { relation: 'unknown', days: null, basis: 'none' };
}

function dayOfYearOf(day: number): number {
  const d = new Date(day * DAY_MS);
  return dayOfYear(d.getUTCMonth() + 1, d.getUTCDate());
}

function classify(days: number, window: number, basis: DateRelation['basis']): DateRelation {
  const relation = days === 0 ? 'same' : days <= window ? 'near' : 'far';
  return { relation, days, basis };
}
