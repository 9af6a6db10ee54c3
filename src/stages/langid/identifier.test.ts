import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { createLanguageIdentifier, type LanguageIdentifier } from './identifier.js';

// The seed articles live beside the repository, never in it.
const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

let identifier: LanguageIdentifier;
before(async () => {
  identifier = await createLanguageIdentifier();
});
after(() => identifier.dispose());

test('seed articles identify as ar, ar, ro, fa, ar with confidence ≥ 0.9', (t) => {
  if (!existsSync(SEEDS)) return t.skip(`seed articles absent at ${SEEDS}`);
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const guesses = files.map((f) => identifier.identify(readFileSync(join(SEEDS, f), 'utf8')));
  assert.deepEqual(guesses.map((g) => g.language), ['ar', 'ar', 'ro', 'fa', 'ar']);
  assert.deepEqual(guesses.map((g) => g.script), ['Arab', 'Arab', 'Latn', 'Arab', 'Arab']);
  for (const g of guesses) assert.ok(g.confidence >= 0.9, `${g.language} ${g.confidence}`);
});

test('Persian written without ZWNJ is still Persian', () => {
  const g = identifier.identify('رییسجمهور ایران در سفری به مینسک گفت که تحریمهای غرب را خنثی میکند');
  assert.deepEqual([g.language, g.script], ['fa', 'Arab']);
  assert.ok(g.confidence >= 0.9);
});

test('an Arabic sentence with no distinctive letters is still Arabic', () => {
  // No ة ي ك ى and no Persian letters: the letter rule abstains and fastText decides.
  const g = identifier.identify('قال المتحدث إن القوات أحبطت هجوما مسلحا شمال البلاد');
  assert.equal(g.language, 'ar');
});

test('Urdu and Pashto are not called Persian', () => {
  assert.equal(identifier.identify('وزیر اعظم نے کہا کہ حکومت اس مسئلے کو جلد حل کرے گی').language, 'ur');
  assert.equal(identifier.identify('ولسمشر وویل چې حکومت به دا ستونزه ژر حل کړي').language, 'ps');
});

test('Romanian with legacy cedilla ş ţ is Romanian', () => {
  const g = identifier.identify('Preşedintele a declarat că guvernul va susţine reforma justiţiei');
  assert.equal(g.language, 'ro');
  assert.ok(g.confidence >= 0.9);
});

test('short snippets', () => {
  assert.equal(identifier.identify('Președintele Lukașenko a spus').language, 'ro');
  assert.equal(identifier.identify('Путин заявил в среду').language, 'ru');
  assert.equal(identifier.identify('Путин заявил в среду').script, 'Cyrl');
});

test('text without letters is und with confidence 0', () => {
  for (const text of ['', '   \n\n ', '2024-10-06 12:30', '١٢٣ ٤٥', '!!! ... — ؟ «»']) {
    assert.deepEqual(identifier.identify(text), { language: 'und', confidence: 0, script: 'Zyyy' }, JSON.stringify(text));
  }
});

test('an ALL-CAPS English headline is English', () => {
  assert.equal(identifier.identify('STOCKS SINK AS BOND RATES JUMP ON STRONG DATA').language, 'en');
});

test('a declared language settles an ambiguous text but not a clear one', () => {
  // Two words shared by Spanish, Catalan and Romanian: neither model is sure.
  const ambiguous = identifier.identify('la categoria');
  assert.ok(ambiguous.language === 'und' || ambiguous.confidence < 0.8, JSON.stringify(ambiguous));
  assert.equal(identifier.identify('la categoria', 'ro').language, 'ro');
  assert.equal(identifier.identify('The president said on Wednesday that talks would resume', 'ro').language, 'en');
});
