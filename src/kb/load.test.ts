import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CrosswireError } from '../errors.js';
import { isActive } from './knowledge-base.js';
import { loadKnowledgeBase } from './load.js';
import { addKbFile, findKbEntries } from './user-kb.js';

const bundled = loadKnowledgeBase({ userDir: null });

test('the bundled KB finds an entity by any alias in any script, folded', () => {
  for (const alias of ['Lukashenko', 'لوكاشينكو', 'لوکاشنکو', 'Lukașenko', 'Lukaşenko', 'Лукашенко']) {
    assert.deepEqual(bundled.findByName(alias).map((e) => e.id), ['Q2866'], alias);
  }
  assert.deepEqual(bundled.findByName('بيلاروسي').map((e) => e.id), ['Q184'], 'demonyms are aliases too');
  assert.deepEqual(bundled.findByName('Lukashenkov'), [], 'no fuzzy match here');
});

test('every country has a name in each pack language, generated from CLDR', () => {
  const countries = [...bundled.entities()].filter((e) => e.iso);
  assert.ok(countries.length >= 249, `only ${countries.length} countries`);
  for (const e of countries) for (const lang of ['en', 'ar', 'fa', 'ro', 'ru']) assert.ok(e.names[lang]?.length, `${e.iso} has no ${lang} name`);
  assert.equal(bundled.findByName('Republica Moldova')[0]?.id, 'Q217');
});

test('office holders are looked up by date', () => {
  assert.deepEqual(bundled.holders('president', 'Q794', '2023-03-13').map((e) => e.id), ['x:ebrahim-raisi']);
  assert.deepEqual(bundled.holders('president', 'Q794', '2025-08-20').map((e) => e.id), ['Q5933752']);
  assert.deepEqual(bundled.holders('president', 'Q794', '2024-06-15').map((e) => e.id), ['x:mohammad-mokhber'], 'acting president between Raisi and Pezeshkian');
  assert.deepEqual(bundled.holders('president', 'Q159', '2010-01-01').map((e) => e.id), ['Q23530']);
});

test('partial dates cover their whole month or year', () => {
  assert.ok(isActive({ start: '2024-04', end: null }, '2024-04-01'));
  assert.ok(isActive({ start: null, end: '2024' }, '2024-12-31'));
  assert.ok(!isActive({ start: null, end: '2024-04' }, '2024-05-01'));
});

test('user files extend and override bundled entries by id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-kb-'));
  writeFileSync(
    join(dir, 'mine.jsonl'),
    [
      '{"id":"Q184","type":"GPE","names":{"en":["Byelorussia SSR"]},"prior":0.5}',
      '{"id":"x:ali-larijani","type":"PER","names":{"en":["Ali Larijani"],"fa":["علی لاریجانی"]}}',
    ].join('\n'),
  );
  const kb = loadKnowledgeBase({ userDir: dir });
  const belarus = kb.get('Q184')!;
  assert.equal(belarus.names.en![0], 'Byelorussia SSR', 'the user name comes first');
  assert.ok(belarus.names.en!.includes('Belarus'), 'bundled names are kept');
  assert.equal(belarus.prior, 0.5);
  assert.equal(belarus.capital, 'Q2280', 'fields the user file leaves out are kept');
  assert.deepEqual(kb.findByName('علي لاريجاني').map((e) => e.id), ['x:ali-larijani']);
  assert.equal(kb.size, bundled.size + 1);
});

test('addKbFile validates, copies into the user directory, and findKbEntries sees it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-kb-'));
  const source = join(mkdtempSync(join(tmpdir(), 'crosswire-src-')), 'people.jsonl');
  writeFileSync(source, '{"id":"x:ali-larijani","type":"PER","names":{"en":["Ali Larijani"]}}\n');
  const result = addKbFile(source, { dir });
  assert.deepEqual(result, { added: 1, file: join(dir, 'people.jsonl') });
  assert.ok(existsSync(result.file));
  assert.deepEqual(findKbEntries('Ali Larijani', { userDir: dir }).map((e) => e.id), ['x:ali-larijani']);

  const bad = join(dir, '..', 'bad.jsonl');
  writeFileSync(bad, '{"id":"x:a","type":"PER"}\n');
  assert.throws(() => addKbFile(bad, { dir }), (e: unknown) => e instanceof CrosswireError && e.code === 'KB_INVALID' && /line 1: names/.test(e.message));
  assert.throws(() => addKbFile('notes.txt', { dir }), /a \.jsonl file/);
});

test("findKbEntries also reads a word with the packs' clitics and endings", () => {
  for (const [word, id] of [['Rusiei', 'Q159'], ['وبيلاروس', 'Q184'], ['Минске', 'Q2280'], ["Iran's", 'Q794']] as const) {
    assert.ok(findKbEntries(word, { userDir: null }).some((e) => e.id === id), word);
  }
  assert.deepEqual(findKbEntries('Rusieixyz', { userDir: null }), []);
});
