import type { LanguagePack } from '../../languages/schema.js';
import type { Span } from '../../model/span.js';
import { normalizeForMatch } from '../normalize/fold.js';

/**
 * A cheap check that a paragraph is in the article's language, so most paragraphs need no model
 * call: a fastText call costs ~0.3 µs per character plus ~0.05 ms per call (wasm lid.176), which
 * for eight paragraphs would be most of the ingest budget of 1 ms per article.
 *
 * A paragraph passes when function words of the article's language (the pack's stopwords.txt) are
 * at least the pack's `identification.stopwordShare` of its words (default 0.2) and at least `RIVAL_RATIO` times the share of any other pack
 * in the same script. On the dev sentences (npm run eval:langid) a language's own stopwords cover
 * a median 29–41% of words (Latin and Cyrillic) and a rival's a median of at most 6%; passing is therefore
 * strong evidence, and a paragraph that fails is simply identified by the models.
 */

const RIVAL_RATIO = 2;
const DEFAULT_STOPWORD_SHARE = 0.2;

// Only the opening of a long paragraph is screened (~60 words): enough for a share, bounded cost.
const SCREEN_CHARS = 400;

// Splitting on non-letters is several times faster than matching words one by one.
const NON_WORD = /[^\p{L}\p{M}]+/u;

// Both the written and the folded form of each stopword, so "si" and "și" both count.
const stopwordSets = new WeakMap<LanguagePack, ReadonlySet<string>>();

function stopwordsOf(pack: LanguagePack): ReadonlySet<string> {
  let set = stopwordSets.get(pack);
  if (!set) {
    const built = new Set<string>();
    for (const word of pack.stopwords) {
      built.add(word.toLowerCase());
      built.add(normalizeForMatch(word));
    }
    set = built;
    stopwordSets.set(pack, set);
  }
  return set;
}

/** Says whether a paragraph is, cheaply and with high precision, in one given language. */
export interface StopwordScreen {
  passes(text: string, span: Span): boolean;
}

/**
 * Builds the screen for `target` against the other packs written in its script; null when the
 * target has no stopwords (then every paragraph goes to the models).
 * @example createStopwordScreen(ro, [en, ro, ru])?.passes(text, span)
 */
export function createStopwordScreen(target: LanguagePack, packs: readonly LanguagePack[]): StopwordScreen | null {
  const own = stopwordsOf(target);
  if (own.size === 0) return null;
  const minShare = target.info.identification?.stopwordShare ?? DEFAULT_STOPWORD_SHARE;
  const rivals = packs.filter((p) => p.code !== target.code && p.info.script === target.info.script).map(stopwordsOf);
  return {
    passes(text, span) {
      let words = 0;
      let hits = 0;
      const rivalHits = new Array<number>(rivals.length).fill(0);
      const end = Math.min(span.end, span.start + SCREEN_CHARS);
      for (const word of text.slice(span.start, end).toLowerCase().split(NON_WORD)) {
        if (word === '') continue;
        words++;
        if (own.has(word)) hits++;
        for (let r = 0; r < rivals.length; r++) if (rivals[r]!.has(word)) rivalHits[r]!++;
      }
      if (words === 0 || hits < words * minShare) return false;
      return rivalHits.every((h) => hits >= h * RIVAL_RATIO);
    },
  };
}
