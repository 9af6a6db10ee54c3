import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrosswireError } from '../../errors.js';
import type { SearchHit } from '../../search/types.js';
import { createStore, type Store } from '../index.js';
import { makeSaveItem, readSeedTexts } from '../test-items.js';

// Short real news sentences, each spelling a word one way while the queries spell it another.
const ARTICLES = [
  {
    id: 'fa-1',
    language: 'fa',
    source: 'Radio Farda',
    publishedAt: '2024-10-02T07:00:00Z',
    title: 'اروپا و تحریم‌ها',
    text: 'اتحادیه اروپا می‌گوید تحریمها علیه بلاروس تا پایان سال تمدید می‌شود.',
  },
  {
    id: 'ar-1',
    language: 'ar',
    source: 'SANA',
    publishedAt: '2024-10-06',
    title: null,
    text: 'قال رئيس الوزراء العراقي إن الحكومة ماضية في الإصلاحات الاقتصادية.',
  },
  {
    id: 'ro-1',
    language: 'ro',
    source: 'Digi24',
    publishedAt: '2024-12-10T14:05:00Z',
    title: 'Lukașenko și Pezeshkian la Minsk',
    text: 'Președintele Aleksandr Lukașenko l-a primit la Minsk pe omologul său iranian, Masoud Pezeshkian.',
  },
  {
    id: 'ro-2',
    language: 'ro',
    source: 'Agerpres',
    publishedAt: '2024-12-11T09:00:00Z',
    title: 'Reacții la Kiev',
    text: 'Kievul critică vizita lui Pezeshkian la Minsk; Lukaşenko nu a comentat.',
  },
] as const;

function openStore(): Store {
  const store = createStore({ path: ':memory:' });
  store.saveBatch(ARTICLES.map((a) => makeSaveItem({ ...a, title: a.title ?? undefined })));
  return store;
}

const ids = (hits: SearchHit[]) => hits.map((h) => h.id).sort();
const highlightedText = (hit: SearchHit) => hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));

test('"تحریم‌ها" (with ZWNJ) finds "تحریمها" and highlights the original spelling', () => {
  const store = openStore();
  const hits = store.search({ text: 'تحریم‌ها' });
  assert.deepEqual(ids(hits), ['fa-1']);
  assert.deepEqual(highlightedText(hits[0]!), ['تحریمها']);
  const start = ARTICLES[0].text.indexOf('تحریمها');
  assert.deepEqual(hits[0]!.snippet.highlights[0], { start, end: start + 'تحریمها'.length });
  store.close();
});

test('"Lukasenko" finds both Romanian spellings, comma-below and cedilla', () => {
  const store = openStore();
  const hits = store.search({ text: 'Lukasenko' });
  assert.deepEqual(ids(hits), ['ro-1', 'ro-2']);
  assert.deepEqual(highlightedText(hits.find((h) => h.id === 'ro-1')!), ['Lukașenko']);
  assert.deepEqual(highlightedText(hits.find((h) => h.id === 'ro-2')!), ['Lukaşenko']);
  store.close();
});

test('"رييس" finds "رئيس"', () => {
  const store = openStore();
  const hits = store.search({ text: 'رييس' });
  assert.deepEqual(ids(hits), ['ar-1']);
  assert.deepEqual(highlightedText(hits[0]!), ['رئيس']);
  assert.equal(hits[0]!.language, 'ar');
  assert.equal(hits[0]!.source, 'SANA');
  assert.equal(hits[0]!.publishedAt, '2024-10-06');
  store.close();
});

test('all terms are required; phrases need adjacency; unquoted words and a trailing * match prefixes', () => {
  const store = openStore();
  assert.deepEqual(ids(store.search({ text: 'Pezeshkian Minsk' })), ['ro-1', 'ro-2']);
  assert.deepEqual(ids(store.search({ text: 'Pezeshkian Kiev' })), ['ro-2']);
  assert.deepEqual(ids(store.search({ text: '"Aleksandr Lukasenko"' })), ['ro-1']);
  assert.deepEqual(ids(store.search({ text: '"Lukasenko Aleksandr"' })), []);
  assert.deepEqual(ids(store.search({ text: '"Luka"' })), []);
  assert.deepEqual(ids(store.search({ text: 'Luka' })), ['ro-1', 'ro-2']);
  assert.deepEqual(ids(store.search({ text: 'Luka*' })), ['ro-1', 'ro-2']);
  store.close();
});

test('bm25 ranks a title-and-text match above a text-only match; scores are higher-is-better', () => {
  const store = openStore();
  const hits = store.search({ text: 'Pezeshkian' });
  assert.deepEqual(hits.map((h) => h.id), ['ro-1', 'ro-2']);
  assert.ok(hits[0]!.score > hits[1]!.score);
  store.close();
});

test('filters: language, source, since/until (inclusive days), and paging', () => {
  const store = openStore();
  assert.deepEqual(ids(store.search({ text: 'Minsk', language: 'ro' })), ['ro-1', 'ro-2']);
  assert.deepEqual(ids(store.search({ text: 'Minsk', language: 'fa' })), []);
  assert.deepEqual(ids(store.search({ text: 'Minsk', source: 'agerpres' })), ['ro-2']);
  assert.deepEqual(ids(store.search({ text: 'Minsk', since: '2024-12-11' })), ['ro-2']);
  assert.deepEqual(ids(store.search({ text: 'Minsk', until: '2024-12-10' })), ['ro-1']);
  assert.deepEqual(ids(store.search({ text: 'Minsk', since: '2024-12-10T15:00Z', until: '2024-12' })), ['ro-2']);
  assert.deepEqual(store.search({ text: 'Minsk', limit: 1 }).length, 1);
  assert.deepEqual(store.search({ text: 'Minsk', limit: 1, offset: 1 }).length, 1);
  assert.deepEqual(store.search({ text: 'Minsk', offset: 2 }), []);
  store.close();
});

test('FTS5 syntax in user input never reaches SQL: odd queries run or fail with INVALID_ARGUMENT', () => {
  const store = openStore();
  for (const text of ['NEAR(', 'a OR', 'Minsk OR', 'AND Minsk', 'Minsk NOT', '(Minsk', 'title:Minsk', '^Minsk', 'Minsk"', '"Minsk', '{title} : Minsk', "Minsk'", 'Minsk +']) {
    const hits = store.search({ text });
    assert.ok(Array.isArray(hits), text);
  }
  assert.deepEqual(ids(store.search({ text: 'title:Minsk' })), [], 'a column filter is not syntax: "title minsk" is a phrase');
  assert.deepEqual(ids(store.search({ text: '(Minsk' })), ['ro-1', 'ro-2']);
  for (const text of ['"', '*', '-', ':', '', '  ', '( ) * "']) {
    assert.throws(
      () => store.search({ text }),
      (e: unknown) => e instanceof CrosswireError && e.code === 'INVALID_ARGUMENT',
      JSON.stringify(text),
    );
  }
  assert.throws(() => store.search({ text: '"' }), /Invalid search query/);
  assert.throws(() => store.search({ text: 'Minsk', since: 'last week' }), /Invalid since "last week"/);
  store.close();
});

test('seed articles: one Romanian and one Persian spelling find their own articles', (t) => {
  const seeds = readSeedTexts();
  if (!seeds) return t.skip('seed articles absent (../shared/seeds)');
  const store = createStore({ path: ':memory:' });
  store.saveBatch([...seeds].map(([name, text]) => makeSaveItem({ id: name, text })));
  const ro = store.search({ text: 'Lukasenko' });
  assert.ok(ro.length >= 1);
  for (const hit of ro) assert.ok(seeds.get(hit.id)!.includes('Lukașenko'), hit.id);
  // Persian "لوکاشنکو" (keheh, Persian yeh) — the Arabic seeds spell it "لوكاشينكو", another word.
  const fa = store.search({ text: 'لوکاشنکو' });
  assert.ok(fa.length >= 1);
  for (const hit of fa) {
    const text: string = seeds.get(hit.id)!;
    const h = hit.snippet.highlights[0]!;
    const original: string = text.slice(hit.snippet.span.start + h.start, hit.snippet.span.start + h.end);
    assert.equal(original, 'لوکاشنکو');
  }
  store.close();
});
