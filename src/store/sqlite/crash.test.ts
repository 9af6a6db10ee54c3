import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createStore } from '../index.js';
import { makeSaveItem } from '../test-items.js';
import { crashItemId, crashItemText, crashMarker } from './crash-child.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const BATCH_SIZE = 100;
const ACKS_BEFORE_KILL = 3;

const dir = mkdtempSync(join(tmpdir(), 'crosswire-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// Runs the writer, SIGKILLs it right after the Nth ack (it is then inside the next batch's
// transaction), and returns the acknowledged batch numbers and how it ended.
async function runAndKill(path: string): Promise<{ acked: number[]; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(BATCH_SIZE)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const acked: number[] = [];
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  for await (const line of createInterface({ input: child.stdout })) {
    const m = /^ack (\d+)$/.exec(line);
    if (!m) continue;
    acked.push(Number(m[1]));
    if (acked.length === ACKS_BEFORE_KILL) {
      child.kill('SIGKILL');
      break;
    }
  }
  return { acked, signal: await exited, stderr };
}

test('a writer killed mid-ingest loses no acknowledged article and leaves none half-written', async () => {
  const path = join(dir, 'crash.db');
  const { acked, signal, stderr } = await runAndKill(path);
  assert.deepEqual(acked, [0, 1, 2], `child stderr: ${stderr}`);
  assert.equal(signal, 'SIGKILL');

  // Reopen the raw file first: recovery from the WAL, then the file's own consistency checks.
  const raw = new Database(path);
  assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
  raw.prepare("INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 0)").run();
  const orphanArticles = raw.prepare('SELECT count(*) FROM articles WHERE seq NOT IN (SELECT rowid FROM article_fts)').pluck().get();
  const orphanFts = raw.prepare('SELECT count(*) FROM article_fts WHERE rowid NOT IN (SELECT seq FROM articles)').pluck().get();
  assert.equal(orphanArticles, 0, 'every article has its FTS row');
  assert.equal(orphanFts, 0, 'every FTS row has its article');
  // Batches are all-or-nothing: whole batches 0…k, with k at least the last acknowledged one.
  const ids = raw.prepare('SELECT id FROM articles').pluck().all() as string[];
  raw.close();
  const perBatch = new Map<number, number>();
  for (const id of ids) {
    const batch = Number(id.split('-')[1]);
    perBatch.set(batch, (perBatch.get(batch) ?? 0) + 1);
  }
  for (const [batch, count] of perBatch) assert.equal(count, BATCH_SIZE, `batch ${batch} is whole`);
  const batches = [...perBatch.keys()].sort((a, b) => a - b);
  assert.deepEqual(batches, batches.map((_, i) => i), 'no batch is missing in between');
  assert.ok(batches.length >= acked.length);

  // Every acknowledged article is there in full and findable by its own word.
  const store = createStore({ path });
  for (const batch of acked) {
    for (let i = 0; i < BATCH_SIZE; i++) {
      const id = crashItemId(batch, i);
      assert.equal(store.getArticle(id)?.text, crashItemText(batch, i), id);
      assert.deepEqual(store.search({ text: `"${crashMarker(batch, i)}"` }).map((h) => h.id), [id]);
    }
  }
  // The store takes writes again after the crash.
  assert.equal(store.countArticles(), batches.length * BATCH_SIZE);
  const resumed = makeSaveItem({ id: 'after-crash', text: 'Minsk și Teheran au semnat foaia de parcurs.', language: 'ro' });
  assert.deepEqual(store.saveBatch([resumed]), [{ status: 'inserted', id: 'after-crash' }]);
  assert.equal(store.countArticles(), batches.length * BATCH_SIZE + 1);
  store.close();
});
