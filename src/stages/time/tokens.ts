/**
 * Tokens of the normalised (folded) text for time matching. Letters and digits never share a token,
 * so "1447هـ" and "21st" split into a number and a word; every other visible character is a token of
 * its own. Offsets are in normalised coordinates; the extractor maps them back to the original.
 */

/** A word, a number (ASCII digits after folding) or one punctuation character. */
export interface TimeToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'word' | 'number' | 'punct';
  /** True when white space separates this token from the previous one. */
  readonly spaced: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

function classify(ch: string): 'word' | 'number' | 'punct' | 'space' {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'word';
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) ? 'space' : 'punct';
  if (SPACE.test(ch)) return 'space';
  return LETTER.test(ch) ? 'word' : 'punct';
}

/**
 * Splits normalised text into tokens in one linear pass (no regex over the whole text, so no backtracking).
 * @example tokenizeTime('29 مرداد').map((t) => t.text) // ['29', 'مرداد']
 */
export function tokenizeTime(text: string): TimeToken[] {
  const tokens: TimeToken[] = [];
  let i = 0;
  let spaced = true;
  while (i < text.length) {
    const kind = classify(text[i]!);
    if (kind === 'space') {
      spaced = true;
      i++;
      continue;
    }
    let j = i + 1;
    if (kind !== 'punct') while (j < text.length && classify(text[j]!) === kind) j++;
    tokens.push({ start: i, end: j, text: text.slice(i, j), kind, spaced });
    spaced = false;
    i = j;
  }
  return tokens;
}
