import { loadAllLanguages } from '../../languages/index.js';
import type { MappedText } from '../../model/offset-map.js';

/**
 * Folding for matching: the same name written with any letter variant, diacritic, digit system,
 * ZWNJ or quotation mark folds to one string. The original is untouched; the result maps back.
 */

// Removed outright: tatweel (U+0640), ZWNJ/ZWJ (Persian compounds match with or without them),
// bidi marks and the BOM. Combining marks are handled separately.
const DROPPED = new Set(['\u0640', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\ufeff', '\u00ad']);

// Every quotation mark folds to one, so quote-aware matching need not list variants.
const QUOTES: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2039': '"', '\u203a': '"', '\u300c': '"', '\u300d': '"', '\u2018': "'", '\u2019': "'",
  '\u201a': "'", '\u201b': "'", '\u02bc': "'", '\u00b4': "'", '\u0060': "'",
};

// Cyrillic й keeps its breve: dropping it would merge й with и (different letters).
const KEEP_MARK_AFTER = new Set(['и', 'И']);
const BREVE = '\u0306';

const COMBINING_MARK = /^\p{M}/u;

let foldTable: Map<string, string> | null = null;

// The union of all packs' folds: matching must work across languages, whatever the article's.
function letterFolds(): Map<string, string> {
  if (!foldTable) {
    foldTable = new Map();
    for (const pack of loadAllLanguages()) {
      for (const [from, to] of Object.entries(pack.info.folds)) foldTable.set(from, to);
    }
    for (const [from, to] of Object.entries(QUOTES)) foldTable.set(from, to);
  }
  return foldTable;
}

const cache = new Map<string, string>();

/** Folds one cluster (a code point and its combining marks) to its matching form; may return '' to drop it. */
export function foldCodePoint(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  const folded = computeFold(ch);
  if (cache.size < 65536) cache.set(ch, folded);
  return folded;
}

function computeFold(ch: string): string {
  if (DROPPED.has(ch)) return '';
  const folds = letterFolds();
  const mapped = ch.length === 1 ? (folds.get(ch) ?? ch) : ch;
  // Decompose (compatibility forms too: Arabic presentation forms like "ﻻ", ligatures like "ﬁ"),
  // drop combining marks (Latin diacritics, Arabic harakat), then fold again:
  // "ș" → "s", "آ" → "ا", "ё" → "е" (via the fold table).
  const decomposed = mapped.normalize('NFKD');
  let out = '';
  for (const part of decomposed) {
    if (COMBINING_MARK.test(part)) {
      if (part === BREVE && KEEP_MARK_AFTER.has(out.slice(-1))) out += part;
      continue;
    }
    out += folds.get(part) ?? part;
  }
  return out.normalize('NFC').toLowerCase();
}

/**
 * Folds a text for matching and keeps a map back to the original offsets. A base character and the
 * combining marks after it fold as one cluster, so decomposed input ("и" + U+0306) folds like
 * precomposed input ("й").
 * @example foldText('Lukașenko').text // 'lukasenko'
 */
export function foldText(text: string): MappedText {
  const out = foldUnits(text, true);
  const origin = out.origins.slice(0, out.length + 1);
  origin[out.length] = text.length;
  return { text: unitsToString(out.units, out.length), origin };
}

/**
 * The matching form of a string, without the offset map (for queries and lexicon keys).
 * @example normalizeForMatch('رئيس') === normalizeForMatch('رییس') // true
 */
export function normalizeForMatch(text: string): string {
  const out = foldUnits(text, false);
  return unitsToString(out.units, out.length);
}

// Per-code-unit fold results, filled on first sight: a folded unit (≥ 0), DROP, MULTI (the fold
// is several units or none of the fast cases apply; see foldCodePoint) or UNSEEN. Folding runs on
// every character of every article, so the common case is two array reads, not a string and a map.
const UNSEEN = -1;
const DROP = -2;
const MULTI = -3;
const unitFold = new Int32Array(0x10000).fill(UNSEEN);

// Combining marks of the Basic Multilingual Plane, for the cluster test.
const isMark = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0x300; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) table[c] = COMBINING_MARK.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

interface FoldedUnits {
  units: Uint16Array;
  origins: Int32Array;
  length: number;
}

// Reused output buffers: folding never re-enters, and a result is copied out before the next call.
const output: FoldedUnits = { units: new Uint16Array(4096), origins: new Int32Array(4097), length: 0 };

// Folds `text` into `output`; origins are written only when asked for.
function foldUnits(text: string, withOrigins: boolean): FoldedUnits {
  reserve(text.length + 16); // folding rarely lengthens text; grown in `append` when it does
  output.length = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
    if (!isSurrogate && isMark[next] === 0) {
      let folded = unitFold[code]!;
      if (folded === UNSEEN) folded = unitFold[code] = classify(foldCodePoint(String.fromCharCode(code)));
      if (folded >= 0) {
        const n = output.length;
        output.units[n] = folded;
        if (withOrigins) output.origins[n] = i;
        output.length = n + 1;
      } else if (folded === MULTI) {
        append(foldCodePoint(String.fromCharCode(code)), i, i + 1, withOrigins);
      }
      i++;
      continue;
    }
    const end = clusterEnd(text, i);
    append(foldCodePoint(text.slice(i, end)), i, end, withOrigins);
    i = end;
  }
  return output;
}

// Appends the fold of original [start, end): a same-length replacement maps one to one, any
// other maps every unit to the cluster start.
function append(piece: string, start: number, end: number, withOrigins: boolean): void {
  reserve(output.length + piece.length + 1);
  const sameLength = piece.length === end - start;
  for (let k = 0; k < piece.length; k++) {
    const n = output.length++;
    output.units[n] = piece.charCodeAt(k);
    if (withOrigins) output.origins[n] = sameLength ? start + k : start;
  }
}

// Keeps room for `needed` units (plus the origins' end entry).
function reserve(needed: number): void {
  if (output.units.length >= needed) return;
  const size = Math.max(output.units.length * 2, needed);
  const units = new Uint16Array(size);
  units.set(output.units.subarray(0, output.length));
  const origins = new Int32Array(size + 1);
  origins.set(output.origins.subarray(0, output.length));
  output.units = units;
  output.origins = origins;
}

function classify(folded: string): number {
  if (folded.length === 0) return DROP;
  return folded.length === 1 ? folded.charCodeAt(0) : MULTI;
}

// Native decoding of the unit buffer is ~5× faster than String.fromCharCode over chunks (a lone
// surrogate, which no text should hold, becomes U+FFFD: same length, so offsets hold).
const utf16 = new TextDecoder('utf-16le');

function unitsToString(units: Uint16Array, length: number): string {
  return utf16.decode(units.subarray(0, length));
}


// End of the cluster starting at `i`: one code point plus any combining marks that follow it.
function clusterEnd(text: string, i: number): number {
  let end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isMark[code] === 0) break;
    end++;
  }
  return end;
}
