import type Database from 'better-sqlite3';
import type { PublishedAtSource } from '../../model/article.js';
import { resolveFilter, resolvePage, type ArticleFilter } from '../../search/filters.js';
import type { ArticleSummary, ListOptions, StoredArticle } from '../store.js';
import { filterSql } from './filter-sql.js';
import { createStatementCache } from './statement-cache.js';

/** The read side of the store, over prepared statements. */
export interface Reads {
  getArticle(id: string): StoredArticle | null;
  listArticles(options?: ListOptions): ArticleSummary[];
  countArticles(): number;
  records(filter?: ArticleFilter): IterableIterator<Readonly<Record<string, unknown>>>;
}

const SUMMARY_COLUMNS = `a.id, a.url, a.title, a.source, a.published_at, a.published_at_source, a.language,
  a.language_confidence, a.script, a.file, a.ingested_at, a.updated_at`;
const DEFAULT_LIST_LIMIT = 50;

interface SummaryRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  published_at: string | null;
  published_at_source: string;
  language: string;
  language_confidence: number;
  script: string;
  file: string | null;
  ingested_at: string;
  updated_at: string;
}

interface ArticleRow extends SummaryRow {
  text: string;
  content_hash: string;
  record: string;
  analyzers: string;
}

/** Prepares the read statements. */
export function prepareReads(db: Database.Database): Reads {
  const statement = createStatementCache(db);
  const byId = db.prepare<[string], ArticleRow>(
    `SELECT ${SUMMARY_COLUMNS}, a.text, a.content_hash, a.record, a.analyzers FROM articles a WHERE a.id = ?`,
  );
  const count = db.prepare<[], number>('SELECT count(*) FROM articles').pluck();
  return {
    getArticle(id) {
      const row = byId.get(id);
      return row ? toStoredArticle(row) : null;
    },
    listArticles(options = {}) {
      const page = resolvePage(options.limit, options.offset, DEFAULT_LIST_LIMIT);
      const where = filterSql(resolveFilter(options));
      // Newest publication first; undated articles last, most recently stored first.
      const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE 1${where.sql}
        ORDER BY a.published_ts DESC NULLS LAST, a.seq DESC LIMIT @limit OFFSET @offset`;
      const rows = statement(sql).all({ ...where.params, ...page }) as SummaryRow[];
      return rows.map(toSummary);
    },
    countArticles: () => count.get()!,
    *records(filter = {}) {
      const where = filterSql(resolveFilter(filter));
      // Oldest first (the order articles arrived), streamed row by row: corpus views over
      // 100k articles never hold every record in memory at once.
      const sql = `SELECT a.record FROM articles a WHERE 1${where.sql} ORDER BY a.seq`;
      for (const json of statement(sql).pluck().iterate(where.params)) {
        yield JSON.parse(json as string) as Record<string, unknown>;
      }
    },
  };
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    source: row.source,
    publishedAt: row.published_at,
    publishedAtSource: row.published_at_source as PublishedAtSource,
    language: row.language,
    languageConfidence: row.language_confidence,
    script: row.script,
    file: row.file,
    ingestedAt: row.ingested_at,
    updatedAt: row.updated_at,
  };
}

function toStoredArticle(row: ArticleRow): StoredArticle {
  return {
    ...toSummary(row),
    text: row.text,
    contentHash: row.content_hash,
    record: JSON.parse(row.record) as Record<string, unknown>,
    analyzers: JSON.parse(row.analyzers) as Record<string, number>,
  };
}
