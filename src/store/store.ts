import type { Analysis } from '../model/analysis.js';
import type { Article, PublishedAtSource } from '../model/article.js';
import type { StoryIndex } from '../corpus/stories/story-index.js';
import type { ArticleFilter } from '../search/filters.js';
import type { SearchHit, SearchQuery } from '../search/types.js';

/**
 * The store behind the CLI, the pipeline and the API: articles with their analysis, and full-text
 * search over them. Only what those callers need, so another back end can implement it without
 * the pipeline changing. The default is SQLite (src/store/sqlite/); see createStore.
 */

/** One analysed article to save; `record` is the JSON Lines contract record, stored as given. */
export interface SaveItem {
  readonly article: Article;
  readonly analysis: Analysis;
  readonly record: object;
}

/** What saving one item did. */
export type SaveStatus = 'inserted' | 'updated' | 'duplicate' | 'unchanged';

/**
 * The result for one item. `id` is the id the article is stored under (for an item matched by
 * URL this is the stored article's id, not the item's); for a `duplicate` it is the item's own id,
 * and `duplicateOf` is the stored article with the same text.
 */
export interface SaveOutcome {
  readonly status: SaveStatus;
  readonly id: string;
  readonly duplicateOf?: string;
}

/** An article as listed: its metadata and language, without text or analysis. */
export interface ArticleSummary {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly publishedAt: string | null;
  readonly publishedAtSource: PublishedAtSource;
  readonly language: string;
  readonly languageConfidence: number;
  readonly script: string;
  readonly file: string | null;
  /** When the article was first stored, and when its content last changed (ISO 8601, UTC). */
  readonly ingestedAt: string;
  readonly updatedAt: string;
}

/** A stored article in full: the original text, never altered, and its analysis record. */
export interface StoredArticle extends ArticleSummary {
  readonly text: string;
  /** SHA-256 (hex) of the normalised text with white-space runs collapsed; the duplicate key. */
  readonly contentHash: string;
  readonly record: Readonly<Record<string, unknown>>;
  /** Stage name → version that produced the stored analysis. */
  readonly analyzers: Readonly<Record<string, number>>;
}

/** Which articles to list (newest publication first, undated last) and which page. */
export interface ListOptions extends ArticleFilter {
  /** Default 50, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * A place to keep articles and search them.
 *
 * Identity rules for {@link Store.saveBatch}, applied to each item in order (later items see
 * earlier ones of the same batch):
 * 1. The item is the same article as a stored one with the same `id`, or else the same canonical
 *    URL (see canonicalUrlKey).
 *    - Same normalised-text hash and same analyzer versions → `unchanged`; nothing is written.
 *    - Otherwise the new version replaces the stored one, text, analysis and metadata (`updated`);
 *      `ingestedAt` is kept.
 * 2. Otherwise, when a stored article has the same normalised-text hash → `duplicate`: not
 *    stored again, `duplicateOf` names the stored article.
 * 3. Otherwise → `inserted`.
 * A URL belongs to the first article that claimed it: an update that would give an article a URL
 * another article holds keeps the URL as data but not as an identity key.
 */
export interface Store {
  /**
   * Saves a batch in ONE transaction: either every item's outcome is durable when this returns,
   * or (on an exception) none of the batch is. Callers chunk large inputs (e.g. 200 articles).
   * @example const outcomes = store.saveBatch([{ article, analysis, record }]);
   */
  saveBatch(items: readonly SaveItem[]): SaveOutcome[];
  /** The stored article, or null when there is none with this id. */
  getArticle(id: string): StoredArticle | null;
  /** A page of article summaries matching the filters. */
  listArticles(options?: ListOptions): ArticleSummary[];
  /** How many articles are stored. */
  countArticles(): number;
  /**
   * The stored output records (the JSON Lines contract), in the order articles were first stored,
   * streamed; for corpus views (quotes by speaker, dossiers, framing) that read every article.
   */
  records(filter?: ArticleFilter): IterableIterator<Readonly<Record<string, unknown>>>;
  /**
   * Full-text search over the normalised title and text, ranked by bm25, with snippets from the
   * original text.
   * @example store.search({ text: 'Lukasenko', language: 'ro', since: '2024-10' })
   */
  search(query: SearchQuery): SearchHit[];
  /** The story index kept in this store, so story assignment persists across runs. */
  storyIndex(): StoryIndex;
  /**
   * Runs `work` in one transaction (nested calls become savepoints): a chunk's story assignments and
   * articles are then written together or not at all.
   */
  transaction<T>(work: () => T): T;
  /** Closes the store; further calls throw. */
  close(): void;
}

/** Options for creating a store. */
export interface StoreOptions {
  /** Database path; default from resolveStorePath (the `CROSSWIRE_DB` variable, else ./crosswire.db). */
  readonly path?: string;
  /**
   * Sync the log to disk on every commit, so acknowledged batches survive a power loss or OS crash
   * too (slower). Without it they survive a killed process, which is the default guarantee.
   */
  readonly fullSync?: boolean;
  /** The clock for `ingestedAt`/`updatedAt` (tests pass a fixed one). */
  readonly now?: () => Date;
}
