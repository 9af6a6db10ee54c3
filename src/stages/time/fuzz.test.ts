import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTimexes } from './extract.js';
import { createRandom as prng } from '../../util/random.js';

/**
 * Random and adversarial input must never throw and must finish: the engine is token-based and
 * linear (no regex runs over the whole text), so these also guard against catastrophic backtracking.
 * A seeded PRNG keeps failures reproducible; nothing here asserts on wall time.
 */


const PIECES = [
  '29', '۲۹', '٢٠٢٥', '2025', '/', '-', '.', ':', ',', ' ', '\n', 'مرداد', 'تشرين', 'الاول', 'اكتوبر', 'الأربعاء',
  'الماضي', 'والعشرين', 'الحادي', 'هـ', 'ش', 'م', 'январе', 'прошлую', 'среду', 'назад', 'de peste', 'ani', 'luna',
  'trecută', 'last', 'week', 'Oct.', 'the', 'third', 'quarter', 'ago', 'every', 'a.m.', '\u200c', '\u064b', 'ـ',
  '(', ')', '🙂', '\ud800', 'x', 'ß', 'İ', '١٤٤٧', 'محرم', 'سال', 'پیش',
];

function randomText(rand: () => number, pieces: number): string {
  let out = '';
  for (let i = 0; i < pieces; i++) out += PIECES[Math.floor(rand() * PIECES.length)]!;
  return out;
}

function check(text: string, language: string): void {
  const found = extractTimexes(text, language, new Date('2025-08-20T12:00:00Z'));
  for (const t of found) {
    assert.ok(t.span.start >= 0 && t.span.end <= text.length && t.span.start < t.span.end);
    assert.equal(text.slice(t.span.start, t.span.end), t.text);
    assert.ok(t.value.length > 0);
  }
}

test('random mixtures of time words, digits and scripts', () => {
  const rand = prng(20250820);
  for (let n = 0; n < 300; n++) check(randomText(rand, 1 + Math.floor(rand() * 40)), ['ar', 'fa', 'ro', 'en', 'ru', 'und'][n % 6]!);
});

test('adversarial shapes: digit runs, repeated month names, long separators, 100 KB inputs', () => {
  const inputs = [
    '9'.repeat(100_000),
    '1/'.repeat(50_000),
    '2025-'.repeat(20_000),
    'مرداد '.repeat(16_000),
    '۲۹ مرداد ۱۴۰۴ '.repeat(7_000),
    'كانون '.repeat(16_000) + 'الثاني',
    'last last last '.repeat(6_000) + 'week',
    'de peste de peste '.repeat(5_000) + '40 de ani',
    '6 تشرين الاول /اكتوبر/'.repeat(5_000),
    'в прошлую '.repeat(10_000) + 'среду',
    '\u064b'.repeat(100_000),
    ' '.repeat(100_000),
    'a.m. '.repeat(20_000),
  ];
  // Each shape in two languages in turn, to keep the suite fast; every pack meets every shape over the list.
  const langs = ['ar', 'fa', 'ro', 'en', 'ru'];
  inputs.forEach((text, n) => {
    check(text, langs[n % 5]!);
    check(text, langs[(n + 2) % 5]!);
  });
});

test('a 100 KB random article in every language', () => {
  const rand = prng(7);
  const text = randomText(rand, 25_000).slice(0, 100_000);
  for (const lang of ['ar', 'ru', 'und']) check(text, lang);
});
