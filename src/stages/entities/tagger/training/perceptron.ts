import { extractFeatures, FEATURE_VERSION, normalizerDigest, type FeatureConfig, type Gazetteer, type SentenceFeatures } from '../features.js';
import { LABEL_COUNT, LABELS, OUTSIDE } from '../labels.js';
import { createModel, scoreEmissions, type TaggerModel } from '../model.js';
import { START_ROW, viterbi } from '../viterbi.js';
import { createRandom, shuffle } from '../../../../util/random.js';

/**
 * Averaged structured perceptron (Collins 2002, "Discriminative training methods for hidden
 * Markov models"): decode each sentence with the current weights, and where the best sequence
 * differs from the gold one, add the gold features and subtract the predicted ones. The returned
 * weights are the average over all steps, computed lazily (Daumé III 2006, §2.1.1) so an update
 * costs only its own features.
 */

/** A sentence with gold labels (indices into {@link LABELS}), one per token. */
export interface TrainingSentence {
  readonly tokens: readonly string[];
  readonly labels: Uint8Array;
  /** Document-history summaries of the tokens (history.ts), when the sentence has a document. */
  readonly history?: Int16Array;
}

/** Options of {@link trainTagger}. */
export interface TrainOptions {
  readonly language: string;
  readonly features: FeatureConfig;
  readonly trainedOn: string;
  readonly licence: string;
  /** Passes over the data; 12 suits corpora of 30k–150k tokens. */
  readonly epochs?: number;
  /** Features seen fewer times in training are dropped before training (a size/accuracy trade-off). */
  readonly minCount?: number;
  readonly seed?: number;
  readonly gazetteer?: Gazetteer;
  /** Called after each pass with the share of sentences that needed an update. */
  readonly onEpoch?: (epoch: number, errorRate: number) => void;
}

const L = LABEL_COUNT;
const DEFAULT_EPOCHS = 12;
const DEFAULT_MIN_COUNT = 1;
// Sentences sampled to estimate the margin scale of span scores.
const MARGIN_SAMPLE = 2000;

/**
 * Trains a tagger on labelled sentences.
 * @example const model = trainTagger(sentences, { language: 'ro', features, trainedOn: 'RONEC', licence: 'MIT' })
 */
export function trainTagger(sentences: readonly TrainingSentence[], options: TrainOptions): TaggerModel {
  const epochs = options.epochs ?? DEFAULT_EPOCHS;
  const extracted = sentences.map((s) => extractFeatures(s.tokens, options.features, options.gazetteer, s.history));
  const { keys, rowsOf } = indexFeatures(extracted, options.minCount ?? DEFAULT_MIN_COUNT);
  const rows = extracted.map((f) => rowsOf(f));
  const state = createState(keys.length);
  const random = createRandom(options.seed ?? 1);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    for (const s of order) {
      if (trainOne(state, rows[s]!, sentences[s]!.labels)) errors++;
      state.step++;
    }
    options.onEpoch?.(epoch, errors / Math.max(1, sentences.length));
  }
  const { weights, transitions } = averageWeights(state);
  const kept = pruneZeroRows(keys, weights);
  const header = {
    format: 1 as const,
    language: options.language,
    featureVersion: FEATURE_VERSION,
    labels: LABELS,
    features: options.features,
    normalizer: normalizerDigest(),
    usesGazetteer: options.gazetteer !== undefined,
    marginScale: 1,
    trainedOn: options.trainedOn,
    licence: options.licence,
    epochs,
    sentences: sentences.length,
    tokens: sentences.reduce((n, s) => n + s.tokens.length, 0),
  };
  const draft = createModel(header, kept.keys, kept.weights, transitions);
  const marginScale = estimateMarginScale(draft, extracted, sentences);
  return createModel({ ...header, marginScale }, kept.keys, kept.weights, transitions);
}

/** Sentence features as weight rows (−1 = pruned feature). */
type Rows = { readonly rows: Int32Array; readonly offsets: Uint32Array };

interface State {
  step: number;
  readonly w: Float64Array;
  /** Σ step × update, for the lazy average w − u/step. */
  readonly u: Float64Array;
  readonly t: Float64Array;
  readonly tu: Float64Array;
}

function createState(rows: number): State {
  const tSize = (L + 1) * L;
  return { step: 1, w: new Float64Array(rows * L), u: new Float64Array(rows * L), t: new Float64Array(tSize), tu: new Float64Array(tSize) };
}

function indexFeatures(extracted: readonly SentenceFeatures[], minCount: number) {
  const counts = new Map<number, number>();
  for (const f of extracted) for (const k of f.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [k, c] of counts) if (c >= minCount) index.set(k, index.size);
  const keys = new Uint32Array(index.size);
  for (const [k, row] of index) keys[row] = k;
  const rowsOf = (f: SentenceFeatures): Rows => ({ rows: Int32Array.from(f.keys, (k) => index.get(k) ?? -1), offsets: f.offsets });
  return { keys, rowsOf };
}

function emissionsOf(state: State, sentence: Rows): Float64Array {
  const n = sentence.offsets.length - 1;
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let k = sentence.offsets[i]!; k < sentence.offsets[i + 1]!; k++) {
      const row = sentence.rows[k]!;
      if (row < 0) continue;
      for (let l = 0; l < L; l++) out[i * L + l] = out[i * L + l]! + state.w[row * L + l]!;
    }
  }
  return out;
}

// One perceptron step; returns whether the prediction was wrong (and the weights changed).
function trainOne(state: State, sentence: Rows, gold: Uint8Array): boolean {
  const n = gold.length;
  const predicted = viterbi(emissionsOf(state, sentence), n, state.t).labels;
  let wrong = false;
  for (let i = 0; i < n; i++) {
    const g = gold[i]!;
    const p = predicted[i]!;
    if (g !== p) {
      wrong = true;
      for (let k = sentence.offsets[i]!; k < sentence.offsets[i + 1]!; k++) {
        const row = sentence.rows[k]!;
        if (row < 0) continue;
        bump(state.w, state.u, row * L + g, 1, state.step);
        bump(state.w, state.u, row * L + p, -1, state.step);
      }
    }
    const gPrev = i === 0 ? START_ROW : gold[i - 1]!;
    const pPrev = i === 0 ? START_ROW : predicted[i - 1]!;
    if (g !== p || gPrev !== pPrev) {
      bump(state.t, state.tu, gPrev * L + g, 1, state.step);
      bump(state.t, state.tu, pPrev * L + p, -1, state.step);
    }
  }
  return wrong;
}

function bump(w: Float64Array, u: Float64Array, at: number, delta: number, step: number): void {
  w[at] = w[at]! + delta;
  u[at] = u[at]! + step * delta;
}

function averageWeights(state: State) {
  const weights = new Float32Array(state.w.length);
  for (let i = 0; i < weights.length; i++) weights[i] = state.w[i]! - state.u[i]! / state.step;
  // Rounded through float32, the precision model files store them in.
  const transitions = new Float64Array(state.t.length);
  for (let i = 0; i < transitions.length; i++) transitions[i] = Math.fround(state.t[i]! - state.tu[i]! / state.step);
  return { weights, transitions };
}

// Features that never took part in a wrong prediction keep all-zero rows: drop them. Rows are
// sorted by key, the order model files store and the feature table builds fastest from.
function pruneZeroRows(keys: Uint32Array, weights: Float32Array) {
  const keep: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    for (let l = 0; l < L; l++) if (weights[r * L + l] !== 0) { keep.push(r); break; }
  }
  keep.sort((a, b) => keys[a]! - keys[b]!);
  const outKeys = new Uint32Array(keep.length);
  const outWeights = new Float32Array(keep.length * L);
  keep.forEach((r, i) => {
    outKeys[i] = keys[r]!;
    outWeights.set(weights.subarray(r * L, r * L + L), i * L);
  });
  return { keys: outKeys, weights: outWeights };
}

// The median margin of gold entity tokens the model gets right: a typical "confident" margin.
function estimateMarginScale(model: TaggerModel, extracted: readonly SentenceFeatures[], sentences: readonly TrainingSentence[]): number {
  const margins: number[] = [];
  const step = Math.max(1, Math.floor(sentences.length / MARGIN_SAMPLE));
  for (let s = 0; s < sentences.length; s += step) {
    const gold = sentences[s]!.labels;
    const decoded = viterbi(scoreEmissions(model, extracted[s]!), gold.length, model.transitions);
    const tokenMargins = decoded.margins();
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] !== OUTSIDE && decoded.labels[i] === gold[i] && Number.isFinite(tokenMargins[i]!)) margins.push(tokenMargins[i]!);
    }
  }
  if (margins.length === 0) return 1;
  margins.sort((a, b) => a - b);
  return Math.max(margins[margins.length >> 1]!, 1e-6);
}
