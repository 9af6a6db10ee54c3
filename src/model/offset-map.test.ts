import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText } from '../stages/normalize/fold.js';
import { identityMap, toOriginalOffset, toOriginalSpan } from './offset-map.js';

// Finds `needle` in the folded text and maps the match back to the original.
function mapBack(original: string, needle: string) {
  const mapped = foldText(original);
  const at = mapped.text.indexOf(needle);
  assert.notEqual(at, -1, `"${needle}" not found in "${mapped.text}"`);
  const s = toOriginalSpan(mapped, { start: at, end: at + needle.length }, original);
  return original.slice(s.start, s.end);
}

test('a match in folded text maps back to the original word, ZWNJ included', () => {
  assert.equal(mapBack('سفر تحریم‌ها علیه ایران', 'تحريمها'), 'تحریم‌ها');
});

test('dropped harakat and tatweel after the match stay with its last letter', () => {
  assert.equal(mapBack('قال مُحَمَّدٌ اليوم', 'محمد'), 'مُحَمَّدٌ');
  assert.equal(mapBack('الإيرانيـة الجديدة', 'الايرانيه'), 'الإيرانيـة');
});

test('Romanian cedilla and comma-below letters map one to one', () => {
  assert.equal(mapBack('Preşedintele Lukaşenko a spus', 'lukasenko'), 'Lukaşenko');
});

test('astral characters keep their surrogate pair together', () => {
  const text = 'a 𝐀 b';
  const mapped = foldText(text);
  assert.equal(toOriginalOffset(mapped, mapped.text.length), text.length);
  assert.equal(mapBack(text, 'b'), 'b');
});

test('the identity map maps every offset to itself', () => {
  const m = identityMap('abc');
  assert.deepEqual([0, 1, 2, 3].map((i) => toOriginalOffset(m, i)), [0, 1, 2, 3]);
});
