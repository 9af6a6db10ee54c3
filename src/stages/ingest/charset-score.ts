import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * How plausible a decoded text is as human writing, used to choose among legacy encodings.
 * Every candidate decodes ASCII identically, so only non-ASCII characters are scored: their
 * mean log-likelihood under a per-script letter-frequency profile, minus penalties for the
 * tell-tale signs of mojibake (control characters, one word in two scripts, a capital letter
 * inside a lower-case word). KOI8-R read as windows-1251, for instance, turns lower-case text
 * into capitals of the wrong letters: frequent о/а/е become rare п/б/й and words flip case.
 */

const ProfilesSchema = z.object({
  about: z.string(),
  sources: z.array(z.string()),
  /** ISO 15924 script → lower-case letter → relative frequency (per cent). */
  scripts: z.record(z.string().regex(/^[A-Z][a-z]{3}$/), z.record(z.string().min(1), z.number().positive())),
  /** Non-letters that are common in typeset news (guillemets, dashes, NBSP). */
  typography: z.string(),
});

// Log-likelihoods of character classes outside the letter profiles. Round figures: the
// decision compares candidates with each other, so only their order of magnitude matters.
const LOG_UNSEEN_LETTER = Math.log(1e-4); // a letter of a profiled script that the profile lacks
const LOG_FOREIGN_LETTER = Math.log(1e-5); // a letter of a script without a profile (CJK from Shift_JIS…)
const LOG_TYPOGRAPHY = Math.log(0.05);
const LOG_DIGIT = Math.log(0.05); // Eastern Arabic digits
const LOG_PUNCTUATION = Math.log(0.01);
const LOG_FORMAT = Math.log(0.02); // ZWNJ, bidi marks, soft hyphen
const LOG_MARK_AFTER_LETTER = Math.log(0.02); // harakat
const LOG_STRAY = Math.log(5e-4); // box drawing, stray symbols, a mark with no letter
// Penalties in the same log units, added once per occurrence.
const CASE_FLIP_PENALTY = -6;
const MIXED_SCRIPT_WORD_PENALTY = -6;
// Latin-script words are mostly ASCII letters with a few accented ones; "ăéë" (KOI8-R "ЦИК" read as
// ISO-8859-2) is a word of accented letters only. Per such word of two or more letters.
const ACCENTS_ONLY_WORD_PENALTY = -6;

/**
 * Below this mean log-likelihood per non-ASCII character a decoding is not plausible text. Real news
 * (the seeds, the xling-dev texts) scores about -2.5 to -3.5; random high bytes read as windows-1256
 * or KOI8-R about -5.5 to -6.
 */
export const PLAUSIBLE_SCORE = -5;

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const IMPOSSIBLE = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}\ufffd]/u;
const FORMAT = /\p{Cf}/u;
const DIGIT = /\p{Nd}/u;
const PUNCTUATION = /[\p{P}\p{Zs}]/u;

interface ScriptModel {
  readonly pattern: RegExp;
  readonly logp: ReadonlyMap<string, number>;
}

interface Profiles {
  readonly models: ReadonlyMap<string, ScriptModel>;
  readonly typography: ReadonlySet<string>;
}

let profiles: Profiles | null = null;

function loadProfiles(): Profiles {
  if (profiles) return profiles;
  const raw = ProfilesSchema.parse(JSON.parse(readFileSync(new URL('./letter-profiles.json', import.meta.url), 'utf8')));
  const models = new Map<string, ScriptModel>();
  for (const [script, freqs] of Object.entries(raw.scripts)) {
    const total = Object.values(freqs).reduce((a, b) => a + b, 0);
    const logp = new Map(Object.entries(freqs).map(([letter, f]) => [letter, Math.log(f / total)] as const));
    models.set(script, { pattern: new RegExp(`\\p{Script=${script}}`, 'u'), logp });
  }
  profiles = { models, typography: new Set(raw.typography) };
  return profiles;
}

function scriptOf(ch: string, models: ReadonlyMap<string, ScriptModel>): string {
  for (const [script, model] of models) if (model.pattern.test(ch)) return script;
  return 'other';
}

/** What the scorer needs to know of one character; computed once per distinct character. */
interface CharInfo {
  readonly kind: 'letter' | 'mark' | 'other' | 'impossible';
  readonly ascii: boolean;
  readonly script: string;
  readonly upper: boolean;
  readonly lower: boolean;
  /** Log-likelihood when non-ASCII (marks: the value after a letter). */
  readonly logp: number;
}

const charCache = new Map<string, CharInfo>();

function nonLetterLogp(ch: string, typography: ReadonlySet<string>): number {
  if (typography.has(ch)) return LOG_TYPOGRAPHY;
  if (DIGIT.test(ch)) return LOG_DIGIT;
  if (FORMAT.test(ch)) return LOG_FORMAT;
  if (PUNCTUATION.test(ch)) return LOG_PUNCTUATION;
  return LOG_STRAY;
}

function classify(ch: string): CharInfo {
  const cached = charCache.get(ch);
  if (cached) return cached;
  const { models, typography } = loadProfiles();
  const ascii = ch.codePointAt(0)! < 0x80;
  let info: CharInfo;
  if (!ascii && IMPOSSIBLE.test(ch)) {
    info = { kind: 'impossible', ascii, script: '', upper: false, lower: false, logp: -Infinity };
  } else if (LETTER.test(ch)) {
    const script = scriptOf(ch, models);
    const lower = ch.toLowerCase();
    const model = models.get(script);
    const logp = model ? (model.logp.get(lower) ?? LOG_UNSEEN_LETTER) : LOG_FOREIGN_LETTER;
    info = { kind: 'letter', ascii, script, upper: ch !== lower, lower: ch === lower && ch !== ch.toUpperCase(), logp };
  } else if (MARK.test(ch)) {
    info = { kind: 'mark', ascii, script: '', upper: false, lower: false, logp: LOG_MARK_AFTER_LETTER };
  } else {
    info = { kind: 'other', ascii, script: '', upper: false, lower: false, logp: nonLetterLogp(ch, typography) };
  }
  // Decoded text has a few hundred distinct characters; the bound only guards odd inputs.
  if (charCache.size < 65536) charCache.set(ch, info);
  return info;
}

// What is known of the word being read: enough to spot the two word-level signs of mojibake.
interface WordState {
  script: string | null;
  mixed: boolean;
  letters: number;
  asciiLetters: number;
  latinLetters: number;
}

function newWord(): WordState {
  return { script: null, mixed: false, letters: 0, asciiLetters: 0, latinLetters: 0 };
}

function wordPenalty(word: WordState): number {
  let penalty = 0;
  if (word.mixed) penalty += MIXED_SCRIPT_WORD_PENALTY;
  if (word.letters >= 2 && word.latinLetters === word.letters && word.asciiLetters === 0) penalty += ACCENTS_ONLY_WORD_PENALTY;
  return penalty;
}

/**
 * Scores a decoded text: mean log-likelihood per non-ASCII character (0 for pure ASCII,
 * `-Infinity` when it holds characters no real text contains, such as C1 controls or U+FFFD).
 * @example scoreDecoding('Привет') > scoreDecoding('Ппйбеф') // true
 */
export function scoreDecoding(text: string): number {
  let total = 0;
  let counted = 0;
  let word = newWord();
  // The previous letter when it was lower case: true if non-ASCII, false if ASCII; else null.
  let prevLower: boolean | null = null;
  let prevLetter = false;
  for (const ch of text) {
    const c = classify(ch);
    if (c.kind === 'impossible') return -Infinity;
    if (!c.ascii) counted++;
    if (c.kind === 'letter') {
      if (word.script !== null && word.script !== c.script) word.mixed = true;
      word.script = c.script;
      word.letters++;
      if (c.ascii) word.asciiLetters++;
      if (c.script === 'Latn') word.latinLetters++;
      // "мОСКВА": a capital after a small letter in one word is how swapped cases show. ASCII
      // pairs ("McDonald", "iPhone") read the same in every candidate and are not counted.
      if (c.upper && prevLower !== null && (prevLower || !c.ascii)) total += CASE_FLIP_PENALTY;
      prevLower = c.lower ? !c.ascii : null;
      if (!c.ascii) total += c.logp;
      prevLetter = true;
    } else if (c.kind === 'mark') {
      // Harakat belong to the letter before them; a mark with no letter is debris.
      if (!c.ascii) total += prevLetter ? c.logp : LOG_STRAY;
    } else {
      if (!c.ascii) total += c.logp;
      if (word.letters > 0) {
        total += wordPenalty(word);
        word = newWord();
      }
      prevLower = null;
      prevLetter = false;
    }
  }
  total += wordPenalty(word);
  return counted === 0 ? 0 : total / counted;
}
