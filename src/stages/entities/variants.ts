import type { LanguagePack } from '../../languages/schema.js';
import { normalizeForMatch } from '../normalize/fold.js';

/**
 * The one generic clitic rule, parameterised by each pack's clitics.json: a word may carry detachable
 * proclitics (و، ب، ال …) and enclitics ('s, ها …), which the mention span leaves out, and fused
 * inflectional endings (-ului, -е, ة …), which the span keeps. A token yields the forms it could be a
 * name in; the matcher looks each one up.
 */

/** A pack's clitic data in the folded form the matcher compares. */
export interface CompiledClitics {
  readonly prefixes: readonly string[];
  readonly suffixes: readonly string[];
  readonly inflections: readonly { readonly suffix: string; readonly base: string }[];
  readonly articles: readonly string[];
  readonly minStem: number;
}

/** One way to read a token as a lexicon form. */
export interface TokenVariant {
  readonly form: string;
  /** Folded code units of a detached proclitic at the start (left out of the span). */
  readonly cutStart: number;
  /** Folded code units of a detached enclitic at the end (left out of the span). */
  readonly cutEnd: number;
  /** An inflectional ending was replaced (the span keeps it). */
  readonly inflected: boolean;
  /** Tie-break cost: fewer changes win. */
  readonly cost: number;
}

const compiled = new WeakMap<LanguagePack, CompiledClitics>();

/** The pack's clitics, folded and sorted (cached per pack). */
export function compileClitics(pack: LanguagePack | null): CompiledClitics {
  if (!pack) return EMPTY;
  let c = compiled.get(pack);
  if (!c) {
    const fold = (list: readonly string[]) => [...new Set(list.map(normalizeForMatch))].filter(Boolean);
    c = {
      prefixes: fold(pack.clitics.prefixes),
      suffixes: fold(pack.clitics.suffixes),
      inflections: pack.clitics.inflections.map((r) => ({ suffix: normalizeForMatch(r.suffix), base: normalizeForMatch(r.base) })),
      articles: fold(pack.clitics.articles),
      minStem: pack.clitics.minStem,
    };
    compiled.set(pack, c);
  }
  return c;
}

const EMPTY: CompiledClitics = { prefixes: [], suffixes: [], inflections: [], articles: [], minStem: 2 };

/**
 * Every reading of a folded token that is in `vocabulary`: as written, without a proclitic, without
 * one or two enclitics, with an ending replaced — and proclitic plus ending together ("والإيرانية").
 * @example tokenVariants('لبيلاروس', ar, vocab) // [{ form: 'بيلاروس', cutStart: 1, … }]
 */
export function tokenVariants(norm: string, clitics: CompiledClitics, vocabulary: ReadonlySet<string>): TokenVariant[] {
  return computeVariants(norm, clitics, (form) => vocabulary.has(form));
}

/** Every reading of a folded token under the pack's clitic rules, whatever the lexicon. */
export function tokenReadings(norm: string, clitics: CompiledClitics): TokenVariant[] {
  return computeVariants(norm, clitics, () => true);
}

// News repeats its words: readings against a long-lived vocabulary (the lexicon's) are cached per
// pack and word, cleared when full (50k words, a few MB).
const MAX_CACHED_WORDS = 50_000;
const readings = new WeakMap<ReadonlySet<string>, WeakMap<CompiledClitics, Map<string, TokenVariant[]>>>();

/** {@link tokenVariants}, cached: for the lexicon's vocabulary, which lives as long as the KB. */
export function cachedTokenVariants(norm: string, clitics: CompiledClitics, vocabulary: ReadonlySet<string>): TokenVariant[] {
  let byPack = readings.get(vocabulary);
  if (!byPack) readings.set(vocabulary, (byPack = new WeakMap()));
  let cache = byPack.get(clitics);
  if (!cache) byPack.set(clitics, (cache = new Map()));
  let out = cache.get(norm);
  if (out) return out;
  out = computeVariants(norm, clitics, (form) => vocabulary.has(form));
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(norm, out);
  return out;
}

const NONE: TokenVariant[] = [];

function computeVariants(norm: string, clitics: CompiledClitics, known: (form: string) => boolean): TokenVariant[] {
  let out: TokenVariant[] | null = null;
  const add = (v: TokenVariant) => (out ??= []).push(v);
  for (let p = -1; p < clitics.prefixes.length; p++) {
    const prefix = p < 0 ? '' : clitics.prefixes[p]!;
    if (p >= 0 && (norm.length - prefix.length < clitics.minStem || !norm.startsWith(prefix))) continue;
    const rest = p < 0 ? norm : norm.slice(prefix.length);
    const cut = prefix.length;
    const base = cut > 0 ? 1 : 0;
    if (known(rest)) add({ form: rest, cutStart: cut, cutEnd: 0, inflected: false, cost: base });
    for (const { suffix, base: replacement } of clitics.inflections) {
      const stem = rest.length - suffix.length;
      if (stem < clitics.minStem || !rest.endsWith(suffix)) continue;
      const form = rest.slice(0, stem) + replacement;
      if (known(form)) add({ form, cutStart: cut, cutEnd: 0, inflected: true, cost: base + 1 });
    }
    for (const suffix of clitics.suffixes) {
      const stem = rest.length - suffix.length;
      if (stem < clitics.minStem || !rest.endsWith(suffix)) continue;
      const form = rest.slice(0, stem);
      if (known(form)) add({ form, cutStart: cut, cutEnd: suffix.length, inflected: false, cost: base + 1 });
      // Enclitics stack (Persian روسیه‌ای‌ها = روسیه + ای + ها): one more may come off.
      for (const inner of clitics.suffixes) {
        const stem2 = stem - inner.length;
        if (stem2 < clitics.minStem || !form.endsWith(inner)) continue;
        const form2 = form.slice(0, stem2);
        if (known(form2)) add({ form: form2, cutStart: cut, cutEnd: suffix.length + inner.length, inflected: false, cost: base + 2 });
      }
    }
  }
  return out ?? NONE;
}
