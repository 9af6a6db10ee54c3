import { createError } from '../../errors.js';
import type { ArticleRecord } from '../../output/record.js';
import { normalizeForMatch } from '../normalize/fold.js';

/**
 * The query behind `crosswire quotes --speaker NAME [--via AGENCY] [--since DATE]`: statements across
 * stored output records. A name matches an entity by id (exact) or by its display name or any of its
 * mentions in that article, compared as whole words after `normalizeForMatch` — so "Lukasenko",
 * "Lukașenko" and "لوكاشينكو" each find the statements of the entity written that way.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Filters for {@link filterQuotes}; every given filter must match. */
export interface QuoteQuery {
  readonly speaker?: string;
  readonly via?: string;
  /** ISO 8601 date: only articles published on or after it (articles without a date are left out). */
  readonly since?: string;
}

/** A quote found by {@link filterQuotes}, with the article it comes from. */
export interface FoundQuote {
  readonly article: Pick<ArticleRecord, 'id' | 'url' | 'title' | 'source' | 'publishedAt' | 'language'>;
  readonly quote: ArticleRecord['quotes'][number];
}

/**
 * Lists the quotes of `records` matching `query`, in record order.
 * @example filterQuotes(store.records(), { speaker: 'Lukashenko', via: 'BelTA', since: '2025-08-01' })
 */
export function filterQuotes(records: Iterable<ArticleRecord>, query: QuoteQuery): FoundQuote[] {
  if (query.since !== undefined && !ISO_DATE.test(query.since)) {
    throw createError('INVALID_ARGUMENT', '--since', query.since, 'an ISO 8601 date such as 2025-08-01');
  }
  const speaker = query.speaker ? normalizeForMatch(query.speaker).trim() : null;
  const via = query.via ? normalizeForMatch(query.via).trim() : null;
  const out: FoundQuote[] = [];
  for (const record of records) {
    if (query.since && !(record.publishedAt && record.publishedAt.slice(0, 10) >= query.since.slice(0, 10))) continue;
    for (const quote of record.quotes) {
      if (speaker && !matchesEntity(record, quote.speaker, speaker)) continue;
      if (via && !matchesEntity(record, quote.via, via)) continue;
      const { id, url, title, source, publishedAt, language } = record;
      out.push({ article: { id, url, title, source, publishedAt, language }, quote });
    }
  }
  return out;
}

function matchesEntity(record: ArticleRecord, ref: { id: string; name: string } | null, query: string): boolean {
  if (!ref) return false;
  if (ref.id.toLowerCase() === query) return true;
  const names = [ref.name, ...(record.entities.find((e) => e.id === ref.id)?.mentions.map((m) => m.text) ?? [])];
  return names.some((name) => containsWords(normalizeForMatch(name), query));
}

// Whole-word containment: "trump" matches "donald trump" but "iran" does not match "iranul".
function containsWords(haystack: string, needle: string): boolean {
  const words = haystack.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const want = needle.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (want.length === 0) return false;
  for (let i = 0; i + want.length <= words.length; i++) {
    if (want.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}
