import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { CrosswireError } from '../../errors.js';
import { createStore } from '../index.js';
import { makeSaveItem } from '../test-items.js';
import { APPLICATION_ID, latestSchemaVersion, loadMigrations } from './migrate.js';
import { openDatabase } from './open.js';

const dir = mkdtempSync(join(tmpdir(), 'crosswire-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const failsWith = (code: string, pattern?: RegExp) => (e: unknown) =>
  e instanceof CrosswireError && e.code === code && (!pattern || pattern.test(e.message));

test('migrations are numbered 001…N without gaps, and 001 creates the articles and FTS tables', () => {
  const migrations = loadMigrations();
  assert.ok(migrations.length >= 1);
  migrations.forEach((m, i) => assert.equal(m.version, i + 1, m.name));
  assert.equal(migrations[0]!.name, '001-articles.sql');
  assert.equal(latestSchemaVersion(), migrations.length);
});

test('an empty file is migrated to the latest version with WAL, NORMAL sync and foreign keys', () => {
  const path = join(dir, 'fresh.db');
  const db = openDatabase(path);
  assert.equal(db.pragma('user_version', { simple: true }), latestSchemaVersion());
  assert.equal(db.pragma('application_id', { simple: true }), APPLICATION_ID);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('synchronous', { simple: true }), 1);
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
  assert.ok(tables.includes('articles') && tables.includes('article_fts'), String(tables));
  db.close();
  const full = openDatabase(path, { fullSync: true });
  assert.equal(full.pragma('synchronous', { simple: true }), 2);
  full.close();
});

test('reopening keeps the data and applies nothing twice', () => {
  const path = join(dir, 'reopen.db');
  const first = createStore({ path });
  first.saveBatch([makeSaveItem({ id: 'ro-1', text: 'Lukașenko l-a primit pe Pezeshkian la Minsk.', language: 'ro' })]);
  first.close();
  const second = createStore({ path });
  assert.equal(second.countArticles(), 1);
  assert.equal(second.getArticle('ro-1')?.text, 'Lukașenko l-a primit pe Pezeshkian la Minsk.');
  assert.equal(second.search({ text: 'Lukasenko' }).length, 1);
  second.close();
});

test('a file written by a newer crosswire is refused with STORE_SCHEMA_TOO_NEW', () => {
  const path = join(dir, 'newer.db');
  createStore({ path }).close();
  const raw = new Database(path);
  raw.pragma(`user_version = ${latestSchemaVersion() + 1}`);
  raw.close();
  const known = latestSchemaVersion();
  assert.throws(() => createStore({ path }), failsWith('STORE_SCHEMA_TOO_NEW', new RegExp(`version ${known + 1}.*\\(${known}\\)`)));
});

test('paths that cannot be a store fail with STORE_OPEN_FAILED naming the path', () => {
  const missingDir = join(dir, 'no-such-folder', 'x.db');
  assert.throws(() => createStore({ path: missingDir }), failsWith('STORE_OPEN_FAILED', /no-such-folder.*create the folder/));
  assert.throws(() => createStore({ path: dir }), failsWith('STORE_OPEN_FAILED'));
  const text = join(dir, 'notes.db');
  writeFileSync(text, 'Belarus și Iran intenționează să aprofundeze relațiile bilaterale. '.repeat(100));
  assert.throws(() => createStore({ path: text }), failsWith('STORE_OPEN_FAILED', /not a database/));
});

test("another application's database is refused rather than altered", () => {
  const foreign = join(dir, 'foreign.db');
  const raw = new Database(foreign);
  raw.exec('CREATE TABLE notes (body TEXT)');
  raw.close();
  assert.throws(() => createStore({ path: foreign }), failsWith('STORE_OPEN_FAILED', /not a crosswire store/));
  const other = new Database(foreign);
  assert.equal(other.pragma('user_version', { simple: true }), 0, 'left untouched');
  other.pragma('application_id = 42');
  other.close();
  assert.throws(() => createStore({ path: foreign }), failsWith('STORE_OPEN_FAILED', /another application/));
});
