import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** What an article's id may be derived from. */
export interface IdSource {
  /** The id the input gives (JSON Lines `id`). */
  readonly id?: string | null;
  readonly url?: string | null;
  /** The input path, `-` for standard input. */
  readonly path: string;
  /** 1-based record number in a multi-record input; null for a one-article file. */
  readonly index: number | null;
  readonly text: string;
}

// 16 hex digits = 64 bits: collisions are negligible below billions of articles.
const ID_HEX_DIGITS = 16;

function hashId(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, ID_HEX_DIGITS);
}

/**
 * Derives a stable article id, so that re-ingesting the same input yields the same id and the
 * store can tell inserted from updated from duplicate by content:
 * 1. the id the input gives, as is;
 * 2. else the first 16 hex digits of SHA-256 of the canonical URL;
 * 3. else of the resolved absolute path, plus `#N` for the Nth record of a multi-record input;
 * 4. standard input has no path, so its articles hash `-#N` (or `-`) with their text.
 * @example deriveArticleId({ path: 'a.txt', index: null, text: '…' }) // sha256('/abs/a.txt').slice(0, 16)
 */
export function deriveArticleId(source: IdSource): string {
  if (source.id) return source.id;
  if (source.url) return hashId(source.url);
  const record = source.index === null ? '' : `#${source.index}`;
  if (source.path === '-') return hashId(`-${record}\n${source.text}`);
  return hashId(`${resolve(source.path)}${record}`);
}
