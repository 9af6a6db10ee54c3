import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { loadBoilerplateMarkers, matchesMarker, removeBoilerplate } from './boilerplate.js';
import { normalizeForMatch } from '../normalize/fold.js';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

test('the seed 004 tail (end mark, related news, comment form) is cut and the body is intact', (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/seeds absent');
  const original = readFileSync(join(SEEDS, '004_5bb3f30f2253b840.txt'), 'utf8');
  const result = removeBoilerplate(original);
  const body = 'كما وقع كبار المسؤولين في إيران وبيلاروسيا، بحضور رئيسي ولوكاشينكو، وثائق التعاون بين البلدين في مختلف المجالات التجارية والنقل والزراعية والثقافية والفنية ووثيقة البرنامج التنفيذي بمناسبة الذكرى الثلاثين لتأسيس العلاقات بين البلدين.';
  assert.equal(lastLine(result.text), body);
  // A tail cut keeps the kept text a prefix of the original: every offset is the file's.
  assert.ok(original.startsWith(result.text));
  assert.doesNotMatch(result.text, /أخبار ذات صلة|تعليقك|You are replying to/);
  assert.equal(result.removedLines, 4);
  assert.equal(result.removedChars, original.length - result.text.length);
});

test('the seed 000 share line is cut; seeds without furniture are untouched', (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/seeds absent');
  const share = removeBoilerplate(readFileSync(join(SEEDS, '000_55d3b1c5a80e4628.txt'), 'utf8'));
  assert.match(lastLine(share.text)!, /عقوبات غربية غير قانونية”\.$/);
  for (const name of ['001_6b92ae3c6fbfddf2.txt', '002_675631768e0e57dd.txt', '003_8e6abbce684b6d74.txt']) {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    assert.deepEqual(removeBoilerplate(text), { text, removedChars: 0, removedLines: 0 }, name);
  }
});

const BODY = 'Belarus and Iran intend to deepen bilateral relations in all areas, including defence, their presidents said on Wednesday.';

test('a sentence that mentions comments or sharing keeps its line', () => {
  const text = [
    BODY,
    '',
    'Comments from the foreign ministry were not immediately available.',
    'Share prices in Minsk rose after the announcement.',
    'Tags were attached to the crates at the border, officials said.',
  ].join('\n');
  assert.deepEqual(removeBoilerplate(text), { text, removedChars: 0, removedLines: 0 });
});

test('a furniture word followed by a count or a colon starts a tail; phrase markers need no separator', () => {
  assert.equal(removeBoilerplate(`${BODY}\n\nComments (12)\nGreat article!`).text, `${BODY}\n\n`);
  assert.equal(removeBoilerplate(`${BODY}\n\nTags: Iran, Belarus`).text, `${BODY}\n\n`);
  assert.equal(removeBoilerplate(`${BODY}\n\nRelated articles about the visit\nMore`).text, `${BODY}\n\n`);
});

test('"Read more" lines are dropped inside the body without a double gap', () => {
  const text = `${BODY}\n\nRead more: Sanctions and the economy\n\nThe two presidents met in Minsk on Wednesday and signed several documents.`;
  const result = removeBoilerplate(text);
  assert.equal(result.text, `${BODY}\n\nThe two presidents met in Minsk on Wednesday and signed several documents.`);
  assert.equal(result.removedLines, 1);
});

test('a tail marker above the body (a share bar under the headline) drops only its line', () => {
  const text = `Headline of the story\nShare\n${BODY}\nThe talks continue.`;
  assert.equal(removeBoilerplate(text).text, `Headline of the story\n${BODY}\nThe talks continue.`);
});

test('markers match across letter variants, cedillas and ZWNJ', () => {
  const ro = `Preşedintele Lukaşenko a spus miercuri că relaţiile cu Iranul se vor aprofunda în toate domeniile.\n\nCiteşte şi: Sancţiunile occidentale\n\nAcordul va fi semnat la Teheran.`;
  assert.doesNotMatch(removeBoilerplate(ro).text, /Citeşte/);
  const fa = 'مسعود پزشکیان روز چهارشنبه در مینسک با الکساندر لوکاشنکو دیدار کرد و درباره همکاری‌های اقتصادی گفتگو کرد.\nبرچسبها: ایران، بلاروس';
  assert.equal(removeBoilerplate(fa).text, fa.slice(0, fa.indexOf('برچسبها')));
});

test('matchesMarker: equality, word boundary, and the separator rule for one-word markers', () => {
  const m = (line: string, marker: string) => matchesMarker(normalizeForMatch(line), normalizeForMatch(marker));
  assert.ok(m('تعليقك', 'تعليقك'));
  assert.ok(m('شاركها.', 'شاركها'));
  assert.ok(m('انتهی**1426', 'انتهى'));
  assert.ok(!m('انتهى الاجتماع بعد ساعتين.', 'انتهى'));
  assert.ok(!m('Commentsection', 'Comments'));
  assert.ok(m('You are replying to: .', 'You are replying to'));
  assert.ok(!m('Поделиться опытом готов и Иран.', 'Поделиться'));
});

test('every pack contributes markers, stored in matching form', () => {
  const markers = loadBoilerplateMarkers();
  for (const marker of ['اخبار ذات صله', 'انتهای پیام', 'articole similare', 'related articles', 'похожие новости']) {
    assert.ok(markers.tail.includes(normalizeForMatch(marker)), marker);
  }
  assert.ok(markers.line.includes(normalizeForMatch('Читайте также')));
});
