import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLanguage } from '../../languages/index.js';
import { normalizeForMatch } from '../normalize/fold.js';
import { compileClitics, tokenVariants } from './variants.js';

const vocab = (...words: string[]) => new Set(words.map(normalizeForMatch));
const forms = (word: string, code: string, ...names: string[]) =>
  tokenVariants(normalizeForMatch(word), compileClitics(loadLanguage(code)), vocab(...names)).map((v) => [v.form, v.cutStart, v.cutEnd, v.inflected]);

test('Arabic proclitics are cut (and counted), alone or stacked', () => {
  assert.deepEqual(forms('وبيلاروس', 'ar', 'بيلاروس'), [['بيلاروس', 1, 0, false]]);
  assert.deepEqual(forms('للإيراني', 'ar', 'إيراني'), [['ايراني', 2, 0, false]]);
  assert.deepEqual(forms('والإيرانيين', 'ar', 'إيراني'), [['ايراني', 3, 0, true]], 'proclitic and plural ending together');
});

test('Arabic: a stem shorter than minStem is never produced', () => {
  assert.deepEqual(forms('بل', 'ar', 'ل'), []);
});

test('Persian enclitics are detachable (cut from the end), with or without ZWNJ', () => {
  assert.deepEqual(forms('آمریکایی‌ها', 'fa', 'آمریکایی'), [['امريكايي', 0, 2, false]]);
  assert.deepEqual(forms('آمریکاییها', 'fa', 'آمریکایی'), [['امريكايي', 0, 2, false]]);
  assert.deepEqual(forms('ایرانگردی', 'fa', 'ایران'), [], 'گردی is no clitic');
});

test('Romanian and Russian endings are replaced, not cut', () => {
  assert.deepEqual(forms('Rusiei', 'ro', 'Rusia'), [['rusia', 0, 0, true]]);
  assert.deepEqual(forms('Iranului', 'ro', 'Iran'), [['iran', 0, 0, true]]);
  assert.deepEqual(forms('Белоруссии', 'ru', 'Белоруссия'), [['белоруссия', 0, 0, true]]);
  assert.deepEqual(forms('иранского', 'ru', 'иранский'), [['иранскии\u0306'.normalize('NFC'), 0, 0, true]]);
});

test('English possessive is detachable', () => {
  assert.deepEqual(forms("Iran's", 'en', 'Iran'), [['iran', 0, 2, false]]);
  assert.deepEqual(forms('Iran’s', 'en', 'Iran'), [['iran', 0, 2, false]]);
});
