import { isAllowedTransition, LABEL_COUNT } from './labels.js';

/**
 * First-order Viterbi decoding (Viterbi 1967; as used for the structured perceptron by
 * Collins 2002) over the BIO labels, with invalid transitions (O → I-X, B-X → I-Y) forbidden
 * so every decoded sequence is well formed.
 */

const L = LABEL_COUNT;
/** Row of the transition matrix used for the first token. */
export const START_ROW = L;

// For each label, the labels that may precede it (I-X: only B-X and I-X), and whether it may
// start a sentence. Listing them keeps the inner loop free of branches.
const PREDECESSORS: readonly Int32Array[] = Array.from({ length: L }, (_, c) =>
  Int32Array.from({ length: L }, (_, p) => p).filter((p) => isAllowedTransition(p, c)),
);
const CAN_START = Uint8Array.from({ length: L }, (_, c) => (isAllowedTransition(-1, c) ? 1 : 0));

/** A decoded sentence: labels, and on demand how far each token's label beats the runner-up. */
export interface Decoding {
  readonly labels: Uint8Array;
  /**
   * Max-marginal margin per token (best path score minus the best path with another label
   * there; ≥ 0). Computed on first call: the backward pass it needs doubles the decoding cost.
   */
  margins(): Float64Array;
}

/**
 * Best label sequence for `n` tokens. `emissions[i * L + l]` scores label `l` at token `i`;
 * `transitions[p * L + c]` scores `c` after `p` (row {@link START_ROW} for the first token).
 * @example viterbi(new Float64Array(9), 1, new Float64Array(90)).labels // Uint8Array [0]
 */
export function viterbi(emissions: Float64Array, n: number, transitions: Float64Array): Decoding {
  const labels = new Uint8Array(n);
  if (n === 0) return { labels, margins: () => new Float64Array(0) };
  const alpha = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let c = 0; c < L; c++) {
    alpha[c] = CAN_START[c] ? emissions[c]! + transitions[START_ROW * L + c]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const here = i * L;
    const before = here - L;
    for (let c = 0; c < L; c++) {
      const preds = PREDECESSORS[c]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const s = alpha[before + p]! + transitions[p * L + c]!;
        if (s > best) { best = s; arg = p; }
      }
      alpha[here + c] = best + emissions[here + c]!;
      back[here + c] = arg;
    }
  }
  let last = 0;
  for (let c = 1; c < L; c++) if (alpha[(n - 1) * L + c]! > alpha[(n - 1) * L + last]!) last = c;
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * L + labels[i]!]!;
  let margins: Float64Array | null = null;
  return { labels, margins: () => (margins ??= computeMargins(emissions, n, transitions, alpha, labels)) };
}

// Max-marginals: alpha (best prefix ending in l at i) plus beta (best suffix after i given l).
function computeMargins(
  emissions: Float64Array, n: number, transitions: Float64Array, alpha: Float64Array, labels: Uint8Array,
): Float64Array {
  const margins = new Float64Array(n);
  const beta = new Float64Array(n * L);
  // next[c] = emission + beta of label c at token i + 1; a label's successors are all labels c
  // whose predecessor list contains it.
  const next = new Float64Array(L);
  for (let i = n - 2; i >= 0; i--) {
    for (let c = 0; c < L; c++) next[c] = emissions[(i + 1) * L + c]! + beta[(i + 1) * L + c]!;
    for (let p = 0; p < L; p++) beta[i * L + p] = -Infinity;
    for (let c = 0; c < L; c++) {
      const preds = PREDECESSORS[c]!;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const s = transitions[p * L + c]! + next[c]!;
        if (s > beta[i * L + p]!) beta[i * L + p] = s;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const chosen = labels[i]!;
    const top = alpha[i * L + chosen]! + beta[i * L + chosen]!;
    let runnerUp = -Infinity;
    for (let l = 0; l < L; l++) {
      if (l === chosen) continue;
      const s = alpha[i * L + l]! + beta[i * L + l]!;
      if (s > runnerUp) runnerUp = s;
    }
    margins[i] = Number.isFinite(runnerUp) ? top - runnerUp : Infinity;
  }
  return margins;
}
