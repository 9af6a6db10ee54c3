import type { ArticleInit } from '../../model/article.js';
import type { Failure } from './failure.js';

/** Article fields a reader found; the id and file are added by the caller. */
export type ArticleFields = Omit<ArticleInit, 'id' | 'file'> & { readonly id?: string };

/**
 * One record of an input: an article's fields or why it failed. `index` is the 1-based record
 * number of a multi-record input (feed item, JSON Lines line) and null for a one-article file.
 */
export type ReaderRecord =
  | { readonly index: number | null; readonly fields: ArticleFields }
  | { readonly index: number | null; readonly failure: Failure };
