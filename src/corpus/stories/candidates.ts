import type { StoryFeatures } from './features.js';
import { featureKind } from './features.js';
import type { KindWeights } from './similarity.js';
import type { StoryIndex } from './story-index.js';

/**
 * Candidate retrieval for story assignment: the new article's rarest, most telling feature keys are
 * looked up in the inverted index, each posting list read only up to a bound (newest first), and
 * the articles met most often, weighted, are the candidates. Cost is bounded by
 * `(maxKeys + maxTermKeys) × postingsPerKey` reads and `maxCandidates` comparisons, whatever the size of the corpus.
 */

/** Bounds of candidate retrieval. */
export interface CandidateOptions {
  /** Language-independent feature keys looked up, rarest (highest weight) first; default 30. */
  readonly maxKeys?: number;
  /** Term keys looked up besides; default 15. Separate, so a long text's rare words cannot crowd out its names. */
  readonly maxTermKeys?: number;
  /** Postings read per key, newest first; default 50. */
  readonly postingsPerKey?: number;
  /** Articles compared in full; default 25. */
  readonly maxCandidates?: number;
}

// The postings a feature key reads, and the key whose weight it carries: a name also finds the same
// word in scripts without capitals (`w:`), and such a word finds it as a name.
function lookupKeys(key: string): { key: string; as: string }[] {
  if (key.startsWith('w:')) return [{ key: 'n:' + key.slice(2), as: 'n:' + key.slice(2) }];
  if (key.startsWith('n:')) return [{ key, as: key }, { key: 'w:' + key.slice(2), as: key }];
  return [{ key, as: key }];
}

/**
 * Term keys an article is posted under: its most telling terms (sublinear TF × IDF). Retrieval
 * looks up a new article's rarest terms, which are among the most telling terms of the stored
 * articles that share them; the postings of an article's common words would never be read, and
 * writing them was most of the index's cost.
 */
export const POSTED_TERMS = 40;

/**
 * The keys whose posting lists get the article: every language-independent key, and its
 * POSTED_TERMS most telling terms.
 * @example postedKeys(features, idf) // ['e:Q184', 'n:pezeshkian', 't:minsk', …]
 */
export function postedKeys(features: StoryFeatures, idf: (key: string) => number): string[] {
  const posted: string[] = [];
  const terms: { key: string; weight: number }[] = [];
  for (const [key, count] of Object.entries(features.counts)) {
    if (featureKind(key) === 'term') terms.push({ key, weight: (1 + Math.log(count)) * idf(key) });
    else posted.push(key);
  }
  if (terms.length <= POSTED_TERMS) return [...posted, ...terms.map((t) => t.key)];
  terms.sort((a, b) => b.weight - a.weight);
  for (let i = 0; i < POSTED_TERMS; i++) posted.push(terms[i]!.key);
  return posted;
}

/** Retrieved candidates and what retrieval cost. */
export interface CandidateSet {
  /** Article ids, best partial score first. */
  readonly ids: readonly string[];
  readonly postingsRead: number;
}

/**
 * Finds the stored articles worth comparing with `features`.
 * @example retrieveCandidates(features, index, idf, weights).ids.length // ≤ 25
 */
export function retrieveCandidates(
  features: StoryFeatures,
  index: Pick<StoryIndex, 'documentFrequency' | 'postings'>,
  idf: (key: string) => number,
  weights: KindWeights,
  options: CandidateOptions = {},
): CandidateSet {
  const maxKeys = options.maxKeys ?? 30;
  const maxTermKeys = options.maxTermKeys ?? 15;
  const perKey = options.postingsPerKey ?? 50;
  const maxCandidates = options.maxCandidates ?? 25;
  // Keys no stored article has cannot retrieve anything, however rare: skip them before ranking.
  const ranked = Object.keys(features.counts)
    .flatMap(lookupKeys)
    .filter((k) => index.documentFrequency(k.key) > 0)
    .map(({ key, as }) => ({ key, term: featureKind(as) === 'term', weight: weights[featureKind(as)] * idf(as) }))
    .filter((k) => k.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  const keys = [...ranked.filter((k) => !k.term).slice(0, maxKeys), ...ranked.filter((k) => k.term).slice(0, maxTermKeys)];
  const partial = new Map<string, number>();
  let postingsRead = 0;
  for (const { key, weight } of keys) {
    const ids = index.postings(key, perKey);
    postingsRead += ids.length;
    for (const id of ids) partial.set(id, (partial.get(id) ?? 0) + weight);
  }
  const ids = [...partial.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, maxCandidates)
    .map(([id]) => id);
  return { ids, postingsRead };
}
