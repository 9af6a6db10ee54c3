import type { Span } from '../model/span.js';

/**
 * What a user asks the store for: free text plus optional filters. `since`/`until` are ISO 8601
 * dates or date-times and bound the publication date, both inclusive (a date means the whole UTC
 * day, month or year); with either, articles without a readable publication date are left out.
 * @example { text: '"Aleksandr Lukașenko" Minsk*', language: 'ro', since: '2024-10' }
 */
export interface SearchQuery {
  readonly text: string;
  /** ISO 639-1 code of the article's detected language. */
  readonly language?: string;
  readonly since?: string;
  readonly until?: string;
  /** Outlet name, matched exactly but ignoring ASCII case. */
  readonly source?: string;
  /** Hits per page (default 20, at most 1000). */
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * A passage of the ORIGINAL text around the first match. `span` locates it in `article.text`;
 * each highlight is an offset range into `text` (add `span.start` for article offsets).
 */
export interface Snippet {
  readonly text: string;
  readonly span: Span;
  readonly highlights: readonly Span[];
}

/** One article that matched a search, best first. */
export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly language: string;
  readonly source: string | null;
  readonly url: string | null;
  /** Relevance, higher is better: the negated bm25 rank (only comparable within one search). */
  readonly score: number;
  readonly snippet: Snippet;
}
