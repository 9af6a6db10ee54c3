import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAllLanguages, loadLanguage } from '../../languages/index.js';
import { createStopwordScreen } from './screen.js';

const packs = loadAllLanguages();
const whole = (text: string) => ({ start: 0, end: text.length });
const RO = 'Agenția de presă de stat din Belarus a relatat că președinții au convenit să lucreze la un tratat de parteneriat strategic.';
const EN = 'The state news agency of Belarus reported that the presidents had agreed to work on a treaty of strategic partnership.';

test('a Romanian paragraph passes the Romanian screen, an English one does not', () => {
  const ro = createStopwordScreen(loadLanguage('ro'), packs)!;
  assert.equal(ro.passes(RO, whole(RO)), true);
  assert.equal(ro.passes(EN, whole(EN)), false);
});

test('the English screen is the mirror image', () => {
  const en = createStopwordScreen(loadLanguage('en'), packs)!;
  assert.equal(en.passes(EN, whole(EN)), true);
  assert.equal(en.passes(RO, whole(RO)), false);
});

test('Romanian without diacritics still passes (folded stopwords)', () => {
  const plain = 'Agentia de presa de stat din Belarus a relatat ca presedintii au convenit sa lucreze la un tratat.';
  assert.equal(createStopwordScreen(loadLanguage('ro'), packs)!.passes(plain, whole(plain)), true);
});

test('only the span is screened; text without words fails', () => {
  const text = `${EN}\n\n${RO}`;
  const ro = createStopwordScreen(loadLanguage('ro'), packs)!;
  assert.equal(ro.passes(text, { start: 0, end: EN.length }), false);
  assert.equal(ro.passes(text, { start: EN.length + 2, end: text.length }), true);
  assert.equal(ro.passes('2024 — 15:30', whole('2024 — 15:30')), false);
});
