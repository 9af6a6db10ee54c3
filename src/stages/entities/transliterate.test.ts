import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameKey, provisionalId, romanize, wordSkeleton } from './transliterate.js';

test('one name in four scripts gives one key', () => {
  for (const group of [
    ['بيزشكيان', 'پزشکیان', 'Pezeshkian', 'Пезешкиан'],
    ['لوكاشينكو', 'لوکاشنکو', 'Lukașenko', 'Lukashenko', 'Лукашенко'],
    ['ناصر كنعاني', 'ناصر کنعانی', 'Nasser Kanaani', 'Насер Канани'],
    ['Vladimir Putin', 'فلاديمير بوتين', 'ولادیمیر پوتین', 'Владимир Путин'],
    ['Javad', 'جواد', 'Джавад'],
  ]) {
    const keys = new Set(group.map(nameKey));
    assert.equal(keys.size, 1, `${group.join(' / ')} → ${[...keys].join(', ')}`);
  }
});

test('different names keep different keys', () => {
  assert.notEqual(nameKey('Pezeshkian'), nameKey('Putin'));
  assert.notEqual(nameKey('بوتين'), nameKey('بايدن'));
  assert.notEqual(nameKey('Lavrov'), nameKey('Lukashenko'));
});

test('articles, hyphens and particles do not change the key', () => {
  assert.equal(nameKey('Bashar al-Assad'), nameKey('بشار الأسد'));
  assert.equal(nameKey('Mohammed bin Salman'), nameKey('Mohammed Salman'));
});

test('Arabic و and ي are consonants word-initially and before alef, vowels elsewhere', () => {
  assert.equal(romanize('وليد'), 'vlid');
  assert.equal(romanize('جواد'), 'jvad');
  assert.equal(romanize('لوكاشينكو'), 'lukashinku');
  assert.equal(wordSkeleton('تهران'), wordSkeleton('Tehran'), 'ت+ه is not the digraph th');
});

test('provisional ids are x: plus the key', () => {
  assert.equal(provisionalId('Ali Larijani'), 'x:l-lrkn');
  assert.equal(provisionalId('علي لاريجاني'), 'x:l-lrkn');
  assert.equal(provisionalId('…'), 'x:unknown');
});
