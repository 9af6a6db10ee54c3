import type { Token } from '../../model/analysis.js';
import { satisfiesCasing, type LexEntry, type Lexicon, type TrieNode } from './lexicon.js';
import { cachedTokenVariants, type CompiledClitics, type TokenVariant } from './variants.js';

/** A stretch of tokens that spells a lexicon key (before choosing among overlaps). */
export interface LexMatch {
  /** First token index. */
  readonly start: number;
  /** Token index after the last. */
  readonly end: number;
  /** The entries the key stands for whose case pattern the text satisfies. */
  readonly entries: readonly LexEntry[];
  /** Folded code units of a proclitic cut from the first token. */
  readonly cutStart: number;
  /** Folded code units of an enclitic cut from the last token. */
  readonly cutEnd: number;
  readonly cost: number;
  readonly inflected: boolean;
}

/**
 * Finds every lexicon key in the token sequence, reading each token with the pack's clitic rules:
 * a proclitic only on the first token of a key, a detachable enclitic only on the last, endings anywhere.
 * Keys never run across a line break. `accept` may veto an entry (given the key's token count).
 * @example matchLexicon(text, tokens, getLexicon(kb), compileClitics(loadLanguage('ar')))
 */
export function matchLexicon(
  text: string,
  tokens: readonly Token[],
  lexicon: Lexicon,
  clitics: CompiledClitics,
  accept: (entry: LexEntry, tokenCount: number) => boolean = () => true,
): LexMatch[] {
  const variantCache: (TokenVariant[] | undefined)[] = new Array(tokens.length);
  const variantsAt = (k: number): TokenVariant[] => {
    let v = variantCache[k];
    if (!v) {
      const token = tokens[k]!;
      v =
        token.kind === 'word'
          ? cachedTokenVariants(token.norm, clitics, lexicon.vocabulary)
          : lexicon.vocabulary.has(token.norm)
            ? [{ form: token.norm, cutStart: 0, cutEnd: 0, inflected: false, cost: 0 }]
            : [];
      variantCache[k] = v;
    }
    return v;
  };
  const matches: LexMatch[] = [];
  const record = (start: number, end: number, node: TrieNode, cutStart: number, cutEnd: number, cost: number, inflected: boolean) => {
    const entries = node.entries.filter((e) => fitsText(text, tokens, start, e) && (!e.weak || cutStart <= 1) && accept(e, end - start));
    if (entries.length) matches.push({ start, end, entries, cutStart, cutEnd, cost, inflected });
  };
  const walk = (node: TrieNode, k: number, start: number, cutStart: number, cost: number, inflected: boolean) => {
    if (k >= tokens.length || node.next.size === 0 || breaksLine(text, tokens, k)) return;
    for (const v of variantsAt(k)) {
      if (v.cutStart > 0) continue;
      const child = node.next.get(v.form);
      if (!child) continue;
      const c = cost + v.cost;
      const inf = inflected || v.inflected;
      record(start, k + 1, child, cutStart, v.cutEnd, c, inf);
      if (v.cutEnd === 0) walk(child, k + 1, start, cutStart, c, inf);
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    for (const v of variantsAt(i)) {
      const child = lexicon.root.next.get(v.form);
      if (!child) continue;
      record(i, i + 1, child, v.cutStart, v.cutEnd, v.cost, v.inflected);
      if (v.cutEnd === 0) walk(child, i + 1, i, v.cutStart, v.cost, v.inflected);
    }
  }
  return matches;
}

/**
 * Keeps the best non-overlapping matches: more tokens first, then a reading in the article's language
 * (Arabic "روسية" is the demonym "Russian", though Persian spells Russia the same way), then fewer
 * changes (a name as written beats an inflected reading of another), then less cut off (روسیه‌ای‌ها is
 * روسیه + ای + ها before روسی + های + ها), then earlier.
 */
export function selectMatches(matches: readonly LexMatch[], language = 'und'): LexMatch[] {
  const foreign = (m: LexMatch) => (m.entries.some((e) => e.languages.includes(language)) ? 0 : 1);
  const sorted = [...matches].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      foreign(a) - foreign(b) ||
      a.cost - b.cost ||
      a.cutStart + a.cutEnd - (b.cutStart + b.cutEnd) ||
      a.start - b.start,
  );
  const taken: LexMatch[] = [];
  for (const m of sorted) {
    if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function fitsText(text: string, tokens: readonly Token[], start: number, entry: LexEntry): boolean {
  return entry.casing.every((casing, offset) => {
    const t = tokens[start + offset]!;
    return satisfiesCasing(text.slice(t.span.start, t.span.end), casing);
  });
}

function breaksLine(text: string, tokens: readonly Token[], k: number): boolean {
  if (k === 0) return false;
  return text.slice(tokens[k - 1]!.span.end, tokens[k]!.span.start).includes('\n');
}
