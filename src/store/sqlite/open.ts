import Database from 'better-sqlite3';
import { CrosswireError, createError } from '../../errors.js';
import { migrate } from './migrate.js';

/** Options for opening the SQLite file. */
export interface OpenOptions {
  /** synchronous=FULL instead of NORMAL (see below). */
  readonly fullSync?: boolean;
}

// Another process (the API server reading while the CLI ingests) may hold the write lock briefly;
// wait for it rather than fail at once. 5 s is far above one 200-article batch.
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) and migrates a store file with the settings crosswire relies on.
 * @throws STORE_OPEN_FAILED, STORE_SCHEMA_TOO_NEW
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (cause) {
    throw createError('STORE_OPEN_FAILED', path, describe(cause), { cause });
  }
  try {
    configure(db, options);
    migrate(db, path);
    return db;
  } catch (cause) {
    db.close();
    if (cause instanceof CrosswireError) throw cause;
    throw createError('STORE_OPEN_FAILED', path, describe(cause), { cause });
  }
}

function configure(db: Database.Database, options: OpenOptions): void {
  // WAL: readers do not block the writer, and a commit is one append to the log.
  db.pragma('journal_mode = WAL');
  // With WAL, synchronous=NORMAL already keeps every committed transaction across a killed
  // process: COMMIT returns only after the log frames are written with write(2), i.e. handed to
  // the OS page cache, which outlives the process. What NORMAL skips is the fsync per commit,
  // so only an OS crash or power loss can roll back the last commits (never corrupt the file)
  // — https://sqlite.org/pragma.html#pragma_synchronous, https://sqlite.org/wal.html#durability.
  // FULL fsyncs the log at every commit, for power-loss durability, at a cost in throughput.
  db.pragma(`synchronous = ${options.fullSync ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
}

function describe(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  // better-sqlite3 says "Cannot open database because the directory does not exist".
  if (/directory does not exist/i.test(message)) return `${message}; create the folder or choose another path`;
  if (/not a database/i.test(message)) return `${message}; the file is not a SQLite database, choose another path`;
  return message;
}
