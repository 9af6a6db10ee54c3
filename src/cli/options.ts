import { createError } from '../errors.js';

/** Parses `--max-size` (megabytes) into bytes, rejecting nonsense with a catalogued error. */
export function parseMaxSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw createError('INVALID_ARGUMENT', '--max-size', value, 'a positive number of megabytes');
  return Math.round(mb * 1024 * 1024);
}

/** Checks a `--since`/`--until` date (YYYY, YYYY-MM or YYYY-MM-DD). */
export function parseDateFlag(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw createError('INVALID_ARGUMENT', name, value, 'a date like 2025, 2025-08 or 2025-08-20');
  return value;
}
