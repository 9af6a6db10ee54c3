import type { Token } from '../../model/analysis.js';
import type { MappedText } from '../../model/offset-map.js';
import type { Span } from '../../model/span.js';
import { normalizeForMatch } from '../normalize/fold.js';

/**
 * Word tokens following UAX #29 word boundaries for space-separated scripts. The rule is the
 * regular expression `TOKEN` below; text without surrogate pairs (nearly all news) is scanned by
 * an equivalent loop over a per-code-unit class table, which allocates nothing per character and
 * is several times faster than the expression (tokenisation runs on every article). `Intl.Segmenter`
 * gives the same boundaries but costs ~20× more; scripts written without spaces (Han, Kana, Thai,
 * Lao, Khmer, Myanmar) still go through it, as its dictionary finds their words. Offsets are into
 * the original text.
 */

// Letters, marks, digits, and ZWNJ/ZWJ (word-internal in Persian: "تحریم‌ها" is one word).
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}\\u200c\\u200d]';
// UAX #29 MidLetter/MidNumLet: an apostrophe or period between letters ("Lukashenko's", "U.S"),
// MidNum: a comma, period or Arabic separator between digits ("12,5", "٣٫٥").
const JOINER = "(?:['’.](?=[\\p{L}\\p{M}])|[.,٫٬](?=\\p{N}))";
const TOKEN = new RegExp(`${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*|\\S`, 'gu');
const NUMBER = /^\p{Nd}+(?:[.,٫٬]\p{Nd}+)*$/u;
const WORD = /[\p{L}\p{N}]/u;
const UNSPACED_PATTERN = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}]';
const UNSPACED = new RegExp(UNSPACED_PATTERN, 'u');
const SURROGATE = /[\ud800-\udfff]/;

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Tokenises `text` (or the part of it `within` covers); white space is skipped. Given the text's
 * folded view, token forms are cut from it instead of folding every token again.
 * @example tokenize('Iranul a furnizat drone.').map(t => t.norm) // ['iranul','a','furnizat','drone','.']
 */
export function tokenize(text: string, within: Span = { start: 0, end: text.length }, folded?: MappedText): Token[] {
  const norm = folded ? foldedSlicer(folded) : normalizeForMatch;
  const slice = within.start === 0 && within.end === text.length ? text : text.slice(within.start, within.end);
  return SURROGATE.test(slice) ? tokenizeByExpression(slice, within.start, norm) : tokenizeByTable(text, within, norm);
}

function tokenizeByExpression(slice: string, offset: number, norm: Normalizer): Token[] {
  const tokens: Token[] = [];
  for (const match of slice.matchAll(TOKEN)) {
    const start = offset + match.index;
    if (UNSPACED.test(match[0])) pushSegmented(match[0], start, tokens, norm);
    else tokens.push(makeToken(match[0], start, norm));
  }
  return tokens;
}

// Character classes of the Basic Multilingual Plane, one bit each, from the same Unicode
// properties as the expression.
const IS_WORD = 1;
const IS_LETTER_OR_MARK = 2;
const IS_NUMBER = 4;
const IS_DIGIT = 8;
const IS_LETTER_OR_NUMBER = 16;
const IS_SPACE = 32;
const IS_UNSPACED = 64;

const classes = (() => {
  const table = new Uint8Array(0x10000);
  const codes = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) codes[c] = c >= 0xd800 && c <= 0xdfff ? 0 : c;
  let all = '';
  for (let at = 0; at < 0x10000; at += 8192) all += String.fromCharCode.apply(null, codes.subarray(at, at + 8192) as unknown as number[]);
  const mark = (pattern: string, bit: number) => {
    for (const m of all.matchAll(new RegExp(pattern, 'gu'))) table[m.index] = table[m.index]! | bit;
  };
  mark('[\\p{L}\\p{M}\\p{N}\\u200c\\u200d]', IS_WORD);
  mark('[\\p{L}\\p{M}]', IS_LETTER_OR_MARK);
  mark('\\p{N}', IS_NUMBER);
  mark('\\p{Nd}', IS_DIGIT);
  mark('[\\p{L}\\p{N}]', IS_LETTER_OR_NUMBER);
  mark('\\s', IS_SPACE);
  mark(UNSPACED_PATTERN, IS_UNSPACED);
  table[0] = table[0]! & ~IS_WORD; // the stand-in for surrogates above is not a word character
  return table;
})();

const isLetterJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2e; // ' ’ .
const isNumberJoiner = (code: number) => code === 0x2e || code === 0x2c || code === 0x66b || code === 0x66c; // . , ٫ ٬

function tokenizeByTable(text: string, within: Span, norm: Normalizer): Token[] {
  const tokens: Token[] = [];
  const end = within.end;
  let i = within.start;
  while (i < end) {
    const first = classes[text.charCodeAt(i)]!;
    if (first & IS_SPACE) {
      i++;
      continue;
    }
    let j = i + 1;
    let seen = first;
    let allDigits = (first & IS_DIGIT) !== 0;
    if (first & IS_WORD) {
      for (;;) {
        while (j < end) {
          const c = classes[text.charCodeAt(j)]!;
          if (!(c & IS_WORD)) break;
          seen |= c;
          if (!(c & IS_DIGIT)) allDigits = false;
          j++;
        }
        if (j + 1 >= end) break;
        const joiner = text.charCodeAt(j);
        const after = classes[text.charCodeAt(j + 1)]!;
        if (isNumberJoiner(joiner) && after & IS_NUMBER) {
          // A separator counts toward a number only between digits ("12,5", not "½.3").
          if (!(after & IS_DIGIT)) allDigits = false;
        } else if (isLetterJoiner(joiner) && after & IS_LETTER_OR_MARK) {
          allDigits = false;
        } else break;
        j++;
      }
    }
    const surface = text.slice(i, j);
    if (seen & IS_UNSPACED) pushSegmented(surface, i, tokens, norm);
    else {
      const kind = allDigits ? 'number' : seen & IS_LETTER_OR_NUMBER ? 'word' : 'punct';
      tokens.push({ span: { start: i, end: j }, norm: norm(surface, i), kind });
    }
    i = j;
  }
  return tokens;
}

type Normalizer = (surface: string, start: number) => string;

function makeToken(surface: string, start: number, norm: Normalizer): Token {
  const kind = NUMBER.test(surface) ? 'number' : WORD.test(surface) ? 'word' : 'punct';
  return { span: { start, end: start + surface.length }, norm: norm(surface, start), kind };
}

function pushSegmented(run: string, start: number, into: Token[], norm: Normalizer): void {
  for (const seg of wordSegmenter.segment(run)) into.push(makeToken(seg.segment, start + seg.index, norm));
}

// Tokens arrive in text order, so one cursor walking the (monotonic) origin map finds each token's
// folded range in amortised constant time.
function foldedSlicer(folded: MappedText): Normalizer {
  const { origin, text } = folded;
  let cursor = 0;
  const seek = (offset: number): number => {
    if (cursor > 0 && origin[cursor - 1]! >= offset) cursor = 0; // out of order: restart
    while (cursor < text.length && origin[cursor]! < offset) cursor++;
    return cursor;
  };
  return (surface, start) => {
    const from = seek(start);
    const to = seek(start + surface.length);
    return text.slice(from, to);
  };
}
