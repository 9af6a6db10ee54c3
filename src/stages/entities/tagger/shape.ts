/**
 * Orthographic word classes for features: shape (Collins 2002; spaCy's `shape_`), a collapsed
 * short shape, a capitalisation class and the set of scripts a token mixes.
 */

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const MARK = /\p{M}/u;

// Scripts a news token can mix; anything else is "other". Scripts, not languages: "BBC" inside
// Arabic text or a Cyrillic look-alike inside a Latin word is a strong name cue in any language.
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Arab', /\p{Script=Arabic}/u],
];

function computeClass(ch: string): string {
  if (UPPER.test(ch)) return 'X';
  if (LOWER.test(ch)) return 'x';
  if (LETTER.test(ch)) return 'a'; // letters of scripts without case (Arabic, Persian)
  if (DIGIT.test(ch)) return 'd';
  if (MARK.test(ch)) return '';
  return ch;
}

// Classes of the characters met so far: five regex tests per character made shapes the
// costliest part of reading a new word.
const CLASS_CACHE = new Map<string, string>();

function classOf(ch: string): string {
  let c = CLASS_CACHE.get(ch);
  if (c === undefined) {
    c = computeClass(ch);
    if (CLASS_CACHE.size < 65536) CLASS_CACHE.set(ch, c);
  }
  return c;
}

/**
 * Word shape with runs longer than 4 truncated, as spaCy does.
 * @example wordShape('Lukașenko') // 'Xxxxx'
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    const c = classOf(ch);
    if (c === '') continue;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/**
 * Shape with every run collapsed to one character: "Xx", "X.X.", "d-d".
 * @example shortShape('C.S.U.') // 'X.X.X.'
 */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = classOf(ch);
    if (c === '' || c === last) continue;
    out += c;
    last = c;
  }
  return out;
}

/**
 * Capitalisation class of a token: `U` initial capital, `A` all capitals (2+ letters), `l` lower
 * case, `a` uncased letters, `d` digits, `p` anything else.
 */
export function capClass(word: string): string {
  const first = classOf(String.fromCodePoint(word.codePointAt(0) ?? 32));
  if (first === 'X') return word.length > 1 && !LOWER.test(word) && LETTER.test(word.slice(1)) ? 'A' : 'U';
  if (first === 'x') return 'l';
  if (first === 'a') return 'a';
  if (first === 'd') return 'd';
  return 'p';
}

/**
 * Scripts present in a token, joined by "+", or '' when it has no letters of the listed scripts.
 * @example scriptsOf('BBCنیوز') // 'Latn+Arab'
 */
export function scriptsOf(word: string): string {
  let out = '';
  for (const [name, re] of SCRIPTS) if (re.test(word)) out += out ? `+${name}` : name;
  return out;
}
