import type { StoryFeatures } from './features.js';
import type { StoryDecision } from './decision.js';

/**
 * Where story assignment keeps what it has seen: articles with their features, an inverted index
 * from feature keys to articles, and the stories. A small interface so the in-memory index (for a
 * batch without a store) and the SQLite one (src/corpus/stories/sqlite-index.ts) are interchangeable.
 */

/** What the story views show of an article, copied from its analysis when it was assigned. */
export interface ArticleMeta {
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly language: string;
  readonly publishedAt: string | null;
  /** The event date when reliable (stated with its year, or anchored by a trusted publication date). */
  readonly eventDate: string | null;
  /** Opening of the text, for a title when the article has none. */
  readonly lead: string;
  readonly entities: readonly { readonly id: string; readonly name: string; readonly type: string }[];
  readonly quotes: readonly { readonly speaker: string | null; readonly via: string | null; readonly text: string }[];
}

/** An article as the story index holds it. */
export interface IndexedArticle {
  readonly id: string;
  /** Arrival order, 1-based: "first" and "newest" in the index mean this. */
  readonly seq: number;
  readonly storyId: string;
  /** The article this one is a syndicated copy or light rewrite of, or null for an independent report. */
  readonly duplicateOf: string | null;
  readonly features: StoryFeatures;
  /** MinHash signature of the text's shingles (src/corpus/dedup), for near-duplicate checks. */
  readonly signature: readonly number[];
  readonly meta: ArticleMeta;
  /** Why the article joined its story (or started it): the explanation `explain-story` prints. */
  readonly decision: StoryDecision;
}

/** A story: the articles reporting one real-world event. */
export interface StoryRecord {
  readonly id: string;
  /** Member article ids in arrival order; the first started the story. */
  readonly articleIds: readonly string[];
  /** Earliest and latest event (else publication) date of the members, ISO `YYYY-MM-DD`. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Arrival seq of the newest member, for "newest first" listings without dates. */
  readonly lastSeq: number;
}

/** The keys an article is indexed under. */
export interface IndexKeys {
  /** Every feature key and LSH band of the article: each one's document frequency grows by one. */
  readonly counted: readonly string[];
  /**
   * The keys whose posting lists get the article, a subset of `counted`: candidate retrieval looks up
   * only an article's most telling keys, so postings of its common words would never be read.
   */
  readonly posted: readonly string[];
}

/** The persistence behind story assignment. Postings are returned newest first. */
export interface StoryIndex {
  /** How many articles are indexed. */
  size(): number;
  /** How many indexed articles have the feature or LSH band `key`. */
  documentFrequency(key: string): number;
  /** Ids of the newest `limit` articles with `key` (never a scan: the read is bounded by `limit`). */
  postings(key: string, limit: number): readonly string[];
  getArticle(id: string): IndexedArticle | null;
  getStory(id: string): StoryRecord | null;
  /** Adds an article (its document frequencies and postings, see IndexKeys) and saves its story. */
  addArticle(article: IndexedArticle, keys: IndexKeys, story: StoryRecord): void;
  /**
   * Every story, newest first: latest date descending (stories without dates last), then latest
   * arrival. Lazy, so a listing that needs the first fifty reads about fifty.
   */
  stories(): Iterable<StoryRecord>;
}
