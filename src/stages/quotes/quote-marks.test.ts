import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMarkedSpans } from './quote-marks.js';

const inner = (text: string) => findMarkedSpans(text).map((m) => [text.slice(m.inner.start, m.inner.end), m.closed]);

test('Romanian low-high quotes and an attribution after them', () => {
  const text = '„Suntem pregătiți să discutăm orice subiect”, a adăugat Lukașenko.';
  assert.deepEqual(findMarkedSpans(text), [{ outer: { start: 0, end: 44 }, inner: { start: 1, end: 43 }, closed: true }]);
});

test('Arabic text with English curly quotes, several in one sentence', () => {
  const text = 'وأضاف الرئيس الإيراني موجهاً حديثه إلى “لوكاشينكو” أن “الولايات المتحدة تسعى”، بحسب وكالة “إرنا”.';
  assert.deepEqual(inner(text), [['لوكاشينكو', true], ['الولايات المتحدة تسعى', true], ['إرنا', true]]);
});

test('guillemets with a nested quote stay one quote', () => {
  const text = 'گفت: «او گفت „نه“ و رفت» سپس';
  assert.deepEqual(inner(text), [['او گفت „نه“ و رفت', true]]);
});

test('an unclosed guillemet runs to the end of its paragraph only', () => {
  const text = 'گفت: «در شرایط آشفتگی تبدیل کنند.\nلوکاشنکو هم مانند ایران';
  assert.deepEqual(inner(text), [['در شرایط آشفتگی تبدیل کنند.', false]]);
});

test('apostrophes are not quotes, single quotes are', () => {
  assert.deepEqual(inner("Trump’s aide said it's 'a big deal' today"), [['a big deal', true]]);
  assert.deepEqual(inner('He’s claiming that voting fraud is “a big, big problem in this country”'), [
    ['a big, big problem in this country', true],
  ]);
});

test('straight double quotes pair up in order', () => {
  assert.deepEqual(inner('لقاء "ألكسندر نروفسكي" بالنائب "علي باقري"'), [['ألكسندر نروفسكي', true], ['علي باقري', true]]);
});

test('no marks, no spans', () => {
  assert.deepEqual(findMarkedSpans('Путин заявил в среду, что переговоры продолжатся.'), []);
});

test('doubled apostrophes are one double mark, as in older wire copy', () => {
  const text = "integration. ''That's Mexico's vulnerability,'' said Luis Rubio.";
  assert.deepEqual(inner(text), [["That's Mexico's vulnerability,", true]]);
});

test('single guillemets and mixed pairs („…“, «…”) close their opener', () => {
  assert.deepEqual(inner('Er sagte ‹nein› und ging.'), [['nein', true]]);
  assert.deepEqual(inner('a spus „Da, vom semna“ ieri'), [['Da, vom semna', true]]);
  assert.deepEqual(inner('заявил «мы готовы” вчера'), [['мы готовы', true]]);
});
