import type { LanguagePack } from '../../languages/schema.js';
import { normalizeForMatch } from '../../stages/normalize/fold.js';

/**
 * Light, language-parameterised word reduction for story matching. Clitics and inflections come
 * from the language pack (`clitics.json`); what is left is truncated to a fixed prefix, which is
 * as good as a stemmer for retrieval in many languages (McNamee & Mayfield 2004, "Character N-gram
 * Tokenization for European Language Text Retrieval": 5–6-character truncation).
 */

/** Characters kept by truncation stemming (McNamee & Mayfield found 5–6 best; 6 keeps more names apart). */
export const STEM_LENGTH = 6;

/** What a pack contributes to word reduction, prepared once per language. */
export interface TermRules {
  readonly stopwords: ReadonlySet<string>;
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  readonly inflections: readonly { suffix: string; base: string }[];
  readonly minStem: number;
  /** Whether the script marks names with capitals (Latin, Cyrillic) or not (Arabic script). */
  readonly hasCase: boolean;
}

const cache = new WeakMap<LanguagePack, TermRules>();

/** Prepares a pack's stopwords and clitics (folded, longest first). */
export function termRules(pack: LanguagePack): TermRules {
  const hit = cache.get(pack);
  if (hit) return hit;
  const fold = (list: readonly string[]) => [...new Set(list.map(normalizeForMatch))].sort((a, b) => b.length - a.length);
  const rules: TermRules = {
    stopwords: new Set(pack.stopwords.map(normalizeForMatch)),
    prefixes: fold(pack.clitics.prefixes),
    suffixes: fold(pack.clitics.suffixes),
    inflections: [...pack.clitics.inflections].sort((a, b) => b.suffix.length - a.suffix.length),
    minStem: pack.clitics.minStem,
    hasCase: pack.info.hasCase,
  };
  cache.set(pack, rules);
  return rules;
}

/** Rules for a language without a pack: no stopwords, no clitics, case as seen. */
export const NO_RULES: TermRules = {
  stopwords: new Set(),
  prefixes: [],
  suffixes: [],
  inflections: [],
  minStem: 2,
  hasCase: true,
};

/**
 * Forms of a folded word with one clitic or ending removed, the word itself first. A name match
 * tries them all ("وبيلاروس" → "بيلاروس", "Rusiei" → "Rusia"), because stripping is ambiguous
 * ("بيلاروس" also starts with the proclitic ب).
 * @example wordVariants('وبيلاروس', rules) // ['وبيلاروس', 'بيلاروس', 'يلاروس']
 */
export function wordVariants(word: string, rules: TermRules): string[] {
  const out = [word];
  const keep = rules.minStem + 1;
  for (const p of rules.prefixes) {
    if (word.startsWith(p) && word.length - p.length >= keep) out.push(word.slice(p.length));
  }
  const bases = [...out];
  for (const base of bases) {
    for (const s of rules.suffixes) {
      if (base.endsWith(s) && base.length - s.length >= keep) out.push(base.slice(0, -s.length));
    }
    for (const inf of rules.inflections) {
      if (base.endsWith(inf.suffix) && base.length - inf.suffix.length >= keep) out.push(base.slice(0, -inf.suffix.length) + inf.base);
    }
  }
  return [...new Set(out)];
}

/**
 * The index term of a folded word: stopwords give null; otherwise its longest clitic-stripped
 * form, truncated to {@link STEM_LENGTH}.
 * @example stemTerm('relațiile', rules) // 'relati'
 */
export function stemTerm(word: string, rules: TermRules): string | null {
  if (word.length < 2 || rules.stopwords.has(word)) return null;
  const variants = wordVariants(word, rules);
  // The shortest variant is the most stripped; one strip of each kind at most, so it is still a word.
  let best = word;
  for (const v of variants) if (v.length < best.length && !rules.stopwords.has(v)) best = v;
  if (rules.stopwords.has(best)) return null;
  return [...best].slice(0, STEM_LENGTH).join('');
}
