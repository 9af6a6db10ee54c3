import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokens.js';

test('tokens keep original offsets and carry their folded form', () => {
  const text = 'وأوضح بيزشكيان أن “لا قيود” على تحریم‌ها.';
  const tokens = tokenize(text);
  for (const t of tokens) assert.ok(t.span.end > t.span.start);
  const words = tokens.filter((t) => t.kind === 'word');
  assert.deepEqual(words.map((t) => text.slice(t.span.start, t.span.end)), ['وأوضح', 'بيزشكيان', 'أن', 'لا', 'قيود', 'على', 'تحریم‌ها']);
  assert.equal(words.at(-1)!.norm, 'تحريمها');
  assert.deepEqual(tokens.filter((t) => t.kind === 'punct').map((t) => t.norm), ['"', '"', '.']);
});

test('numbers with separators are one number token', () => {
  const tokens = tokenize('au crescut cu 12,5% în 2025');
  assert.deepEqual(tokens.filter((t) => t.kind === 'number').map((t) => t.norm), ['12,5', '2025']);
});

test('a sub-span tokenises only that part, with offsets into the whole text', () => {
  const text = 'Путин заявил в среду.';
  const tokens = tokenize(text, { start: 6, end: 12 });
  assert.deepEqual(tokens.map((t) => [t.span.start, t.span.end, t.norm]), [[6, 12, 'заявил']]);
});

test('possessives, dotted abbreviations and ZWNJ compounds stay one token; hyphens split', () => {
  const text = "Lukashenko's U.S. visit, militaro-tehnică تحریم‌ها";
  assert.deepEqual(
    tokenize(text).map((t) => text.slice(t.span.start, t.span.end)),
    ["Lukashenko's", 'U.S', '.', 'visit', ',', 'militaro', '-', 'tehnică', 'تحریم‌ها'],
  );
});

test('scripts without spaces are split into words by the ICU dictionary', () => {
  const tokens = tokenize('普京说');
  assert.ok(tokens.length >= 2, `got ${tokens.map((t) => t.norm).join('|')}`);
  assert.equal(tokens.map((t) => t.norm).join(''), '普京说');
});

test('forms cut from the folded view equal forms folded one by one', async () => {
  const { foldText } = await import('../normalize/fold.js');
  const text = 'وأوضح بيزشكيان أنه “لا قيود” على تحریم‌ها. Lukașenko’s U.S. visit, ١٢٫٥ и\u0306од';
  const direct = tokenize(text);
  const viaMap = tokenize(text, undefined, foldText(text));
  assert.deepEqual(viaMap, direct);
});
