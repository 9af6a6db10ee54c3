import { createSqliteStoryIndex } from '../../corpus/stories/sqlite-index.js';
import type { StoryIndex } from '../../corpus/stories/story-index.js';
import type { Store, StoreOptions } from '../store.js';
import { openDatabase } from './open.js';
import { prepareReads } from './read.js';
import { prepareSaveBatch } from './save-batch.js';
import { prepareSearch } from './search.js';

/**
 * The default store: one SQLite file (WAL) with an FTS5 index, via better-sqlite3. Statements are
 * prepared once here, so batches pay no per-row schema work.
 * @example const store = createSqliteStore('./crosswire.db'); store.countArticles();
 */
export function createSqliteStore(path: string, options: Omit<StoreOptions, 'path'> = {}): Store {
  const db = openDatabase(path, { fullSync: options.fullSync });
  const reads = prepareReads(db);
  let stories: StoryIndex | null = null;
  return {
    saveBatch: prepareSaveBatch(db, options.now ?? (() => new Date())),
    getArticle: reads.getArticle,
    listArticles: reads.listArticles,
    countArticles: reads.countArticles,
    records: reads.records,
    search: prepareSearch(db),
    storyIndex: () => (stories ??= createSqliteStoryIndex(db)),
    transaction: (work) => db.transaction(work)(),
    close: () => db.close(),
  };
}
