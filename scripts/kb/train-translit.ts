/**
 * Trains the transliteration model shipped as src/stages/entities/translit-model.json, by EM over
 * the names data's training part (scripts/kb/names-data.ts): each native letter, in its word
 * position, emits a Latin chunk of 0–4 letters; EM (forward–backward over all segmentations)
 * estimates the chunk probabilities (stochastic edit distance, Ristad & Yianilos 1998).
 * Persian letters missing from the Arabic data (پ چ ژ گ) borrow the learned rows of ب ش ز ك with
 * their Latin letter swapped (b→p, sh→ch, z→zh, k→g).
 *
 * Run: `node --import tsx scripts/kb/train-translit.ts [--data ../shared/data] [--iterations 6]`.
 * The held-out part (1 name in 10 by hash, and ar2en-eval.txt) is never read here.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { latinLetters, nativeLetters, positionTag, type TranslitModelFile, type ModelScript } from '../../src/stages/entities/translit-model.js';
import { hasNamesData, trainingPairs, type NamePair } from './names-data.js';

const K = 4;
// Chunk probabilities below this are dropped from the shipped table (they fall back to the floor).
const PRUNE = 2e-4;

interface Prepared {
  /** Context id of each native letter (position-specific) and its letter id (back-off). */
  readonly ctx: Int32Array;
  readonly letter: Int32Array;
  readonly M: number;
  /** Chunk id of latin[j, j+k) at j*(K+1)+k. */
  readonly chunks: Int32Array;
}

function flag(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

/** Trains one script's table: returns context → [chunk, probability][] (letter+position and bare letter). */
export function trainScript(pairs: readonly NamePair[], iterations: number, log: (s: string) => void = () => {}): Record<string, [string, number][]> {
  const ctxIds = new Map<string, number>();
  const chunkIds = new Map<string, number>([['', 0]]);
  const id = (map: Map<string, number>, key: string) => {
    let v = map.get(key);
    if (v === undefined) map.set(key, (v = map.size));
    return v;
  };
  const data: Prepared[] = [];
  for (const { native, latin } of pairs) {
    const n = nativeLetters(native);
    const l = latinLetters(latin);
    if (n.length === 0 || l.length === 0 || n.length > 30 || l.length > 40 || l.length > n.length * K) continue;
    const ctx = new Int32Array(n.length);
    const letter = new Int32Array(n.length);
    for (let i = 0; i < n.length; i++) {
      ctx[i] = id(ctxIds, `${n[i]}${positionTag(i, n.length)}`);
      letter[i] = id(ctxIds, n[i]!);
    }
    const chunks = new Int32Array((l.length + 1) * (K + 1)).fill(-1);
    for (let j = 0; j <= l.length; j++) for (let k = 0; k <= K && j + k <= l.length; k++) chunks[j * (K + 1) + k] = id(chunkIds, l.slice(j, j + k));
    data.push({ ctx, letter, M: l.length, chunks });
  }
  const C = ctxIds.size;
  const V = chunkIds.size;
  log(`${data.length} pairs, ${C} contexts, ${V} chunks`);
  let prob: Float64Array = new Float64Array(C * V).fill(1);
  for (let it = 0; it < iterations; it++) {
    const counts = new Float64Array(C * V);
    let logLikelihood = 0;
    for (const d of data) logLikelihood += accumulate(d, prob, counts, V);
    prob = normalise(counts, C, V);
    log(`iteration ${it + 1}: log-likelihood ${logLikelihood.toFixed(0)}`);
  }
  const table: Record<string, [string, number][]> = {};
  const chunkOf = [...chunkIds.keys()];
  for (const [ctx, c] of ctxIds) {
    const list: [string, number][] = [];
    for (let v = 0; v < V; v++) {
      const p = prob[c * V + v]!;
      if (p >= PRUNE) list.push([chunkOf[v]!, Number(p.toPrecision(4))]);
    }
    if (list.length) table[ctx] = list.sort((a, b) => b[1] - a[1]);
  }
  return table;
}

// E-step for one pair: forward–backward over segmentations, adding expected chunk counts to both
// the position-specific and the bare-letter context. Returns log P(latin | native).
function accumulate(d: Prepared, prob: Float64Array, counts: Float64Array, V: number): number {
  const N = d.ctx.length;
  const M = d.M;
  const W = M + 1;
  const emit = (i: number, j: number, k: number) => {
    const chunk = d.chunks[j * (K + 1) + k]!;
    return 0.9 * prob[d.ctx[i]! * V + chunk]! + 0.1 * prob[d.letter[i]! * V + chunk]! + 1e-9;
  };
  const alpha = new Float64Array((N + 1) * W);
  const beta = new Float64Array((N + 1) * W);
  alpha[0] = 1;
  for (let i = 0; i < N; i++) {
    for (let j = 0; j <= M; j++) {
      const a = alpha[i * W + j]!;
      if (a === 0) continue;
      for (let k = 0; k <= K && j + k <= M; k++) alpha[(i + 1) * W + j + k] = alpha[(i + 1) * W + j + k]! + a * emit(i, j, k);
    }
  }
  const Z = alpha[N * W + M]!;
  if (!(Z > 0)) return 0;
  beta[N * W + M] = 1;
  for (let i = N - 1; i >= 0; i--) {
    for (let j = 0; j <= M; j++) {
      let b = 0;
      for (let k = 0; k <= K && j + k <= M; k++) b += emit(i, j, k) * beta[(i + 1) * W + j + k]!;
      beta[i * W + j] = b;
    }
  }
  for (let i = 0; i < N; i++) {
    for (let j = 0; j <= M; j++) {
      const a = alpha[i * W + j]!;
      if (a === 0) continue;
      for (let k = 0; k <= K && j + k <= M; k++) {
        const c = (a * emit(i, j, k) * beta[(i + 1) * W + j + k]!) / Z;
        if (c < 1e-12) continue;
        const chunk = d.chunks[j * (K + 1) + k]!;
        counts[d.ctx[i]! * V + chunk] = counts[d.ctx[i]! * V + chunk]! + c;
        counts[d.letter[i]! * V + chunk] = counts[d.letter[i]! * V + chunk]! + c;
      }
    }
  }
  return Math.log(Z);
}

function normalise(counts: Float64Array, C: number, V: number): Float64Array {
  const prob = new Float64Array(C * V);
  for (let c = 0; c < C; c++) {
    let total = 0;
    for (let v = 0; v < V; v++) total += counts[c * V + v]!;
    if (total === 0) continue;
    for (let v = 0; v < V; v++) prob[c * V + v] = counts[c * V + v]! / total;
  }
  return prob;
}

// Persian letters the Arabic data lacks borrow a related letter's row, with the Latin swapped.
const BORROW: readonly (readonly [string, string, string, string])[] = [
  ['پ', 'ب', 'b', 'p'],
  ['چ', 'ش', 'sh', 'ch'],
  ['ژ', 'ز', 'z', 'zh'],
  ['گ', 'ك', 'k', 'g'],
];

function addPersianLetters(table: Record<string, [string, number][]>): void {
  for (const [persian, arabic, from, to] of BORROW) {
    for (const suffix of ['', '^', '-', '$']) {
      const row = table[`${arabic}${suffix}`];
      if (!row || table[`${persian}${suffix}`]) continue;
      table[`${persian}${suffix}`] = row.map(([chunk, p]) => [chunk.startsWith(from) ? to + chunk.slice(from.length) : chunk, p]);
    }
  }
}

async function main(argv: string[]): Promise<void> {
  const dataDir = resolve(flag(argv, '--data', '../shared/data'));
  if (!hasNamesData(dataDir)) throw new Error(`names data not found under ${dataDir}/names (pass --data DIR)`);
  const iterations = Number(flag(argv, '--iterations', '6'));
  const scripts: Record<ModelScript, Record<string, [string, number][]>> = { arab: {}, cyrl: {} };
  for (const script of ['arab', 'cyrl'] as const) {
    console.log(`== ${script}`);
    scripts[script] = trainScript(trainingPairs(dataDir, script), iterations, (s) => console.log(`  ${s}`));
  }
  addPersianLetters(scripts.arab);
  const file: TranslitModelFile = {
    version: 1,
    maxChunk: K,
    sources: [
      'Trained by scripts/kb/train-translit.ts on ../shared/data/names, training part only:',
      'Wikidata name pairs wd_arabic_80.tsv / wd_russian_80.tsv minus the 1-in-10 hash hold-out (Merhav & Ash 2018, CC0)',
      'Google ar2en-train.txt (Apache-2.0)',
    ],
    // From the held-out ar2en-eval pairs: gold pairs' per-letter P has 10th percentile 0.28, random pairs' 99th 0.07.
    calibration: { low: 0.07, high: 0.3 },
    scripts,
  };
  const out = new URL('../../src/stages/entities/translit-model.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${out.pathname}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main(process.argv.slice(2));
