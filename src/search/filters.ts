import { createError } from '../errors.js';

/**
 * Filters shared by search and listing, checked once at the boundary and turned into the values
 * the store compares: publication instants in epoch milliseconds (UTC), `until` exclusive.
 */

/** Filters a caller may pass (all optional). */
export interface ArticleFilter {
  readonly language?: string;
  readonly since?: string;
  readonly until?: string;
  readonly source?: string;
}

/** Checked filters; `null` means "no constraint". */
export interface ResolvedFilter {
  readonly language: string | null;
  readonly source: string | null;
  /** Inclusive lower bound on the publication instant. */
  readonly sinceMs: number | null;
  /** Exclusive upper bound on the publication instant. */
  readonly untilMs: number | null;
}

/** A checked page of results. */
export interface Page {
  readonly limit: number;
  readonly offset: number;
}

// ISO 8601 calendar date with reduced precision (YYYY, YYYY-MM, YYYY-MM-DD), or a date-time.
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const LANGUAGE = /^(?:[a-z]{2}|und)$/;
const MAX_LIMIT = 1000;

/**
 * Checks filters and resolves dates to bounds. A date names a whole period in UTC: `until`
 * 2024-10-02 includes that whole day, `since` 2024-10 starts on 1 October.
 * @example resolveFilter({ since: '2024-10-02' }).sinceMs // Date.UTC(2024, 9, 2)
 */
export function resolveFilter(filter: ArticleFilter): ResolvedFilter {
  const language = filter.language?.trim().toLowerCase() || null;
  if (language !== null && !LANGUAGE.test(language)) {
    throw createError('INVALID_ARGUMENT', 'language', filter.language!, 'an ISO 639-1 code such as ar, en, fa, ro, ru');
  }
  const sinceMs = filter.since ? parseBound(filter.since, 'since') : null;
  const untilMs = filter.until ? parseBound(filter.until, 'until') : null;
  return { language, source: filter.source?.trim() || null, sinceMs, untilMs };
}

/** Checks limit and offset, applying the default limit. */
export function resolvePage(limit: number | undefined, offset: number | undefined, defaultLimit: number): Page {
  const l = limit ?? defaultLimit;
  if (!Number.isInteger(l) || l < 1 || l > MAX_LIMIT) {
    throw createError('INVALID_ARGUMENT', 'limit', String(limit), `an integer from 1 to ${MAX_LIMIT}`);
  }
  const o = offset ?? 0;
  if (!Number.isInteger(o) || o < 0) throw createError('INVALID_ARGUMENT', 'offset', String(offset), 'an integer ≥ 0');
  return { limit: l, offset: o };
}

/**
 * The instant of an ISO 8601 publication date, or null when it cannot be read. A date-time
 * without an offset is taken as UTC, so the result never depends on the machine's time zone.
 */
export function toTimestamp(iso: string | null): number | null {
  if (!iso) return null;
  const value = iso.trim();
  const partial = PARTIAL_DATE.exec(value);
  if (partial) return periodStart(partial);
  const dt = DATE_TIME.exec(value);
  if (!dt) return null;
  const ms = Date.parse(dt[1] ? value : `${value}Z`);
  return Number.isNaN(ms) ? null : ms;
}

function parseBound(value: string, name: 'since' | 'until'): number {
  const expected = 'an ISO 8601 date (2024-10-02, 2024-10, 2024) or date-time (2024-10-02T08:00Z)';
  const partial = PARTIAL_DATE.exec(value.trim());
  if (partial) {
    const start = periodStart(partial);
    if (start === null) throw createError('INVALID_ARGUMENT', name, value, expected);
    return name === 'since' ? start : periodEnd(partial);
  }
  const ms = toTimestamp(value);
  if (ms === null) throw createError('INVALID_ARGUMENT', name, value, expected);
  // A date-time bound is an instant; `until` includes it.
  return name === 'since' ? ms : ms + 1;
}

function periodStart(m: RegExpExecArray): number | null {
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  // Reject 2024-13 or 2024-02-30 rather than letting Date roll them over.
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return ms;
}

// The exclusive end of the period a partial date names: the next year, month or day.
function periodEnd(m: RegExpExecArray): number {
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  if (m[3]) return Date.UTC(year, month - 1, day + 1);
  if (m[2]) return Date.UTC(year, month, 1);
  return Date.UTC(year + 1, 0, 1);
}
