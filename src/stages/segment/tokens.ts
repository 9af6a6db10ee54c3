import type { Token } from '../../model/analysis.js';
import type { MappedText } from '../../model/offset-map.js';
import type { Span } from '../../model/span.js';
import { normalizeForMatch } from '../normalize/fold.js';

/**
 * Word tokens following UAX #29 word boundaries for space-separated scripts, by one regular
 * expression: `Intl.Segmenter` gives the same boundaries there but costs ~20× more (3.3 ms vs 0.16 ms
 * per 2 KB article, measured), and tokenisation runs on every article. Scripts written without
 * spaces (Han, Kana, Thai, Lao, Khmer, Myanmar) still go through `Intl.Segmenter`, whose dictionary
 * finds their words. Offsets are into the original text.
 */

// Letters, marks, digits, and ZWNJ/ZWJ (word-internal in Persian: "تحریم‌ها" is one word).
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}\\u200c\\u200d]';
// UAX #29 MidLetter/MidNumLet: an apostrophe or period between letters ("Lukashenko's", "U.S"),
// MidNum: a comma, period or Arabic separator between digits ("12,5", "٣٫٥").
const JOINER = "(?:['’.](?=[\\p{L}\\p{M}])|[.,٫٬](?=\\p{N}))";
const TOKEN = new RegExp(`${WORD_CHAR}+(?:${JOINER}${WORD_CHAR}+)*|\\S`, 'gu');
const NUMBER = /^\p{Nd}+(?:[.,٫٬]\p{Nd}+)*$/u;
const WORD = /[\p{L}\p{N}]/u;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Tokenises `text` (or the part of it `within` covers); white space is skipped. Given the text's
 * folded view, token forms are cut from it instead of folding every token again.
 * @example tokenize('Iranul a furnizat drone.').map(t => t.norm) // ['iranul','a','furnizat','drone','.']
 */
export function tokenize(text: string, within: Span = { start: 0, end: text.length }, folded?: MappedText): Token[] {
  const slice = within.start === 0 && within.end === text.length ? text : text.slice(within.start, within.end);
  const norm = folded ? foldedSlicer(folded) : normalizeForMatch;
  const tokens: Token[] = [];
  for (const match of slice.matchAll(TOKEN)) {
    const start = within.start + match.index;
    if (UNSPACED.test(match[0])) pushSegmented(match[0], start, tokens, norm);
    else tokens.push(makeToken(match[0], start, norm));
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
