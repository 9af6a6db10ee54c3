import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readJsonLines } from './jsonl.js';
import type { ArticleFields, ReaderRecord } from './record.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function fieldsOf(record: ReaderRecord | undefined): ArticleFields {
  assert.ok(record && 'fields' in record, `expected an article, got ${JSON.stringify(record)}`);
  return record.fields;
}

function failureOf(record: ReaderRecord | undefined) {
  assert.ok(record && 'failure' in record, `expected a failure, got ${JSON.stringify(record)}`);
  return record.failure;
}

test('each line is a record numbered by its line; bad lines fail alone', () => {
  const records = [...readJsonLines(fixture('articles.jsonl'))];
  // Line 2 is blank and skipped, but keeps its number.
  assert.deepEqual(records.map((r) => r.index), [1, 3, 4, 5, 6, 7]);
  const ro = fieldsOf(records[0]);
  assert.deepEqual(
    { ...ro },
    {
      id: 'ro-1',
      text: 'Președintele Lukașenko a spus miercuri că relațiile cu Iranul se vor aprofunda.',
      title: 'Acord Iran–Belarus',
      url: 'https://stiri.example.ro/1',
      source: 'Știri Exemplu',
      publishedAt: '2025-08-20T14:30:00+03:00',
      publishedAtSource: 'metadata',
      declaredLanguage: 'ro',
    },
  );
  assert.equal(failureOf(records[1]).reason, 'malformed');
  assert.match(failureOf(records[1]).detail, /^line 3 is not JSON: Unexpected token/);
  assert.deepEqual(failureOf(records[2]), { reason: 'malformed', detail: 'line 4: needs a "text" or an "html" field' });
  assert.deepEqual(failureOf(records[4]), { reason: 'malformed', detail: 'line 6: publishedAt "not a date" is not a date' });
  assert.equal(fieldsOf(records[5]).declaredLanguage, 'en');
});

test('an html field goes through the HTML extractor; given fields win over the page', () => {
  const fa = fieldsOf([...readJsonLines(fixture('articles.jsonl'))][3]);
  assert.equal(fa.text, 'مسعود پزشکیان روز چهارشنبه در مینسک با الکساندر لوکاشنکو دیدار کرد.\n\nدو طرف درباره همکاری‌های اقتصادی گفتگو کردند.');
  assert.equal(fa.title, 'سفر پزشکیان به مینسک');
  assert.equal(fa.source, 'خبرگزاری نمونه');
  assert.equal(fa.declaredLanguage, 'fa');
});

test('text is kept verbatim, white space included', () => {
  const [record] = [...readJsonLines('{"text":"  Minsk, 20 August.\\n\\nTalks went on. \\n","id":7}')];
  assert.deepEqual([fieldsOf(record).text, fieldsOf(record).id], ['  Minsk, 20 August.\n\nTalks went on. \n', '7']);
});

test('a wrong type is malformed with the field named', () => {
  const [record] = [...readJsonLines('{"text":"Body","title":42}\n')];
  assert.equal(failureOf(record).reason, 'malformed');
  assert.match(failureOf(record).detail, /^line 1: "title": /);
  assert.match(failureOf([...readJsonLines('"just a string"\n')][0]).detail, /^line 1: /);
});

test('a JSON array (or one pretty-printed object) is read record by record', () => {
  const records = [...readJsonLines('[\n {"text":"First article."},\n {"title":"no text"}\n]\n')];
  assert.equal(fieldsOf(records[0]).text, 'First article.');
  assert.deepEqual(failureOf(records[1]), { reason: 'malformed', detail: 'record 2: needs a "text" or an "html" field' });
  const single = [...readJsonLines('{\n  "text": "One article."\n}\n')];
  assert.deepEqual([single.length, fieldsOf(single[0]).text, single[0]!.index], [1, 'One article.', 1]);
});
