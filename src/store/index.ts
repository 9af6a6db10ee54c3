import { resolve } from 'node:path';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import type { Store, StoreOptions } from './store.js';

/**
 * The article store: a small `Store` interface and its default SQLite implementation.
 */
export type {
  Store,
  StoreOptions,
  SaveItem,
  SaveOutcome,
  SaveStatus,
  ArticleSummary,
  StoredArticle,
  ListOptions,
} from './store.js';
export { canonicalUrlKey, contentHash } from './identity.js';

/** Store path used when neither a flag nor `CROSSWIRE_DB` gives one. */
export const DEFAULT_STORE_PATH = './crosswire.db';

/** SQLite's name for a private in-memory database (tests, one-off runs). */
const MEMORY = ':memory:';

/**
 * Resolves the store path: the flag, else the `CROSSWIRE_DB` environment variable, else
 * ./crosswire.db; relative paths resolve against the working directory.
 * @example resolveStorePath(options.db) // '/home/me/news/crosswire.db' when run in ~/news without --db
 */
export function resolveStorePath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag?.trim() || env.CROSSWIRE_DB?.trim() || DEFAULT_STORE_PATH;
  return chosen === MEMORY ? chosen : resolve(chosen);
}

/**
 * Opens (creating and migrating if needed) the default store.
 * @throws STORE_OPEN_FAILED when the path cannot be opened; STORE_SCHEMA_TOO_NEW when a newer crosswire wrote it.
 * @example
 * const store = createStore({ path: resolveStorePath(options.db) });
 * try { store.saveBatch(items); } finally { store.close(); }
 */
export function createStore(options: StoreOptions = {}): Store {
  return createSqliteStore(resolveStorePath(options.path), options);
}
