import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readFeed } from './feed.js';
import type { ArticleFields, ReaderRecord } from './record.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function fieldsOf(record: ReaderRecord | undefined): ArticleFields {
  assert.ok(record && 'fields' in record, `expected an article, got ${JSON.stringify(record)}`);
  return record.fields;
}

test('RSS: items become articles; an item without text is rejected on its own', () => {
  const records = [...readFeed(fixture('feed-rss.xml'))];
  assert.deepEqual(records.map((r) => r.index), [1, 2, 3]);
  const first = fieldsOf(records[0]);
  // content:encoded wins over description; "Читайте также" is dropped.
  assert.equal(first.text, 'Президенты Белоруссии и Ирана в среду провели переговоры в Минске.\n\nСтороны договорились подготовить договор о стратегическом партнёрстве, сообщило агентство БелТА.');
  assert.equal(first.title, 'Лукашенко и Пезешкиан договорились о стратегическом партнёрстве');
  assert.equal(first.url, 'https://news.example.ru/politics/1001');
  assert.equal(first.publishedAt, '2025-08-20T14:30:00+03:00');
  assert.equal(first.source, 'Новости Примера');
  assert.equal(first.declaredLanguage, 'ru');
  assert.deepEqual(records[1], { index: 2, failure: { reason: 'empty', detail: 'item 2 has no text (no content, description or summary)' } });
  const third = fieldsOf(records[2]);
  // Escaped HTML in <description>: entities decoded once by XML, once by HTML.
  assert.equal(third.text, 'Пезешкиан заявил, что Иран «готов помочь» Белоруссии нейтрализовать санкции.\n\nПо его словам, у Ирана более чем сорокалетний опыт в этой области.');
  assert.equal(third.url, 'https://news.example.ru/economy/1003');
  assert.equal(third.publishedAt, '2025-08-20T16:00:00+03:00');
  assert.equal(third.source, 'Агентство Пример');
});

test('Atom: alternate link, html titles, html and text content, Reuters-style credits cut', () => {
  const [first, second] = [...readFeed(fixture('feed-atom.xml'))];
  const a = fieldsOf(first);
  assert.equal(a.title, 'Belarus and Iran pledge deeper ties');
  assert.equal(a.url, 'https://wire.example.com/2025/08/20/belarus-iran');
  assert.equal(a.publishedAt, '2025-08-20T11:00:00Z');
  assert.equal(a.text, 'Belarus and Iran intend to deepen bilateral relations in all areas, including defence, their presidents said on Wednesday in Minsk.\n\nBoth countries are under Western sanctions.');
  assert.equal(a.source, 'Example Wire');
  assert.equal(a.declaredLanguage, 'en');
  const b = fieldsOf(second);
  assert.equal(b.text, 'Iran says it can help Belarus "neutralise" Western sanctions.\nIt cited more than 40 years of experience.');
  assert.equal(b.publishedAt, '2025-08-20T13:00:00Z');
});

test('Atom xhtml content is rebuilt and read as HTML', () => {
  const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>T</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph.</p><p>Second paragraph.</p></div></content></entry></feed>';
  assert.equal(fieldsOf([...readFeed(xml)][0]).text, 'First paragraph.\n\nSecond paragraph.');
});

test('broken XML is one malformed rejection naming line and column', () => {
  const records = [...readFeed(fixture('broken-feed.xml'))];
  assert.equal(records.length, 1);
  assert.ok('failure' in records[0]!);
  assert.equal(records[0].index, null);
  assert.equal(records[0].failure.reason, 'malformed');
  assert.match(records[0].failure.detail, /^XML error at line 12, column 1: /);
});

test('a feed without items is empty; other XML is unsupported', () => {
  assert.deepEqual([...readFeed('<rss version="2.0"><channel><title>x</title></channel></rss>')], [
    { index: null, failure: { reason: 'empty', detail: 'the feed has no items' } },
  ]);
  assert.equal(([...readFeed('<urlset><url><loc>https://x</loc></url></urlset>')][0] as { failure: { reason: string } }).failure.reason, 'unsupported');
});
