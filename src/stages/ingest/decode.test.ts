import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { scoreDecoding } from './charset-score.js';
import { decodeBytes, findDeclaredCharset, type DecodedText } from './decode.js';
import type { Failure } from './failure.js';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');
const HAS_SEEDS = existsSync(SEEDS);

// Real news sentences, written as legacy encodings could hold them: Romanian with cedilla ş ţ
// (ISO-8859-2 and windows-1250 have no comma-below ș ț), Persian with Arabic yeh ي (windows-1256
// has no Persian ی), as such files were written before Unicode.
// KOI8-R has no guillemets, so the Russian sentence quotes with ASCII marks as KOI8-R texts did.
const RUSSIAN = 'Президент Белоруссии Александр Лукашенко заявил в среду, что Минск и Тегеран будут развивать "стратегическое партнёрство".';
const RUSSIAN_1251 = 'Переговоры продолжатся, заявил в среду «источник» в администрации президента — сообщает агентство.';
const RUSSIAN_HEADLINE = 'Лукашенко встретился с Пезешкианом в Минске';
const ROMANIAN = 'Preşedintele Lukaşenko a declarat miercuri că relaţiile cu Iranul se vor aprofunda în toate domeniile, inclusiv în apărare.';
const ARABIC = 'قال الرئيسان البيلاروسي ألكسندر لوكاشينكو والإيراني مسعود بيزشكيان، الأربعاء، إن البلدين يعتزمان تعزيز العلاقات “في كل المجالات”.';
const PERSIAN = 'مسعود پزشكيان روز چهارشنبه در مينسک با الکساندر لوکاشنکو ديدار و درباره تحريم‌ها گفتگو کرد.';

function decoded(result: DecodedText | Failure): DecodedText {
  assert.ok('text' in result, `expected text, got ${JSON.stringify(result)}`);
  return result;
}

function failure(result: DecodedText | Failure): Failure {
  assert.ok('reason' in result, `expected a failure, got encoding ${'encoding' in result ? result.encoding : '?'}`);
  return result;
}

// Encodes with iconv-lite and checks the sample survives the encoding (no '?' substitutions).
function encodeExactly(text: string, encoding: string): Buffer {
  const bytes = iconv.encode(text, encoding);
  assert.equal(iconv.decode(bytes, encoding), text, `test text not representable in ${encoding}`);
  return bytes;
}

for (const [name, text, encodings] of [
  ['Russian', RUSSIAN, ['windows-1251', 'koi8-r']],
  ['a Russian headline', RUSSIAN_HEADLINE, ['windows-1251', 'koi8-r']],
  ['Russian with guillemets and a dash', RUSSIAN_1251, ['windows-1251']],
  ['Romanian', ROMANIAN, ['iso-8859-2', 'windows-1250']],
  ['Arabic', ARABIC, ['windows-1256']],
  ['Persian', PERSIAN, ['windows-1256']],
] as const) {
  for (const encoding of encodings) {
    test(`${name} in ${encoding} decodes exactly`, () => {
      const result = decoded(decodeBytes(encodeExactly(text, encoding)));
      assert.equal(result.text, text);
      // ISO-8859-2 and windows-1250 agree on every byte of this sentence, so either is right.
      if (encoding === 'iso-8859-2' || encoding === 'windows-1250') assert.match(result.encoding, /^(iso-8859-2|windows-1250)$/);
      else assert.equal(result.encoding, encoding);
    });
  }
}

test('Romanian with „…” quotes is windows-1250, not ISO-8859-2 (whose 0x84 is a C1 control)', () => {
  const text = '„Suntem pregătiţi să ne extindem cooperarea”, a declarat Lukaşenko.';
  const result = decoded(decodeBytes(encodeExactly(text, 'windows-1250')));
  assert.equal(result.text, text);
  assert.equal(result.encoding, 'windows-1250');
});

test('seed articles survive a round trip through their legacy encodings', (t) => {
  if (!HAS_SEEDS) return t.skip('../shared/seeds absent');
  const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
  const arabic = seed('000_55d3b1c5a80e4628.txt');
  assert.equal(decoded(decodeBytes(encodeExactly(arabic, 'windows-1256'))).text, arabic);
  // Legacy Persian: Arabic yeh, and ASCII digits (windows-1256 has neither ی nor Eastern digits).
  const persian = seed('003_8e6abbce684b6d74.txt')
    .replace(/ی/g, 'ي')
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  assert.equal(decoded(decodeBytes(encodeExactly(persian, 'windows-1256'))).text, persian);
  // Legacy Romanian: cedilla letters and ASCII dashes and quotes (ISO-8859-2 has no „ ” –).
  const romanian = seed('002_675631768e0e57dd.txt').replace(/ș/g, 'ş').replace(/ț/g, 'ţ');
  assert.equal(decoded(decodeBytes(encodeExactly(romanian, 'windows-1250'))).text, romanian);
  const plain = romanian.replace(/[„”]/g, '"').replace(/–/g, '-');
  assert.equal(decoded(decodeBytes(encodeExactly(plain, 'iso-8859-2'))).text, plain);
});

test('UTF-8 with and without BOM, and UTF-16 with BOM', () => {
  const text = 'Lukașenko: «Минск» — مينسك';
  assert.deepEqual(decodeBytes(Buffer.from(text, 'utf8')), { text, encoding: 'utf-8' });
  assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])), { text, encoding: 'utf-8' });
  assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), { text, encoding: 'utf-16le' });
  const be = Buffer.from(text, 'utf16le').swap16();
  assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text, encoding: 'utf-16be' });
});

test('a declared charset settles what the letters alone cannot', () => {
  // An all-capitals abbreviation in KOI8-R reads as a plausible lower-case word in windows-1251.
  const bytes = encodeExactly('КГБ', 'koi8-r');
  assert.notEqual(decoded(decodeBytes(bytes)).text, 'КГБ');
  assert.deepEqual(decodeBytes(bytes, { declared: 'koi8-r' }), { text: 'КГБ', encoding: 'koi8-r' });
  const html = encodeExactly('<meta charset="koi8-r"><p>КГБ</p>', 'koi8-r');
  assert.equal(findDeclaredCharset(html), 'koi8-r');
});

test('findDeclaredCharset reads XML declarations and maps latin1 to windows-1252 (WHATWG)', () => {
  assert.equal(findDeclaredCharset(Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss/>')), 'windows-1256');
  assert.equal(findDeclaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')), 'windows-1252');
  assert.equal(findDeclaredCharset(Buffer.from('<meta charset="no-such-charset">')), null);
  assert.equal(findDeclaredCharset(Buffer.from('plain text, charset=koi8-r mentioned in prose')), null);
});

test('UTF-8 with one cut character stays UTF-8 (a U+FFFD at the cut), not windows-1252 mojibake', () => {
  const text = 'Лукашенко заявил в среду, что переговоры продолжатся. '.repeat(3);
  const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xd0])]);
  const result = decoded(decodeBytes(bytes));
  assert.equal(result.encoding, 'utf-8');
  assert.equal(result.text, `${text}\ufffd`);
});

test('bytes that no encoding reads as text are undecodable', () => {
  // Continuation bytes with no lead byte: invalid UTF-8; box drawing in KOI8-R, C1 controls in
  // ISO-8859-2, unassigned bytes in windows-1251/1252, symbol soup in windows-1256.
  const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => 0x80 + (i % 64)));
  assert.equal(failure(decodeBytes(bytes)).reason, 'undecodable');
});

test('NUL bytes and control characters are binary; nothing or white space is empty', () => {
  assert.equal(failure(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]))).reason, 'binary');
  assert.equal(failure(decodeBytes(Buffer.from('\x01\x02\x03\x04\x05abc\x06\x07\x08', 'latin1'))).reason, 'binary');
  assert.equal(failure(decodeBytes(Buffer.alloc(0))).reason, 'empty');
  assert.equal(failure(decodeBytes(Buffer.from(' \n\t\r\n  '))).reason, 'empty');
  // A UTF-16 file holding only a BOM and spaces is empty too.
  assert.equal(failure(decodeBytes(Buffer.from([0xff, 0xfe, 0x20, 0x00]))).reason, 'empty');
});

test('scoreDecoding ranks a correct reading above mojibake and rejects C1 controls', () => {
  const bytes = encodeExactly(RUSSIAN, 'koi8-r');
  assert.ok(scoreDecoding(iconv.decode(bytes, 'koi8-r')) > scoreDecoding(iconv.decode(bytes, 'windows-1251')));
  assert.equal(scoreDecoding('text \u0084 with a C1 control'), -Infinity);
  assert.equal(scoreDecoding('plain ASCII'), 0);
});
