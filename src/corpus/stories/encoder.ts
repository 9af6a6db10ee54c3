import type { Analysis } from '../../model/analysis.js';
import type { PairScore } from './decision.js';
import type { Similarity } from './similarity.js';

/**
 * The extension point for a neural sentence or document encoder (e.g. a multilingual embedding
 * model such as LaBSE or multilingual-E5). None ships with crosswire, so it is off by default: a
 * caller that has one passes it to createStoryClusterer, and createEncoderSimilarity blends its
 * cosine into the feature similarity.
 */

/** Turns an analysed article into a dense vector (any dimension, the same for every article). */
export interface Encoder {
  readonly name: string;
  encode(analysis: Readonly<Analysis>): readonly number[] | null;
}

/** Options for {@link createEncoderSimilarity}. */
export interface EncoderSimilarityOptions {
  /** Share of the final score given to the vector cosine (0–1); default 0.5. */
  readonly share?: number;
}

/**
 * Blends the cosine of two articles' encoder vectors into a base similarity. The base keeps its date
 * veto: vectors know what happened, not when.
 * @example createStoryClusterer({ encoder, similarity: createEncoderSimilarity(createFeatureSimilarity()) })
 */
export function createEncoderSimilarity(base: Similarity, options: EncoderSimilarityOptions = {}): Similarity {
  const share = options.share ?? 0.5;
  return {
    name: `${base.name}+encoder`,
    compare(a, b, idf): PairScore {
      const result = base.compare(a, b, idf);
      if (!a.vector || !b.vector || result.dates.relation === 'far') return result;
      const cosine = cosineOf(a.vector, b.vector);
      const score = (1 - share) * result.score + share * cosine;
      const matches = result.matches.map((m) => ({ ...m, weight: m.weight * (1 - share) }));
      return {
        ...result,
        score,
        kinds: { ...result.kinds, embedding: cosine },
        matches: [{ key: `encoder:${a.vector.length}d`, kind: 'embedding', weight: share * cosine }, ...matches],
      };
    },
  };
}

/** Cosine of two vectors of the same dimension (0 when either is all zeros). */
export function cosineOf(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * (b[i] ?? 0);
    na += a[i]! * a[i]!;
    nb += (b[i] ?? 0) * (b[i] ?? 0);
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
