import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimexes } from './extract.js';

const REF = new Date('2025-08-20T12:00:00Z'); // a Wednesday

function one(text: string, language: string, anchor: Date | null = REF) {
  const found = extractTimexes(text, language, anchor);
  assert.equal(found.length, 1, `one expression in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((t) => t.text))}`);
  return found[0]!;
}

test('spans are in original offsets across folded letters, diacritics and Eastern digits', () => {
  const text = 'وفي يومِ ٢٠ آبَ ٢٠٢٥م وصل';
  const t = one(text, 'ar');
  assert.equal(t.text, '٢٠ آبَ ٢٠٢٥م');
  assert.deepEqual(t.span, { start: text.indexOf('٢٠'), end: text.indexOf(' وصل') });
  assert.equal(t.value, '2025-08-20');
  assert.deepEqual(t.known, ['year', 'month', 'day']);
  assert.deepEqual(t.implied, []);
});

test('a proclitic glued to a weekday stays outside the span', () => {
  const text = 'وصل الوفد والأربعاء كان';
  const t = one(text, 'ar');
  assert.equal(t.text, 'الأربعاء');
  assert.equal(t.span.start, text.indexOf('الأربعاء'));
});

test('Levantine, Egyptian and Maghrebi names of one month agree', () => {
  for (const name of ['تشرين الأول', 'أكتوبر', 'اكتوبر']) assert.equal(one(`في 6 ${name} 2025`, 'ar').value, '2025-10-06');
  assert.equal(one('في 3 فيفري 2024', 'ar').value, '2024-02-03');
  assert.equal(one('في 3 شباط 2024', 'ar').value, '2024-02-03');
  const double = one('أكتوبر (تشرين الأول) 2025', 'ar');
  assert.equal(double.text, 'أكتوبر (تشرين الأول) 2025');
  assert.equal(double.value, '2025-10');
});

test('Russian month names in every case', () => {
  assert.equal(one('в январе 2025 года', 'ru').value, '2025-01');
  assert.equal(one('с 5 января 2025 года', 'ru').value, '2025-01-05');
  assert.equal(one('январь 2024', 'ru').value, '2024-01');
  assert.equal(one('к 3 декабрю 2024', 'ru').value, '2024-12-03');
});

test('Persian transliterated Gregorian months and Hijri dates', () => {
  assert.equal(one('۱۵ آگوست ۲۰۲۴', 'fa').value, '2024-08-15');
  assert.equal(one('۱۵ اوت ۲۰۲۴', 'fa').value, '2024-08-15');
  assert.equal(one('۱ رمضان ۱۴۴۶ ه.ق', 'fa').value, '2025-03-01');
  const solar = one('۱ فروردین ۱۴۰۴', 'fa');
  assert.equal(solar.value, '2025-03-21');
  assert.deepEqual(solar.known, ['year', 'month', 'day', 'calendar']);
});

test('a year-less date without an anchor stays XXXX, and weekdays become XXXX-WXX-n', () => {
  assert.equal(one('on 6 October the talks began', 'en', null).value, 'XXXX-10-06');
  assert.equal(one('on Wednesday the talks began', 'en', null).value, 'XXXX-WXX-3');
  assert.equal(extractTimexes('on 6 October', 'en', REF, { inferYear: false })[0]!.value, 'XXXX-10-06');
});

test('weekday direction: on/before the anchor in a report, after it with a future cue or "next"', () => {
  assert.equal(one('Talks ended Wednesday', 'en').value, '2025-08-20');
  assert.equal(one('Talks ended Thursday', 'en').value, '2025-08-14');
  assert.equal(one('Talks will resume Thursday', 'en').value, '2025-08-21');
  assert.equal(one('next Thursday', 'en').value, '2025-08-21');
  assert.equal(one('last Wednesday', 'en').value, '2025-08-13');
  assert.equal(one('الخميس المقبل', 'ar').value, '2025-08-21');
  assert.equal(one('سوف يزور الخميس', 'ar').value, '2025-08-21');
});

test('relative periods, shifts, durations and sets', () => {
  const cases: [string, string, string, string, string][] = [
    ['в прошлом месяце', 'ru', 'прошлом месяце', 'DATE', '2025-07'],
    ['în această săptămână', 'ro', 'această săptămână', 'DATE', '2025-W34'],
    ['العام المقبل', 'ar', 'العام المقبل', 'DATE', '2026'],
    ['پارسال', 'fa', 'پارسال', 'DATE', '2024'],
    ['three weeks ago', 'en', 'three weeks ago', 'DATE', '2025-W31'],
    ['منذ 40 عاما', 'ar', 'منذ 40 عاما', 'DATE', '1985'],
    ['more than 40 years', 'en', 'more than 40 years', 'DURATION', 'P40Y'],
    ['أكثر من أربعين عاما', 'ar', 'أكثر من أربعين عاما', 'DURATION', 'P40Y'],
    ['двадцать четыре часа', 'ru', 'двадцать четыре часа', 'DURATION', 'PT24H'],
    ['zilnic', 'ro', 'zilnic', 'SET', 'P1D'],
    ['каждую неделю', 'ru', 'каждую неделю', 'SET', 'P1W'],
    ['at 10:30 p.m.', 'en', '10:30 p.m.', 'TIME', '2025-08-20T22:30'],
    ['late November', 'en', 'late November', 'DATE', '2025-11'],
    ['أواخر أكتوبر 2024', 'ar', 'أواخر أكتوبر 2024', 'DATE', '2024-10'],
    ['now', 'en', 'now', 'DATE', 'PRESENT_REF'],
    ['two-year', 'en', 'two-year', 'DURATION', 'P2Y'],
  ];
  for (const [text, lang, surface, type, value] of cases) {
    const t = one(text, lang);
    assert.deepEqual([t.text, t.type, t.value], [surface, type, value], text);
    assert.equal(text.slice(t.span.start, t.span.end), surface);
  }
});

test('negatives: numbers, percentages, versions, ages and look-alike words', () => {
  const none: [string, string][] = [
    ['Revenue rose 12.5% to 2,025 units', 'en'],
    ['Version 10.2.1 was released', 'en'],
    ['a 6-year-old boy', 'en'],
    ['Call 020-7946-0958', 'en'],
    ['You may go', 'en'],
    ['Mai multe state', 'ro'],
    ['среда обитания', 'ru'],
    ['سجل صفر إصابات', 'ar'],
    ['مهر و محبت', 'fa'],
  ];
  for (const [text, lang] of none) assert.deepEqual(extractTimexes(text, lang, REF), [], text);
});

test('a comparison takes the granularity of the reported quarter, and says the quarter was implied', () => {
  const found = extractTimexes('Profit rose in the third quarter from $3 million a year earlier.', 'en', new Date('1989-10-26T12:00:00Z'));
  const comparison = found.find((t) => t.text === 'a year earlier')!;
  assert.equal(comparison.value, '1988-Q3');
  assert.deepEqual(comparison.implied, ['year', 'quarter']);
  // Without a quarter before it, the comparison is a whole year.
  assert.equal(one('The plant closed a year earlier.', 'en', new Date('1989-10-26T12:00:00Z')).value, '1988');
});
