import { loadAllLanguages } from '../../languages/index.js';
import { MappedTextBuilder, type MappedText } from '../../model/offset-map.js';

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
    if (/\p{M}/u.test(part)) {
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
  const builder = new MappedTextBuilder(text.length);
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Fast path: ASCII other than the backtick (a quote mark) only lower-cases, and a following
    // combining mark would make it a cluster.
    if (code < 0x80 && code !== 0x60 && !(text.charCodeAt(i + 1) >= 0x300 && COMBINING.test(text[i + 1]!))) {
      builder.pushUnit(ASCII_LOWER[code]!, i);
      i++;
      continue;
    }
    const end = clusterEnd(text, i);
    builder.push(foldCodePoint(text.slice(i, end)), i, end);
    i = end;
  }
  return builder.build(text.length);
}

/**
 * The matching form of a string, without the offset map (for queries and lexicon keys).
 * @example normalizeForMatch('رئيس') === normalizeForMatch('رییس') // true
 */
export function normalizeForMatch(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const end = clusterEnd(text, i);
    out += foldCodePoint(text.slice(i, end));
    i = end;
  }
  return out;
}

const COMBINING = /\p{M}/u;

const ASCII_LOWER = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase());

// End of the cluster starting at `i`: one code point plus any combining marks that follow it.
function clusterEnd(text: string, i: number): number {
  let end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
  while (end < text.length) {
    const code = text.charCodeAt(end);
    // Every combining mark is at U+0300 or above; the cheap test spares the regex for ASCII.
    if (code < 0x300 || !COMBINING.test(text[end]!)) break;
    end++;
  }
  return end;
}
