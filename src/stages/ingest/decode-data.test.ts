import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { removeBoilerplate } from './boilerplate.js';
import { decodeBytes } from './decode.js';

/**
 * Decoding and boilerplate over the labelled cross-language texts (../shared/data, never copied
 * here): every text is written in the legacy encodings its language used, then decoded blind.
 * Figures are in docs/quality.md (## Ingest); the floors below sit just under them.
 */

const DATA = resolve(import.meta.dirname, '../../../../shared/data/stories/xling-dev.jsonl');

const LEGACY: Readonly<Record<string, readonly string[]>> = {
  ar: ['windows-1256'], fa: ['windows-1256'], ru: ['windows-1251', 'koi8-r'], ro: ['iso-8859-2', 'windows-1250'], en: ['windows-1252'],
};

interface Row {
  readonly id: string;
  readonly lang: string;
  readonly text: string;
}

// How pre-Unicode files wrote these languages: Persian with Arabic yeh and ASCII digits (windows-1256
// has neither ی nor Eastern digits), Romanian with cedilla ş ţ. Other characters the encoding lacks
// become spaces, so that the test asks only about decoding.
function toLegacyText(row: Row, encoding: string): string {
  let text = row.text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  text = text.replace(/ی/g, 'ي').replace(/ș/g, 'ş').replace(/ț/g, 'ţ').replace(/Ș/g, 'Ş').replace(/Ț/g, 'Ţ');
  let out = '';
  for (const ch of text) out += representable(ch, encoding) ? ch : ' ';
  return out;
}

const representableCache = new Map<string, boolean>();

function representable(ch: string, encoding: string): boolean {
  const key = `${encoding}:${ch}`;
  let known = representableCache.get(key);
  if (known === undefined) {
    known = iconv.decode(iconv.encode(ch, encoding), encoding) === ch;
    representableCache.set(key, known);
  }
  return known;
}

function accuracy(rows: readonly Row[], length: number): { correct: number; total: number } {
  let correct = 0;
  let total = 0;
  for (const row of rows) {
    for (const encoding of LEGACY[row.lang] ?? []) {
      const text = toLegacyText(row, encoding).slice(0, length);
      if (!/[^\x00-\x7f]/.test(text)) continue; // pure ASCII decodes the same in every encoding
      const result = decodeBytes(iconv.encode(text, encoding));
      total++;
      if ('text' in result && result.text === text) correct++;
    }
  }
  return { correct, total };
}

function loadRows(): Row[] {
  const rows = readFileSync(DATA, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Row);
  // One WMT21 Russian text in the data is itself mojibake (windows-1251 read as Latin-1): not Russian.
  return rows.filter((row) => row.lang !== 'ru' || /[а-я]/.test(row.text));
}

test('legacy encodings of 534 news texts decode exactly, whole and cut to 60 characters', (t) => {
  if (!existsSync(DATA)) return t.skip('../shared/data/stories/xling-dev.jsonl absent');
  const rows = loadRows();
  const whole = accuracy(rows, Infinity);
  const short = accuracy(rows, 60);
  t.diagnostic(`whole texts ${whole.correct}/${whole.total}, 60 characters ${short.correct}/${short.total}`);
  assert.ok(whole.correct / whole.total >= 0.995, `whole texts ${whole.correct}/${whole.total}`);
  assert.ok(short.correct / short.total >= 0.995, `60 characters ${short.correct}/${short.total}`);
});

test('boilerplate removal leaves clean news texts untouched', (t) => {
  if (!existsSync(DATA)) return t.skip('../shared/data/stories/xling-dev.jsonl absent');
  const touched = loadRows().filter((row) => removeBoilerplate(row.text).removedChars > 0).map((row) => row.id);
  assert.deepEqual(touched, []);
});
