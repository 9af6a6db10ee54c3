import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeForMatch } from '../../stages/normalize/fold.js';
import { nameKey } from './name-key.js';

const key = (w: string) => nameKey(normalizeForMatch(w));

test('one name in Latin, Arabic, Persian and Cyrillic letters has one key', () => {
  for (const group of [
    ['Pezeshkian', 'بيزشكيان', 'پزشکیان', 'Пезешкиан'],
    ['Lukașenko', 'Lukashenko', 'لوكاشينكو', 'لوکاشنکو', 'Лукашенко'],
    ['Tehran', 'Teheran', 'طهران', 'تهران', 'Тегеран'],
    ['Minsk', 'مينسك', 'مینسک', 'Минск'],
  ]) {
    const keys = new Set(group.map(key));
    assert.equal(keys.size, 1, `${group.join(', ')} → ${[...keys].join(', ')}`);
  }
});

test('different names keep different keys', () => {
  assert.notEqual(key('Pezeshkian'), key('Raisi'));
  assert.notEqual(key('Minsk'), key('Moscow'));
  assert.notEqual(key('Tehran'), key('Tirana'));
});

test('words too short to be specific give no key', () => {
  assert.equal(key('a'), null);
  assert.equal(key('Io'), null);
});
