/**
 * Normalisers for metadata values found in inputs (HTML meta tags, feed elements, JSON Lines
 * fields): dates to ISO 8601 and language tags to ISO 639-1.
 */

// ISO 8601 as sites write it: a date, optionally a time, optionally an offset. Kept as written
// (with 'T' and a colon in the offset) because the local date matters more than the UTC instant.
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;
// A numeric UTC offset at the end of an RFC 822 date ("Wed, 02 Oct 2024 09:00:00 +0300").
const TRAILING_OFFSET = /([+-])(\d{2}):?(\d{2})$/;
// Free-form dates are only trusted with a four-digit year; `Date.parse('1')` is 2001 in V8.
const HAS_YEAR = /\b(1[89]|2\d)\d{2}\b/;

/**
 * Normalises a date from metadata to ISO 8601, keeping the stated UTC offset; null when it is not a date.
 * @example toIsoDate('Wed, 02 Oct 2024 09:00:00 +0300') // '2024-10-02T09:00:00+03:00'
 */
export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const [, date, time, offset] = iso;
    if (Number.isNaN(Date.parse(date!))) return null;
    if (!time) return date!;
    return `${date}T${time}${offset ? formatOffset(offset) : ''}`;
  }
  if (!HAS_YEAR.test(text)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const offset = TRAILING_OFFSET.exec(text);
  if (!offset) return new Date(ms).toISOString().replace('.000Z', 'Z');
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset[0])}`;
}

function formatOffset(offset: string): string {
  if (offset === 'Z') return 'Z';
  const digits = offset.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

/**
 * The ISO 639-1 part of a language tag (`ar-EG`, `en_US`, `RO`), or null when it has none.
 * @example toLanguageCode('fa-IR') // 'fa'
 */
export function toLanguageCode(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2}$/.test(primary) ? primary : null;
}
