import type { ArticleRecord } from '../output/record.js';
import type { Store } from '../store/store.js';

/**
 * The store's output records typed as the contract. The store keeps records as written by
 * `toRecord`, so the cast is checked where they are made, not re-validated on every read.
 */
export function storedRecords(store: Store): IterableIterator<ArticleRecord> {
  return store.records() as IterableIterator<unknown> as IterableIterator<ArticleRecord>;
}
