import { normalizeForMatch } from '../normalize/fold.js';

/**
 * A script-independent key for a person's or place's name: each word becomes a Latin consonant
 * skeleton, so بيزشكيان, پزشکیان, Pezeshkian and Пезешкиан all give `bzskn`. The rules are fixed
 * (not learned) so that provisional ids stay stable across releases; ranking candidates is the
 * learned scorer's job (translit-model.ts).
 *
 * Why these merges: Arabic has no p, v, g, ch or zh and writes them ب, ف, ج/غ, تش, ج; Persian adds
 * پ چ ژ گ; short vowels are unwritten in Arabic script and spelled freely in Latin. So vowels are
 * dropped and p/b, f/v/w, s/sh/ch, z/zh/dh, h/kh are one class each, and so are k/q/c/g/gh/j (Persian
 * ق is "gh" in Bagheri, Arabic ج is "g" in جورجيا and "j" in جواد).
 */

// Arabic-script letters after folding (ي/ی → ي, ك/ک → ك, ة → ه, hamza seats → bare letters).
const ARABIC: Readonly<Record<string, string>> = {
  'ا': 'a', 'ب': 'b', 'پ': 'p', 'ت': 't', 'ث': 's', 'ج': 'j', 'چ': 'ch', 'ح': 'h', 'خ': 'kh', 'د': 'd',
  'ذ': 'z', 'ر': 'r', 'ز': 'z', 'ژ': 'zh', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'z', 'ط': 't', 'ظ': 'z',
  'ع': '', 'غ': 'gh', 'ف': 'f', 'ڤ': 'v', 'ق': 'q', 'ك': 'k', 'گ': 'g', 'ل': 'l', 'م': 'm', 'ن': 'n',
  'ه': 'h', 'ء': '',
};

// Russian GOST-like romanisation (ё is already folded to е).
const CYRILLIC: Readonly<Record<string, string>> = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i', 'й': 'y',
  'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u',
  'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e',
  'ю': 'yu', 'я': 'ya', 'і': 'i', 'ї': 'yi', 'є': 'ye', 'ў': 'w',
};

// Two letters that spell one foreign sound: Arabic تش = ch (تشارلز), Russian дж = j (Джавад).
const LETTER_PAIRS: Readonly<Record<string, string>> = { 'تش': 'ch', 'дж': 'j' };

// Multi-letter Latin spellings of one sound, longest first, mapped to their class letter.
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ['shch', 's'], ['tsch', 's'], ['dzh', 'k'], ['tsh', 's'], ['sch', 's'], ['tch', 's'],
  ['sh', 's'], ['ch', 's'], ['ts', 's'], ['zh', 'z'], ['dh', 'z'], ['kh', 'h'], ['gh', 'k'],
  ['ph', 'f'], ['th', 't'], ['ck', 'k'], ['dj', 'k'],
];

// Single Latin letters → consonant class; vowels (and y, which Arabic script writes as a long vowel) → ''.
const CLASS: Readonly<Record<string, string>> = {
  a: '', e: '', i: '', o: '', u: '', y: '', b: 'b', p: 'b', c: 'k', d: 'd', f: 'f', v: 'f', w: 'f',
  g: 'k', j: 'k', h: 'h', k: 'k', q: 'k', l: 'l', m: 'm', n: 'n', r: 'r', s: 's', t: 't', x: 'ks', z: 'z',
};

/**
 * Romanises one word (Arabic script, Cyrillic or Latin) into Latin segments: one per letter for
 * Arabic and Cyrillic (so ت+ه stays "t","h" and is not read as the digraph "th"), the whole word for Latin.
 */
export function romanizeSegments(word: string): string[] {
  const w = normalizeForMatch(word);
  const segments: string[] = [];
  let latin = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    let segment: string | null = null;
    const pair = LETTER_PAIRS[w.slice(i, i + 2)];
    if (pair) {
      segment = pair;
      i++;
    } else if (ch === 'و' || ch === 'ي') segment = arabicGlide(w, i);
    // A final ه (or one before the Persian ending ‌ای) is a vowel carrier (فاطمه, خامنه‌ای), not an h.
    else if (ch in ARABIC) segment = ch === 'ه' && i > 0 && (i === w.length - 1 || w.slice(i + 1) === 'اي') ? 'e' : ARABIC[ch]!;
    else if (ch in CYRILLIC) segment = CYRILLIC[ch]!;
    if (segment !== null) {
      if (latin) segments.push(latin);
      latin = '';
      segments.push(segment);
    } else if (/\p{L}/u.test(ch)) {
      latin += ch;
    }
  }
  if (latin) segments.push(latin);
  return segments;
}

/** Romanises one word into a rough Latin spelling. */
export function romanize(word: string): string {
  return romanizeSegments(word).join('');
}

// و and ي are consonants (v/w, y) at the start of a word or before alef, long vowels elsewhere.
function arabicGlide(word: string, i: number): string {
  const consonant = i === 0 || word[i + 1] === 'ا';
  if (word[i] === 'و') return consonant ? 'v' : 'u';
  return consonant ? 'y' : 'i';
}

/**
 * The consonant skeleton of one word: romanised, digraphs merged, vowels dropped, doubles collapsed.
 * @example wordSkeleton('Пезешкиан') === wordSkeleton('بيزشكيان') // 'bzskn'
 */
export function wordSkeleton(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    if (skeletons.size >= MAX_MEMO_WORDS) skeletons.clear();
    skeletons.set(word, (skeleton = computeSkeleton(word)));
  }
  return skeleton;
}

// Skeletons per word: names and KB aliases repeat their words (a pure function of the string).
// Cleared when full (50k words, a few MB) rather than managed as an LRU.
const MAX_MEMO_WORDS = 50_000;
const skeletons = new Map<string, string>();

function computeSkeleton(word: string): string {
  const segments = romanizeSegments(word);
  const last = segments.length - 1;
  // Final h after a vowel is silent in romanisations of ه (Fatemeh).
  if (last >= 0) segments[last] = segments[last]!.replace(/([aeiou])h$/u, '$1');
  let out = '';
  for (const s of segments) out += segmentClasses(s);
  const collapsed = out.replace(/(.)\1+/gu, '$1');
  return collapsed || segments.join('').slice(0, 3);
}

function segmentClasses(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const digraph = DIGRAPHS.find(([from]) => s.startsWith(from, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const ch = s[i]!;
    // c is s before a front vowel, k elsewhere.
    out += ch === 'c' && /[eiy]/u.test(s[i + 1] ?? '') ? 's' : (CLASS[ch] ?? '');
    i++;
  }
  return out;
}

// Articles and particles that romanisations attach or detach freely: al-Assad, el-Sisi, ال, bin, ibn.
const PARTICLES = new Set(['al', 'el', 'ul', 'ال', 'bin', 'ibn', 'ben', 'بن', 'ابن', 'آل']);

/** The words of a name as skeletons, leaving out articles and hyphens. */
export function nameSkeletons(name: string): string[] {
  const words = normalizeForMatch(name)
    .split(/[\s\-‐‑–—_.'"«»()]+/u)
    .filter((w) => w.length > 0 && !PARTICLES.has(w));
  return words.map((w) => wordSkeleton(stripArticle(w))).filter((k) => k.length > 0);
}

// The Arabic article glued to a word (الأسد → أسد) when something is left.
function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length > 4 ? word.slice(2) : word;
}

/**
 * The transliteration key of a name: its word skeletons joined by `-`.
 * @example nameKey('ناصر كنعاني') === nameKey('Nasser Kanaani') // 'nsr-kn'
 */
export function nameKey(name: string): string {
  return nameSkeletons(name).join('-');
}

/**
 * A deterministic provisional id for a name that is not in the KB: the same person written in
 * another script gets the same id without any store (`x:bzskn` for Pezeshkian in any script).
 * @example provisionalId('Пезешкиан') // 'x:bzskn'
 */
export function provisionalId(name: string): string {
  return provisionalIdOfKey(nameKey(name));
}

/** The provisional id of a name whose {@link nameKey} is already known. */
export function provisionalIdOfKey(key: string): string {
  return `x:${key || 'unknown'}`;
}
