import { createFeatureTable, type FeatureTable } from './feature-table.js';
import type { FeatureConfig, SentenceFeatures } from './features.js';
import { LABEL_COUNT } from './labels.js';

/**
 * A trained linear tagger: one weight per (feature, label), one per label transition. The
 * score of a label sequence is the sum of its feature and transition weights (Collins 2002).
 */

/** What a model file says about itself; stored as JSON in the file header. */
export interface ModelHeader {
  readonly format: 1;
  /** ISO 639-1 code of the language the model tags. */
  readonly language: string;
  /** {@link FEATURE_VERSION} of the templates the model was trained with. */
  readonly featureVersion: number;
  readonly labels: readonly string[];
  readonly features: FeatureConfig;
  /** {@link normalizerDigest} at training time. */
  readonly normalizer: string;
  /** Whether training saw gazetteer features; without a gazetteer at run time they stay silent. */
  readonly usesGazetteer: boolean;
  /** Margin at which a span's score reaches 0.75 (the median entity-token margin on training data). */
  readonly marginScale: number;
  /** Corpus, portion and licence of the training data, for docs and `crosswire` provenance. */
  readonly trainedOn: string;
  readonly licence: string;
  readonly epochs: number;
  readonly sentences: number;
  readonly tokens: number;
}

/** A model ready for decoding. */
export interface TaggerModel {
  readonly header: ModelHeader;
  /** Feature key of each weight row. */
  readonly keys: Uint32Array;
  /** Row-major `keys.length × LABEL_COUNT` weights. */
  readonly weights: Float32Array;
  /** `(LABEL_COUNT + 1) × LABEL_COUNT`; the last row scores the first label of a sentence. */
  readonly transitions: Float64Array;
  readonly table: FeatureTable;
}

/** Assembles a model, building its lookup table. */
export function createModel(header: ModelHeader, keys: Uint32Array, weights: Float32Array, transitions: Float64Array): TaggerModel {
  return { header, keys, weights, transitions, table: createFeatureTable(keys, weights, LABEL_COUNT) };
}

/**
 * Per-token label scores: `out[i * LABEL_COUNT + l]` sums the weights of token `i`'s features for `l`.
 * Features the model never kept (unseen or pruned) contribute nothing.
 */
export function scoreEmissions(model: TaggerModel, features: SentenceFeatures): Float64Array {
  const L = LABEL_COUNT;
  const n = features.offsets.length - 1;
  const out = new Float64Array(n * L);
  const { keys, offsets } = features;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const at = model.table.find(keys[k]!);
      if (at < 0) continue;
      for (let l = 0; l < L; l++) out[base + l] = out[base + l]! + model.table.data[at + l]!;
    }
  }
  return out;
}
