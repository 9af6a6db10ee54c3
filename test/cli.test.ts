import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ArticleRecord } from '../src/output/record.js';
import { runCli, SEEDS, tempDir } from './helpers/cli.js';

const CONTRACT_KEYS = [
  'schema', 'id', 'file', 'url', 'title', 'source', 'publishedAt', 'publishedAtSource', 'language',
  'languageConfidence', 'script', 'entities', 'timexes', 'quotes', 'events', 'story',
];

const parseLines = (stdout: string): ArticleRecord[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as ArticleRecord);

test('analyze --json --no-store emits the contract for every seed, with languages and offsets right', { skip: !SEEDS && 'shared seeds absent' }, () => {
  const run = runCli(['analyze', SEEDS!, '--json', '--no-store', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  const records = parseLines(run.stdout);
  assert.deepEqual(records.map((r) => r.language), ['ar', 'ar', 'ro', 'fa', 'ar']);
  for (const r of records) {
    for (const key of CONTRACT_KEYS) assert.ok(key in r, `${key} missing in ${r.file}`);
    assert.ok(r.languageConfidence >= 0.9, `${r.file}: confidence ${r.languageConfidence}`);
    const text = readFileSync(r.file!, 'utf8');
    // Every offset in the record slices the original file to the text it claims.
    for (const e of r.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    for (const t of r.timexes) assert.equal(text.slice(t.start, t.end), t.text);
    for (const q of r.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  }
});

test('ingest is idempotent and search finds text across spellings', { skip: !SEEDS && 'shared seeds absent' }, () => {
  const db = join(tempDir(), 'x.db');
  const first = runCli(['ingest', SEEDS!, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /5 articles analysed, 5 ingested, 0 updated, 0 duplicate; 0 rejected/);
  const again = runCli(['ingest', SEEDS!, '--db', db]);
  assert.match(again.stderr, /5 articles analysed, 0 ingested, 0 updated, 5 duplicate/);
  const hits = runCli(['search', 'Lukasenko', '--db', db, '--json']);
  assert.equal(hits.code, 0, hits.stderr);
  const found = parseLines(hits.stdout) as unknown as { language: string; snippet: { text: string } }[];
  assert.equal(found.length, 1);
  assert.equal(found[0]!.language, 'ro');
  const persian = parseLines(runCli(['search', 'تحریم‌ها', '--db', db, '--json']).stdout) as unknown as { language: string }[];
  assert.deepEqual(persian.map((h) => h.language), ['fa']);
});

test('bad inputs get one line each, the rest of the batch goes in, and the exit code is 1', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  writeFileSync(join(dir, 'good.txt'), 'Președintele Lukașenko a spus miercuri că relațiile cu Iranul se vor aprofunda.\n');
  writeFileSync(
    join(dir, 'lines.jsonl'),
    '{"id":"a","text":"Путин заявил в среду, что переговоры продолжатся."}\nthis is not json\n{"id":"b","text":"Iran and Belarus signed a roadmap."}\n',
  );
  const run = runCli(['analyze', dir, '--json', '--no-store']);
  assert.equal(run.code, 1);
  const records = parseLines(run.stdout);
  assert.deepEqual(records.map((r) => r.language).sort(), ['en', 'ro', 'ru']);
  const errors = run.stderr.split('\n').filter((l) => l.startsWith('crosswire: '));
  assert.equal(errors.length, 3, run.stderr);
  assert.ok(errors.some((l) => l.includes('empty.txt') && / empty /.test(l)));
  assert.ok(errors.some((l) => l.includes('binary.txt') && / binary /.test(l)));
  assert.ok(errors.some((l) => l.includes('lines.jsonl#2') && / malformed /.test(l)));
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace without --debug');
});

test('a store that cannot be opened is one line and exit code 2', () => {
  const run = runCli(['ingest', '-', '--db', '/nonexistent/dir/x.db'], { input: 'Iran and Belarus signed a roadmap.' });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^crosswire: .*\/nonexistent\/dir\/x\.db/m);
  assert.equal(run.stderr.trim().split('\n').length, 1);
});

test('standard input is read with -', () => {
  const run = runCli(['analyze', '-', '--json', '--no-store', '--quiet'], { input: 'Путин заявил в среду, что переговоры с Минском продолжатся.' });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(parseLines(run.stdout)[0]!.language, 'ru');
});

test('an unknown option is a usage error with exit code 2', () => {
  const run = runCli(['analyze', '--frobnicate']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /unknown option '--frobnicate'/);
});

test('--published-at anchors relative dates of inputs that state no date, and never overrides one', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'visit.txt'), 'روز چهارشنبه ۲۹ مرداد، مسعود پزشکیان وارد مینسک شد.\n');
  writeFileSync(join(dir, 'dated.jsonl'), '{"id":"d1","text":"Președintele a sosit miercuri la Minsk.","publishedAt":"2023-10-06"}\n');
  const run = runCli(['analyze', dir, '--json', '--no-store', '--quiet', '--published-at', '2025-08-21']);
  assert.equal(run.code, 0, run.stderr);
  const records = parseLines(run.stdout);
  const visit = records.find((r) => r.file?.endsWith('visit.txt'))!;
  assert.equal(visit.publishedAt, '2025-08-21');
  assert.deepEqual(visit.timexes.map((t) => [t.text, t.value]).find(([text]) => text!.includes('مرداد')), ['چهارشنبه ۲۹ مرداد', '2025-08-20']);
  const dated = records.find((r) => r.id === 'd1')!;
  assert.equal(dated.publishedAt, '2023-10-06');
});
