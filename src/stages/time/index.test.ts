import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadLanguage } from '../../languages/index.js';
import { emptyAnalysis, type Analysis } from '../../model/analysis.js';
import { createArticle } from '../../model/article.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { StageContext } from '../../pipeline/stage.js';
import { silentTrace } from '../../pipeline/trace.js';
import { foldText } from '../normalize/fold.js';
import { time } from './index.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);

function analyse(text: string, language: string, publishedAt: string | null, now: string) {
  const article = createArticle({ text, publishedAt }, 'test');
  const input: Analysis = { ...emptyAnalysis(article), language, normalized: foldText(text) };
  const diagnostics: Diagnostic[] = [];
  const nowDate = new Date(now);
  const ctx: StageContext = {
    reference: publishedAt ? new Date(publishedAt) : nowDate,
    now: nowDate,
    language: loadLanguage,
    trace: silentTrace,
    report: (d) => diagnostics.push({ ...d, stage: 'time' }),
  };
  const patch = time.run(input, ctx) as Partial<Analysis>;
  return { ...patch, diagnostics };
}

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return readFileSync(new URL(file, SEEDS), 'utf8');
}

test('seed 000: "الأربعاء" is the Wednesday of the visit, for publication on 20 or 21 August', (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/seeds absent');
  const text = seed('000');
  for (const published of ['2025-08-20', '2025-08-21']) {
    const r = analyse(text, 'ar', published, '2025-09-01T00:00:00Z');
    const wed = r.timexes!.find((x) => x.text === 'الأربعاء')!;
    assert.equal(wed.value, '2025-08-20');
    assert.equal(text.slice(wed.span.start, wed.span.end), 'الأربعاء');
    assert.equal(wed.span.start, text.indexOf('الأربعاء'));
    assert.deepEqual(wed.known, ['weekday']);
    assert.deepEqual(wed.implied, ['year', 'month', 'day']);
    assert.equal(r.eventDate, '2025-08-20');
    assert.equal(r.publishedAtSource, 'metadata');
    const january = r.timexes!.find((x) => x.text === 'يناير الماضي')!;
    assert.equal(january.value, '2025-01');
  }
});

test('seed 003: "۲۹ مرداد" is 2025-08-20 and the event date is that Wednesday', (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/seeds absent');
  const text = seed('003');
  const r = analyse(text, 'fa', '2025-08-20', '2025-09-01T00:00:00Z');
  const mordad = r.timexes!.find((x) => x.text.includes('۲۹ مرداد'))!;
  assert.equal(mordad.value, '2025-08-20');
  assert.equal(text.slice(mordad.span.start, mordad.span.end), mordad.text);
  assert.ok(mordad.known!.includes('calendar') && mordad.implied!.includes('year'));
  assert.equal(r.eventDate, '2025-08-20');
  // "جنگ ۱۲ روزه" (the 12-day war) is a duration.
  assert.ok(r.timexes!.some((x) => x.text === '۱۲ روزه' && x.value === 'P12D'));
});

test('seed 004: the dateline gives the publication date; "6 تشرين الاول /اكتوبر" keeps XXXX', (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/seeds absent');
  const text = seed('004');
  const r = analyse(text, 'ar', null, '2025-11-23T10:00:00Z');
  const oct = r.timexes!.find((x) => x.text === '6 تشرين الاول /اكتوبر')!;
  assert.equal(text.slice(oct.span.start, oct.span.end), '6 تشرين الاول /اكتوبر');
  // The year-less dateline takes the latest year on or before the run time, but that guessed year
  // is no evidence for the expression itself.
  assert.equal(oct.value, 'XXXX-10-06');
  assert.equal(r.publishedAt, '2025-10-06');
  assert.equal(r.publishedAtSource, 'dateline');
  assert.ok(r.timexes!.some((x) => x.text === 'عام 2022' && x.value === '2022'));
  // A run in early October of the next year must not date it in the future.
  const early = analyse(text, 'ar', null, '2026-10-05T10:00:00Z');
  assert.equal(early.publishedAt, '2025-10-06');
});

test('seed 002: Romanian weekday, month and "de peste 40 de ani"', (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/seeds absent');
  const text = seed('002');
  const r = analyse(text, 'ro', '2025-08-21', '2025-09-01T00:00:00Z');
  const got = r.timexes!.map((x) => [x.text, x.value]);
  assert.deepEqual(got, [['miercuri', '2025-08-20'], ['ianuarie', '2025-01'], ['de peste 40 de ani', 'P40Y']]);
});

test('publication date: metadata is kept, a future one is refused, the text is the last resort', () => {
  const meta = analyse('Talks resumed on Friday.', 'en', '2025-08-20T09:00:00Z', '2025-09-01T00:00:00Z');
  assert.equal(meta.publishedAt, '2025-08-20T09:00:00Z');
  assert.equal(meta.publishedAtSource, 'metadata');
  const future = analyse('Talks resumed.', 'en', '2030-01-01', '2025-09-01T00:00:00Z');
  assert.equal(future.publishedAtSource, 'none');
  assert.equal(future.diagnostics[0]!.code, 'time/published-at-invalid');
  const fromText = analyse('The accord of 12 March 2024 was renewed on 5 June 2025.', 'en', null, '2025-09-01T00:00:00Z');
  assert.equal(fromText.publishedAt, '2025-06-05');
  assert.equal(fromText.publishedAtSource, 'text');
  const later = analyse('The summit is planned for 5 June 2027.', 'en', null, '2025-09-01T00:00:00Z');
  assert.equal(later.publishedAt, null);
  assert.equal(later.publishedAtSource, 'none');
});

test('datelines in Russian and English', () => {
  const ru = analyse('Минск, 20 августа. /ТАСС/. Президенты Белоруссии и Ирана провели переговоры в среду.', 'ru', null, '2025-08-21T08:00:00Z');
  assert.equal(ru.publishedAt, '2025-08-20');
  assert.equal(ru.publishedAtSource, 'dateline');
  assert.equal(ru.eventDate, '2025-08-20');
  const en = analyse('MOSCOW, Oct 6 (Reuters) - Russia said on Monday it would respond.', 'en', null, '2025-10-07T00:00:00Z');
  assert.equal(en.publishedAt, '2025-10-06');
  assert.equal(en.timexes!.find((x) => x.text === 'Monday')!.value, '2025-10-06');
  // A date in the body is no dateline.
  const body = analyse('The president said that on 20 August he would travel.', 'en', null, '2025-08-21T00:00:00Z');
  assert.notEqual(body.publishedAtSource, 'dateline');
});

test('a language without a pack gets ISO and numeric dates only', () => {
  const r = analyse('Kokous pidettiin 2025-08-20 ja keskiviikkona.', 'fi', '2025-08-21', '2025-09-01T00:00:00Z');
  assert.deepEqual(r.timexes!.map((x) => [x.text, x.value]), [['2025-08-20', '2025-08-20']]);
});
