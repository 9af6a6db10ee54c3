import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStore, type Store } from '../index.js';
import { makeSaveItem, readSeedTexts, type TestItemInit } from '../test-items.js';

// A clock that moves one second per batch, so updatedAt changes are visible.
function openStore(): Store {
  let t = Date.UTC(2024, 9, 2, 12);
  return createStore({ path: ':memory:', now: () => new Date((t += 1000)) });
}

const RO: TestItemInit = {
  id: 'digi24-1',
  url: 'https://www.digi24.ro/stiri/externe/belarus-iran-minsk',
  title: 'Belarus și Iran își aprofundează relațiile',
  source: 'Digi24',
  publishedAt: '2024-12-10T14:05:00Z',
  language: 'ro',
  text: 'Belarus și Iran intenționează să aprofundeze relațiile bilaterale, au declarat miercuri la Minsk președinții Aleksandr Lukașenko și Masoud Pezeshkian.',
};

test('saving the same article twice: inserted, then unchanged and nothing rewritten', () => {
  const store = openStore();
  assert.deepEqual(store.saveBatch([makeSaveItem(RO)]), [{ status: 'inserted', id: 'digi24-1' }]);
  const before = store.getArticle('digi24-1')!;
  assert.deepEqual(store.saveBatch([makeSaveItem(RO)]), [{ status: 'unchanged', id: 'digi24-1' }]);
  assert.equal(store.getArticle('digi24-1')!.updatedAt, before.updatedAt);
  assert.equal(store.countArticles(), 1);
  store.close();
});

test('a new text under the same id replaces the old one, in the index too', () => {
  const store = openStore();
  store.saveBatch([makeSaveItem(RO)]);
  const first = store.getArticle('digi24-1')!;
  const text = RO.text.replace('miercuri', 'joi') + ' Acordul vizează și sectorul energetic.';
  assert.deepEqual(store.saveBatch([makeSaveItem({ ...RO, text })]), [{ status: 'updated', id: 'digi24-1' }]);
  const second = store.getArticle('digi24-1')!;
  assert.equal(second.text, text);
  assert.equal(second.ingestedAt, first.ingestedAt);
  assert.ok(second.updatedAt > first.updatedAt);
  assert.notEqual(second.contentHash, first.contentHash);
  assert.deepEqual(store.search({ text: 'energetic' }).map((h) => h.id), ['digi24-1']);
  assert.deepEqual(store.search({ text: 'miercuri' }), [], 'the old version is gone from the index');
  assert.equal(store.countArticles(), 1);
  store.close();
});

test('new analyzer versions over the same text count as an update (a re-analysis)', () => {
  const store = openStore();
  store.saveBatch([makeSaveItem({ ...RO, analyzers: { normalize: 1 } })]);
  const outcome = store.saveBatch([makeSaveItem({ ...RO, analyzers: { normalize: 1, entities: 2 } })]);
  assert.deepEqual(outcome, [{ status: 'updated', id: 'digi24-1' }]);
  assert.deepEqual(store.getArticle('digi24-1')!.analyzers, { entities: 2, normalize: 1 });
  // The same versions in another order are the same analysis.
  assert.deepEqual(store.saveBatch([makeSaveItem({ ...RO, analyzers: { entities: 2, normalize: 1 } })])[0]!.status, 'unchanged');
  store.close();
});

test('the same canonical URL under another id is the same article', () => {
  const store = openStore();
  store.saveBatch([makeSaveItem(RO)]);
  const sameUrl = { ...RO, id: 'feed-7', url: 'http://digi24.ro/stiri/externe/belarus-iran-minsk/?utm_source=rss' };
  assert.deepEqual(store.saveBatch([makeSaveItem(sameUrl)]), [{ status: 'unchanged', id: 'digi24-1' }]);
  const edited = { ...sameUrl, text: RO.text + ' Actualizare: vizita continuă joi.' };
  assert.deepEqual(store.saveBatch([makeSaveItem(edited)]), [{ status: 'updated', id: 'digi24-1' }]);
  assert.equal(store.getArticle('feed-7'), null);
  assert.equal(store.getArticle('digi24-1')!.url, sameUrl.url);
  store.close();
});

test('identical normalised text under another id and URL is a duplicate and is not stored', () => {
  const store = openStore();
  // The syndicated copy differs only in what the normaliser folds (cedilla ş/ţ) and in spacing.
  const copy = {
    ...RO,
    id: 'agerpres-3',
    url: 'https://www.agerpres.ro/externe/2024/12/10/belarus-iran',
    text: RO.text.replace(/ș/g, 'ş').replace(', au', ',  au'),
  };
  const outcomes = store.saveBatch([makeSaveItem(RO), makeSaveItem(copy)]);
  assert.deepEqual(outcomes, [
    { status: 'inserted', id: 'digi24-1' },
    { status: 'duplicate', id: 'agerpres-3', duplicateOf: 'digi24-1' },
  ]);
  assert.equal(store.countArticles(), 1);
  assert.equal(store.getArticle('agerpres-3'), null);
  assert.deepEqual(store.search({ text: 'Pezeshkian' }).map((h) => h.id), ['digi24-1']);
  // A different text is not a duplicate.
  const other = { ...copy, id: 'agerpres-4', url: null, text: copy.text + ' Vizita durează două zile.' };
  assert.deepEqual(store.saveBatch([makeSaveItem(other)]), [{ status: 'inserted', id: 'agerpres-4' }]);
  store.close();
});

test('a URL stays with the article that claimed it first', () => {
  const store = openStore();
  const a = { ...RO, id: 'a', url: 'https://example.ro/a', text: 'Minsk și Teheran semnează o foaie de parcurs.' };
  const b = { ...RO, id: 'b', url: 'https://example.ro/b', text: 'Lukașenko îl primește pe Pezeshkian la Minsk.' };
  store.saveBatch([makeSaveItem(a), makeSaveItem(b)]);
  // Article a is re-sent with b's URL: a is updated, but the URL still identifies b.
  const moved = { ...a, url: 'https://example.ro/b', text: a.text + ' Documentul are 20 de puncte.' };
  assert.deepEqual(store.saveBatch([makeSaveItem(moved)]), [{ status: 'updated', id: 'a' }]);
  assert.equal(store.getArticle('a')!.url, 'https://example.ro/b');
  const viaUrl = { ...b, id: 'c' };
  assert.deepEqual(store.saveBatch([makeSaveItem(viaUrl)]), [{ status: 'unchanged', id: 'b' }]);
  store.close();
});

test('a batch that fails part-way leaves nothing behind', () => {
  const store = openStore();
  const good = makeSaveItem(RO);
  const circular: Record<string, unknown> = { id: 'broken' };
  circular.self = circular;
  const bad = { ...makeSaveItem({ ...RO, id: 'broken', url: null, text: 'Teheran, 6 octombrie.' }), record: circular };
  assert.throws(() => store.saveBatch([good, bad]), TypeError);
  assert.equal(store.countArticles(), 0);
  assert.deepEqual(store.search({ text: 'Lukasenko' }), []);
  store.close();
});

test('every field round-trips, and the original text is stored byte for byte', (t) => {
  const seeds = readSeedTexts();
  if (!seeds) return t.skip('seed articles absent (../shared/seeds)');
  const store = openStore();
  const [name, text] = [...seeds].find(([, body]) => body.includes('\u200c') || /[ی]/.test(body))!;
  const item = makeSaveItem({
    id: name,
    text,
    title: text.split('\n')[0]!,
    url: 'https://www.iranintl.com/202410020001',
    source: 'Iran International',
    publishedAt: '2024-10-02T09:30:00+03:30',
    file: `seeds/${name}`,
    language: 'fa',
  });
  store.saveBatch([item]);
  const stored = store.getArticle(name)!;
  assert.equal(stored.text, text);
  assert.equal(stored.title, text.split('\n')[0]);
  assert.equal(stored.url, 'https://www.iranintl.com/202410020001');
  assert.equal(stored.source, 'Iran International');
  assert.equal(stored.publishedAt, '2024-10-02T09:30:00+03:30');
  assert.equal(stored.publishedAtSource, 'metadata');
  assert.equal(stored.language, 'fa');
  assert.equal(stored.languageConfidence, 0.99);
  assert.equal(stored.file, `seeds/${name}`);
  assert.deepEqual(stored.record, JSON.parse(JSON.stringify(item.record)));
  assert.deepEqual(stored.analyzers, { normalize: 1 });
  assert.equal(stored.ingestedAt, '2024-10-02T12:00:01.000Z');
  store.close();
});

test('listArticles pages newest first with the same filters as search', () => {
  const store = openStore();
  const at = (id: string, publishedAt: string | undefined, language: string, source: string) =>
    makeSaveItem({ id, publishedAt, language, source, text: `${id}: Minsk și Teheran, relații bilaterale.` });
  store.saveBatch([
    at('old', '2024-10-01', 'ro', 'Digi24'),
    at('new', '2024-10-03T08:00:00Z', 'ro', 'Agerpres'),
    at('mid', '2024-10-02T23:59:59Z', 'fa', 'Digi24'),
    at('undated', undefined, 'ro', 'Digi24'),
  ]);
  assert.equal(store.countArticles(), 4);
  assert.deepEqual(store.listArticles().map((a) => a.id), ['new', 'mid', 'old', 'undated']);
  assert.deepEqual(store.listArticles({ limit: 2, offset: 1 }).map((a) => a.id), ['mid', 'old']);
  assert.deepEqual(store.listArticles({ language: 'ro' }).map((a) => a.id), ['new', 'old', 'undated']);
  assert.deepEqual(store.listArticles({ source: 'digi24' }).map((a) => a.id), ['mid', 'old', 'undated']);
  assert.deepEqual(store.listArticles({ since: '2024-10-02', until: '2024-10-02' }).map((a) => a.id), ['mid']);
  assert.deepEqual(store.listArticles({ until: '2024-10-01' }).map((a) => a.id), ['old']);
  assert.deepEqual(store.listArticles({ language: 'ru' }), []);
  store.close();
});
