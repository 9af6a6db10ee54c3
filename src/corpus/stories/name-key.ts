import { readFileSync } from 'node:fs';

/**
 * Cross-script name keys: a name written in Arabic, Persian, Cyrillic or Latin letters maps to one
 * consonant skeleton ("Pezeshkian", "بيزشكيان", "پزشکیان", "Пезешкиан" → `BSKN`), in the spirit of
 * Soundex-style phonetic keys (Russell 1918; Odell & Russell) applied after a romanisation.
 * Vowels are dropped because Arabic script does not write short vowels; consonants fall into coarse
 * classes because transliteration conventions disagree (p/b, h/g for Тегеран, sh/ș/s).
 */

interface ScriptTable {
  readonly letters: Record<string, string>;
  /** Letters that are consonants at the start of a word and vowels elsewhere (و, ي). */
  readonly glides: Record<string, [string, string]>;
}

const TABLE = JSON.parse(readFileSync(new URL('./scripts.json', import.meta.url), 'utf8')) as ScriptTable;

// Digraphs are read before single letters; each maps to one class.
const DIGRAPHS: Record<string, string> = {
  shch: 'S', dzh: 'J', sh: 'S', ch: 'S', zh: 'S', ts: 'S', tz: 'S', kh: 'K', gh: 'K', th: 'T', ph: 'B', dj: 'J',
};
// Coarse consonant classes; vowels and glides map to '' (dropped).
const CLASSES: Record<string, string> = {
  b: 'B', p: 'B', f: 'B', v: 'B', w: 'B', d: 'T', t: 'T', g: 'K', k: 'K', q: 'K', h: 'K', x: 'K',
  j: 'J', l: 'L', m: 'M', n: 'N', r: 'R', s: 'S', z: 'S',
};

/** Shortest skeleton (in classes) that is specific enough to be a key: "RN" (Iran) is kept, "N" is not. */
export const MIN_KEY_CLASSES = 2;

/**
 * Romanises a folded word (output of `normalizeForMatch`) letter by letter.
 * @example romanize('لوكاشينكو') // 'lukashinku'
 */
export function romanize(word: string): string {
  let out = '';
  let first = true;
  for (const ch of word) {
    const glide = TABLE.glides[ch];
    if (glide) out += first ? glide[0] : glide[1];
    else out += TABLE.letters[ch] ?? ch;
    first = false;
  }
  return out;
}

/**
 * The consonant skeleton of a folded word in any supported script, or null when too short.
 * Each romanised non-Latin letter is classed on its own, so "ت"+"ه" (t, h) is not read as "th".
 * @example nameKey('lukasenko') === nameKey('лукашенко') // true ('LKSNK')
 */
export function nameKey(word: string): string | null {
  let key = '';
  let latin = '';
  let first = true;
  const flush = (final: boolean) => {
    key = appendClasses(key, latin, final);
    latin = '';
  };
  for (const ch of word) {
    const glide = TABLE.glides[ch];
    const letter = glide ? (first ? glide[0] : glide[1]) : TABLE.letters[ch];
    first = false;
    if (letter === undefined) {
      if (/[a-z]/.test(ch)) latin += ch;
      continue;
    }
    flush(false);
    key = appendClasses(key, letter, false);
  }
  flush(true);
  return key.length >= MIN_KEY_CLASSES ? key : null;
}

// Appends the classes of a Latin run to `key`, merging repeats ("Raab", "ss").
function appendClasses(key: string, latin: string, final: boolean): string {
  let i = 0;
  while (i < latin.length) {
    let cls: string | undefined;
    let step = 1;
    for (const len of [4, 3, 2]) {
      const d = DIGRAPHS[latin.slice(i, i + len)];
      if (d) {
        cls = d;
        step = len;
        break;
      }
    }
    if (cls === undefined) {
      const ch = latin[i]!;
      // c before a front vowel sounds /s/ or /tʃ/ (Cicero, Ciolacu); elsewhere /k/.
      cls = ch === 'c' ? (/[eiy]/.test(latin[i + 1] ?? '') ? 'S' : 'K') : (CLASSES[ch] ?? '');
      // A final h is a vowel letter in Arabic script (ة, ه) and silent in Latin ("Allah").
      if (ch === 'h' && final && i === latin.length - 1) cls = '';
    }
    if (cls && key[key.length - 1] !== cls) key += cls;
    i += step;
  }
  return key;
}
