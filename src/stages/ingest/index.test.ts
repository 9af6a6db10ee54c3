import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs, { copyFileSync, existsSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { mock, test } from 'node:test';
import iconv from 'iconv-lite';
import type { Article } from '../../model/article.js';
import type { Rejected } from '../../model/diagnostic.js';
import { listInputs, readInput, readInputs, type IngestOptions } from './index.js';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crosswire-ingest-'));
}

async function collect(items: AsyncIterable<Article | Rejected>) {
  const articles: Article[] = [];
  const rejected: Rejected[] = [];
  for await (const item of items) {
    if ('kind' in item) rejected.push(item);
    else articles.push(item);
  }
  return { articles, rejected };
}

const sha16 = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16);

test('listInputs: folders recursively, dot-files skipped, sorted; missing paths apart; stdin kept', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'b'));
  mkdirSync(join(dir, '.git'));
  for (const name of ['c.txt', 'a.html', '.hidden.txt', 'b/z.jsonl', 'b/a.txt', '.git/config']) writeFileSync(join(dir, name), 'x');
  const { files, missing } = await listInputs([dir, join(dir, 'c.txt'), join(dir, 'nope.txt'), '-']);
  assert.deepEqual(files, [join(dir, 'a.html'), join(dir, 'b/a.txt'), join(dir, 'b/z.jsonl'), join(dir, 'c.txt'), '-']);
  assert.deepEqual(missing, [join(dir, 'nope.txt')]);
});

test('a batch of bad inputs: each is rejected with its reason, and the good ones still come out', async () => {
  const dir = tempDir();
  const good = 'Președintele Lukașenko a spus miercuri că relațiile cu Iranul se vor aprofunda.';
  writeFileSync(join(dir, '01-good.txt'), `${good}\n`);
  writeFileSync(join(dir, '02-empty.txt'), '');
  writeFileSync(join(dir, '03-blank.md'), '  \n\n ');
  writeFileSync(join(dir, '04-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, '05-undecodable.txt'), Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + (i % 64))));
  copyFileSync(join(FIXTURES, 'truncated-ar.html'), join(dir, '06-truncated.html'));
  copyFileSync(join(FIXTURES, 'broken-feed.xml'), join(dir, '07-broken.xml'));
  writeFileSync(join(dir, '08-lines.jsonl'), '{"id":"a","text":"Путин заявил в среду, что переговоры продолжатся."}\nthis is not json\n{"id":"b","text":"Iran and Belarus signed a roadmap."}\n');
  writeFileSync(join(dir, '09-koi8.txt'), iconv.encode('Лукашенко и Пезешкиан провели переговоры в Минске.', 'koi8-r'));
  const big = join(dir, '10-big.txt');
  writeFileSync(big, '');
  truncateSync(big, 50 * 1024 * 1024); // sparse: created instantly, reads as 50 MB of NUL
  const readFile = mock.method(fs.promises, 'readFile');
  try {
    const { articles, rejected } = await collect(readInputs([dir, join(dir, 'missing.txt')]));
    const reasons = rejected.map((r) => [r.input.slice(dir.length + 1), r.reason]);
    assert.deepEqual(reasons, [
      ['missing.txt', 'unreadable'],
      ['02-empty.txt', 'empty'],
      ['03-blank.md', 'empty'],
      ['04-binary.txt', 'binary'],
      ['05-undecodable.txt', 'undecodable'],
      ['07-broken.xml', 'malformed'],
      ['08-lines.jsonl#2', 'malformed'],
      ['10-big.txt', 'too-large'],
    ]);
    assert.match(rejected.at(-1)!.detail, /^50\.0 MiB, over the limit of 20\.0 MiB$/);
    assert.ok(!readFile.mock.calls.some((call) => call.arguments[0] === big), 'the big file was read');
    assert.deepEqual(
      articles.map((a) => [a.file!.slice(dir.length + 1), a.text.slice(0, 20)]),
      [
        ['01-good.txt', good.slice(0, 20)],
        ['06-truncated.html', 'بحث الرئيس البيلاروس'],
        ['08-lines.jsonl#1', 'Путин заявил в среду'],
        ['08-lines.jsonl#3', 'Iran and Belarus sig'],
        ['09-koi8.txt', 'Лукашенко и Пезешкиа'],
      ],
    );
  } finally {
    readFile.mock.restore();
  }
});

test('the size limit is an option; a folder given to readInput is unreadable', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), 'Iran and Belarus signed a roadmap for comprehensive cooperation.');
  const { rejected } = await collect(readInput(join(dir, 'a.txt'), { maxBytes: 10 }));
  assert.deepEqual(rejected.map((r) => [r.reason, r.detail]), [['too-large', '64 bytes, over the limit of 10 bytes']]);
  const folder = await collect(readInput(dir));
  assert.equal(folder.rejected[0]?.reason, 'unreadable');
});

test('standard input is sniffed: JSON Lines records are named -#N', async () => {
  const stdin = Readable.from([Buffer.from('{"text":"Minsk and Tehran signed a roadmap."}\n{"nope":1}\n')]);
  const { articles, rejected } = await collect(readInput('-', { stdin }));
  assert.deepEqual(articles.map((a) => [a.file, a.text]), [['-#1', 'Minsk and Tehran signed a roadmap.']]);
  assert.deepEqual(rejected.map((r) => [r.input, r.reason]), [['-#2', 'malformed']]);
});

test('standard input over the limit is too-large; HTML on stdin is extracted', async () => {
  const options: IngestOptions = { stdin: Readable.from([Buffer.alloc(64, 0x61), Buffer.alloc(64, 0x61)]), maxBytes: 100 };
  assert.deepEqual((await collect(readInput('-', options))).rejected.map((r) => r.reason), ['too-large']);
  const html = Readable.from([Buffer.from('<html lang="ru"><body><p>Переговоры продолжатся в четверг.</p></body></html>')]);
  const { articles } = await collect(readInput('-', { stdin: html }));
  assert.deepEqual(articles.map((a) => [a.file, a.text, a.declaredLanguage]), [['-', 'Переговоры продолжатся в четверг.', 'ru']]);
});

test('ids: given, else from the canonical URL, else from the absolute path and record number', async () => {
  const { articles } = await collect(readInputs([FIXTURES]));
  const byFile = new Map(articles.map((a) => [a.file!.slice(FIXTURES.length), a]));
  assert.equal(byFile.get('articles.jsonl#1')!.id, 'ro-1');
  assert.equal(byFile.get('page-ro.html')!.id, sha16('https://stiri.example.ro/externe/iran-belarus-cooperare'));
  assert.equal(byFile.get('article.md')!.id, sha16(resolve(FIXTURES, 'article.md')));
  assert.equal(byFile.get('articles.jsonl#7')!.id, sha16(`${resolve(FIXTURES, 'articles.jsonl')}#7`));
  assert.ok(Object.isFrozen(byFile.get('article.md')));
  // Re-reading gives the same ids.
  const again = await collect(readInputs([FIXTURES]));
  assert.deepEqual(again.articles.map((a) => a.id), articles.map((a) => a.id));
});

test('the seed articles read as five articles with their titles and bodies', async (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/seeds absent');
  const { articles, rejected } = await collect(readInputs([SEEDS]));
  assert.deepEqual(rejected, []);
  assert.deepEqual(
    articles.map((a) => a.title !== null),
    [false, true, false, true, true],
  );
  const last = articles[4]!;
  assert.ok(last.text.endsWith('بمناسبة الذكرى الثلاثين لتأسيس العلاقات بين البلدين.'));
  assert.equal(last.text.slice(0, last.title!.length), last.title);
  assert.ok(articles.every((a) => a.publishedAt === null && a.publishedAtSource === 'none'));
});
