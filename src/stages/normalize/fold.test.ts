import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldText, normalizeForMatch } from './fold.js';

const same = (a: string, b: string) => assert.equal(normalizeForMatch(a), normalizeForMatch(b), `${a} ≠ ${b}`);
const differ = (a: string, b: string) => assert.notEqual(normalizeForMatch(a), normalizeForMatch(b), `${a} = ${b}`);

test('Arabic and Persian letter variants fold together', () => {
  same('رئيس', 'رییس');
  same('لوكاشينكو', 'لوکاشینکو');
  same('إيران', 'ايران');
  same('الإيرانية', 'الايرانيه');
  same('مصطفى', 'مصطفي');
});

test('ZWNJ, tatweel and harakat do not matter', () => {
  same('تحریم‌ها', 'تحریمها');
  same('رئیس‌جمهور', 'رئیسجمهور');
  same('العـــلاقات', 'العلاقات');
  same('مُحَمَّد', 'محمد');
});

test('digits of every system read as ASCII', () => {
  assert.equal(normalizeForMatch('۲۹ مرداد ۱۴۰۴'), '29 مرداد 1404');
  assert.equal(normalizeForMatch('٦ تشرين'), '6 تشرين');
});

test('Latin diacritics and Romanian cedillas fold; Russian ё folds but й stays', () => {
  same('Lukașenko', 'Lukasenko');
  same('Lukaşenko', 'LUKAȘENKO');
  same('Ёлка', 'елка');
  differ('май', 'маи');
});

test('quotation marks of every style fold to one', () => {
  assert.equal(normalizeForMatch('«a» „b” “c”'), '"a" "b" "c"');
});

test('the map has one entry per folded unit plus the end', () => {
  const text = 'Iranul şi تحریم‌ها';
  const m = foldText(text);
  assert.equal(m.origin.length, m.text.length + 1);
  assert.equal(m.origin[m.text.length], text.length);
  for (let i = 1; i < m.origin.length; i++) assert.ok(m.origin[i]! >= m.origin[i - 1]!, 'offsets never go backwards');
});

test('decomposed input folds like precomposed input', () => {
  same('и\u0306од', 'йод');
  same('s\u0326', 'ș');
  assert.equal(foldText('и\u0306од').text, 'йод');
});

test('compatibility forms fold to their letters', () => {
  same('ﻻ', 'لا');
  same('ﬁnance', 'finance');
});
