import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { createError } from '../../errors.js';

/**
 * Numbered SQL migrations (`migrations/NNN-name.sql`), applied in order, each in its own
 * transaction, with `PRAGMA user_version` recording the last one applied. Never edit a shipped
 * migration: add the next number.
 */

/** One migration file. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** `PRAGMA application_id` of a crosswire store ('CRSW'), set by 001-articles.sql. */
export const APPLICATION_ID = 0x43525357;

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const FILE_NAME = /^(\d{3})-[a-z0-9-]+\.sql$/;

let cached: readonly Migration[] | null = null;

/** Reads the migrations shipped beside this module, checking they are numbered 1…N without gaps. */
export function loadMigrations(): readonly Migration[] {
  if (cached) return cached;
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => FILE_NAME.test(f)).sort();
  const migrations = files.map((name, i) => {
    const version = Number(FILE_NAME.exec(name)![1]);
    // A gap or a repeated number would make user_version ambiguous; this is a packaging error.
    if (version !== i + 1) {
      const expected = String(i + 1).padStart(3, '0');
      throw createError('STORE_OPEN_FAILED', fileURLToPath(MIGRATIONS_DIR), `migration ${name} should be numbered ${expected}`);
    }
    return { version, name, sql: readFileSync(new URL(name, MIGRATIONS_DIR), 'utf8') };
  });
  cached = Object.freeze(migrations);
  return cached;
}

/** The schema version this code writes: the number of the last migration. */
export function latestSchemaVersion(): number {
  return loadMigrations().length;
}

/**
 * Brings the database up to the latest schema and returns the version it had before.
 * @throws STORE_SCHEMA_TOO_NEW when the file was written by a newer crosswire.
 * @throws STORE_OPEN_FAILED when the file is some other application's database.
 */
export function migrate(db: Database.Database, path: string, migrations = loadMigrations()): number {
  const found = db.pragma('user_version', { simple: true }) as number;
  const known = migrations.length;
  if (found > known) throw createError('STORE_SCHEMA_TOO_NEW', path, found, known);
  assertCrosswireDatabase(db, path, found);
  for (const migration of migrations.slice(found)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return found;
}

// Refuses to add crosswire tables to a database that belongs to something else.
function assertCrosswireDatabase(db: Database.Database, path: string, version: number): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== 0 && appId !== APPLICATION_ID) {
    throw createError('STORE_OPEN_FAILED', path, `it belongs to another application (application_id ${appId}); choose another path`);
  }
  if (version > 0) return;
  const objects = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").pluck().get() as number;
  if (objects > 0) {
    throw createError('STORE_OPEN_FAILED', path, 'it is a database with tables but not a crosswire store; choose another path');
  }
}
