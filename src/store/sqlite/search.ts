import type Database from 'better-sqlite3';
import { resolveFilter, resolvePage } from '../../search/filters.js';
import { parseQuery, toFtsMatch } from '../../search/query.js';
import { buildSnippet } from '../../search/snippet.js';
import type { SearchHit, SearchQuery } from '../../search/types.js';
import { filterSql } from './filter-sql.js';
import { createStatementCache } from './statement-cache.js';

/** Runs a full-text search against the store. */
export type Search = (query: SearchQuery) => SearchHit[];

// bm25 column weights (title, text): a title match counts double, the field weighting of BM25F
// (Robertson, Zaragoza & Taylor 2004). Chosen, not tuned on data.
const TITLE_WEIGHT = 2.0;
const TEXT_WEIGHT = 1.0;
const DEFAULT_SEARCH_LIMIT = 20;

interface HitRow {
  id: string;
  title: string | null;
  published_at: string | null;
  language: string;
  source: string | null;
  url: string | null;
  text: string;
  rank: number;
}

/** Prepares search over the contentless FTS index joined to the articles. */
export function prepareSearch(db: Database.Database): Search {
  const statement = createStatementCache(db);
  return (query) => {
    // Parse and check everything before touching SQL: bad input is a CrosswireError, never an SQL one.
    const parsed = parseQuery(query.text);
    const page = resolvePage(query.limit, query.offset, DEFAULT_SEARCH_LIMIT);
    const where = filterSql(resolveFilter(query));
    // bm25() is lower-is-better; ties go to the earlier-stored article for a stable order.
    // CROSS JOIN keeps the full-text index as the outer loop: with a plain JOIN and a selective
    // filter, SQLite drives from the filter index and runs the MATCH once per row (58.9 s for one
    // language + date search over 100k articles, 266 ms with CROSS JOIN; docs/benchmarks.md).
    // Without filters the page is cut inside the index and only its rows are joined.
    const rank = `bm25(article_fts, ${TITLE_WEIGHT}, ${TEXT_WEIGHT})`;
    const columns = 'a.id, a.title, a.published_at, a.language, a.source, a.url, a.text';
    const sql = where.sql
      ? `SELECT ${columns}, ${rank} AS rank
      FROM article_fts CROSS JOIN articles a ON a.seq = article_fts.rowid
      WHERE article_fts MATCH @match${where.sql}
      ORDER BY rank, a.seq LIMIT @limit OFFSET @offset`
      : `WITH page AS (SELECT rowid, ${rank} AS rank FROM article_fts WHERE article_fts MATCH @match
          ORDER BY rank, rowid LIMIT @limit OFFSET @offset)
      SELECT ${columns}, page.rank AS rank FROM page CROSS JOIN articles a ON a.seq = page.rowid
      ORDER BY page.rank, a.seq`;
    const rows = statement(sql).all({ ...where.params, ...page, match: toFtsMatch(parsed) }) as HitRow[];
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      publishedAt: row.published_at,
      language: row.language,
      source: row.source,
      url: row.url,
      score: -row.rank,
      snippet: buildSnippet(row.text, parsed),
    }));
  };
}
