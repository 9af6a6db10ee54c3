import type Database from 'better-sqlite3';
import { toTimestamp } from '../../search/filters.js';
import { normalizeForMatch } from '../../stages/normalize/fold.js';
import { canonicalUrlKey, contentHash } from '../identity.js';
import type { SaveItem, SaveOutcome } from '../store.js';

/** Saves items in one transaction, following the identity rules documented on `Store`. */
export type SaveBatch = (items: readonly SaveItem[]) => SaveOutcome[];

interface ExistingRow {
  readonly seq: number;
  readonly id: string;
  readonly url_key: string | null;
  readonly content_hash: string;
  readonly analyzers: string;
}

const COLUMNS = [
  'id', 'url', 'url_key', 'title', 'source', 'published_at', 'published_ts', 'published_at_source',
  'language', 'language_confidence', 'script', 'text', 'content_hash', 'record', 'analyzers', 'file',
] as const;

type Row = Record<(typeof COLUMNS)[number], string | number | null>;

/**
 * Prepares the write path once (statements are reused for every batch) and returns saveBatch.
 * The FTS row is written in the same transaction as the article, so neither exists without the other.
 */
export function prepareSaveBatch(db: Database.Database, now: () => Date): SaveBatch {
  const selectBy = (column: string) =>
    db.prepare<[string], ExistingRow>(`SELECT seq, id, url_key, content_hash, analyzers FROM articles WHERE ${column} = ?`);
  const byId = selectBy('id');
  const byUrl = selectBy('url_key');
  const byHash = db.prepare<[string], string>('SELECT id FROM articles WHERE content_hash = ? LIMIT 1').pluck();
  const urlOwner = db.prepare<[string], number>('SELECT seq FROM articles WHERE url_key = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO articles (${COLUMNS.join(', ')}, ingested_at, updated_at)
     VALUES (${COLUMNS.map((c) => '@' + c).join(', ')}, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE articles SET ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE seq = @seq`,
  );
  const ftsInsert = db.prepare('INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)');
  const ftsDelete = db.prepare('DELETE FROM article_fts WHERE rowid = ?');

  function saveOne(item: SaveItem, at: string): SaveOutcome {
    const normalized = matchingText(item);
    const row = toRow(item, contentHash(normalized));
    const existing = byId.get(item.article.id) ?? (row.url_key !== null ? byUrl.get(row.url_key as string) : undefined);
    if (existing) {
      if (existing.content_hash === row.content_hash && existing.analyzers === row.analyzers) {
        return { status: 'unchanged', id: existing.id };
      }
      // The stored article keeps its id (it may have been matched by URL) and its URL key unless
      // the new URL is free or already its own.
      const owner = row.url_key !== null ? urlOwner.get(row.url_key as string) : undefined;
      const urlKey = owner === undefined || owner === existing.seq ? row.url_key : null;
      update.run({ ...row, id: existing.id, url_key: urlKey, now: at, seq: existing.seq });
      ftsDelete.run(existing.seq);
      ftsInsert.run(existing.seq, titleForIndex(item), normalized);
      return { status: 'updated', id: existing.id };
    }
    const original = byHash.get(row.content_hash as string);
    if (original !== undefined) return { status: 'duplicate', id: item.article.id, duplicateOf: original };
    const seq = insert.run({ ...row, now: at }).lastInsertRowid;
    ftsInsert.run(seq, titleForIndex(item), normalized);
    return { status: 'inserted', id: item.article.id };
  }

  const saveAll = db.transaction((items: readonly SaveItem[]) => {
    const at = now().toISOString();
    return items.map((item) => saveOne(item, at));
  });
  // IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout instead of one
  // failing with SQLITE_BUSY when it upgrades from a read lock mid-transaction.
  return (items) => saveAll.immediate(items);
}

// The normalise stage's output when present; otherwise the same fold, so index and queries agree.
function matchingText(item: SaveItem): string {
  const { article, analysis } = item;
  if (analysis.normalized.text.length > 0 || article.text.length === 0) return analysis.normalized.text;
  return normalizeForMatch(article.text);
}

function titleForIndex(item: SaveItem): string {
  return item.article.title ? normalizeForMatch(item.article.title) : '';
}

function toRow(item: SaveItem, hash: string): Row {
  const { article, analysis } = item;
  const url = article.url?.trim() || null;
  return {
    id: article.id,
    url,
    url_key: url ? canonicalUrlKey(url) : null,
    title: article.title,
    source: article.source,
    published_at: analysis.publishedAt,
    published_ts: toTimestamp(analysis.publishedAt),
    published_at_source: analysis.publishedAtSource,
    language: analysis.language,
    language_confidence: analysis.languageConfidence,
    script: analysis.script,
    text: article.text,
    content_hash: hash,
    record: JSON.stringify(item.record),
    analyzers: stableJson(analysis.analyzers),
    file: article.file,
  };
}

// Sorted keys, so the same versions compare equal whatever order the stages ran in.
function stableJson(analyzers: Readonly<Record<string, number>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(analyzers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
