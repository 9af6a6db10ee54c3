import { readFileSync } from 'node:fs';
import { normalizeForMatch } from '../normalize/fold.js';

/**
 * A learned transliteration model: P(Latin spelling | native name) as a memoryless transducer in
 * which each native letter (in its word position: initial, medial, final) emits a Latin chunk of
 * 0–4 letters ("ش" → "sh", "ي" → "i"/"ee"/"y", "ع" → ""), summed over all segmentations (forward
 * algorithm). Trained with EM (stochastic edit distance, Ristad & Yianilos 1998) by
 * scripts/kb/train-translit.ts on the names data's training part (Wikidata pairs, CC0; Google ar→en
 * pairs, Apache-2.0); the shipped table is derived from them.
 */

/** The shipped file: per script, per context (letter + position, or the bare letter as back-off), chunk probabilities. */
export interface TranslitModelFile {
  readonly version: 1;
  readonly maxChunk: number;
  readonly sources: readonly string[];
  /** Per-character geometric-mean probabilities that map to score 0 and 1 (see {@link TransliterationModel.score}). */
  readonly calibration: { readonly low: number; readonly high: number };
  readonly scripts: Readonly<Record<ModelScript, Readonly<Record<string, readonly (readonly [string, number])[]>>>>;
}

/** Native scripts with a table. */
export type ModelScript = 'arab' | 'cyrl';

/** A Latin string prepared for repeated scoring: chunk ids for every (start, length). */
export interface EncodedLatin {
  readonly length: number;
  /** `ids[j * (maxChunk + 1) + k]` is the id of latin[j, j+k), or -1 when the model never saw it. */
  readonly ids: Int32Array;
}

/** A native name prepared for repeated scoring: the emission rows of its letters. */
export interface EncodedNative {
  readonly position: readonly Float64Array[];
  readonly letter: readonly Float64Array[];
}

/** Scoring with a loaded model. */
export interface TransliterationModel {
  /** The script family of a name, or null for Latin and anything else. */
  scriptOf(name: string): ModelScript | null;
  /** log P(latin | native); -Infinity when no segmentation explains it. */
  logProb(native: string, latin: string): number;
  /** log P for prepared strings (to rank many candidates for one name). */
  logProbEncoded(native: EncodedNative, latin: EncodedLatin): number;
  encodeLatin(latin: string): EncodedLatin;
  encodeNative(native: string, script: ModelScript): EncodedNative;
  /** 0..1: the per-letter geometric mean of P, calibrated on held-out pairs. */
  score(native: string, latin: string): number;
}

// Interpolation weights: position-specific table, letter table, floor (an unseen chunk is not impossible).
const W_POSITION = 0.85;
const W_LETTER = 0.14;
const FLOOR = 1e-6;

const ARABIC_SCRIPT = /[\u0600-\u06ff]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;

/** Folds a native name to the letters the model knows. */
export function nativeLetters(name: string): string {
  return normalizeForMatch(name).replace(/[^\p{L}]/gu, '');
}

/** Folds a Latin name to a–z. */
export function latinLetters(name: string): string {
  return normalizeForMatch(name).replace(/[^a-z]/gu, '');
}

/** Position tag of letter i in a word of n letters. */
export function positionTag(i: number, n: number): string {
  return i === 0 ? '^' : i === n - 1 ? '$' : '-';
}

// Encoded strings remembered per model (see logProb below).
const MAX_MEMO_STRINGS = 10_000;

/**
 * Loads a model from its file contents.
 * @example createTransliterationModel(json).score('بيزشكيان', 'Pezeshkian') // ≈ 0.9
 */
export function createTransliterationModel(file: TranslitModelFile): TransliterationModel {
  const K = file.maxChunk;
  const chunkIds = new Map<string, number>();
  const rows = new Map<string, Float64Array>();
  const intern = (chunk: string) => {
    let id = chunkIds.get(chunk);
    if (id === undefined) chunkIds.set(chunk, (id = chunkIds.size));
    return id;
  };
  for (const table of Object.values(file.scripts)) for (const list of Object.values(table)) for (const [chunk] of list) intern(chunk);
  const size = chunkIds.size;
  for (const [script, table] of Object.entries(file.scripts)) {
    for (const [ctx, list] of Object.entries(table)) {
      const row = new Float64Array(size);
      for (const [chunk, p] of list) row[chunkIds.get(chunk)!] = p;
      rows.set(`${script}:${ctx}`, row);
    }
  }
  const emptyRow = new Float64Array(size);
  const encodeLatin = (latin: string): EncodedLatin => {
    const l = latinLetters(latin);
    const ids = new Int32Array((l.length + 1) * (K + 1)).fill(-1);
    for (let j = 0; j <= l.length; j++) {
      for (let k = 0; k <= K && j + k <= l.length; k++) ids[j * (K + 1) + k] = chunkIds.get(l.slice(j, j + k)) ?? -1;
    }
    return { length: l.length, ids };
  };
  const encodeNative = (native: string, script: ModelScript): EncodedNative => {
    const n = nativeLetters(native);
    const position: Float64Array[] = [];
    const letter: Float64Array[] = [];
    for (let i = 0; i < n.length; i++) {
      position.push(rows.get(`${script}:${n[i]}${positionTag(i, n.length)}`) ?? emptyRow);
      letter.push(rows.get(`${script}:${n[i]}`) ?? emptyRow);
    }
    return { position, letter };
  };
  let alpha = new Float64Array(64);
  let next = new Float64Array(64);
  const logProbEncoded = (native: EncodedNative, latin: EncodedLatin): number => {
    const N = native.position.length;
    const M = latin.length;
    if (N === 0 || M === 0) return -Infinity;
    if (alpha.length < M + 1) [alpha, next] = [new Float64Array(M + 1), new Float64Array(M + 1)];
    alpha.fill(0, 0, M + 1);
    alpha[0] = 1;
    let logScale = 0;
    for (let i = 0; i < N; i++) {
      const pos = native.position[i]!;
      const letter = native.letter[i]!;
      next.fill(0, 0, M + 1);
      for (let j = 0; j <= M; j++) {
        const a = alpha[j]!;
        if (a === 0) continue;
        for (let k = 0; k <= K && j + k <= M; k++) {
          const id = latin.ids[j * (K + 1) + k]!;
          const e = id < 0 ? FLOOR : W_POSITION * pos[id]! + W_LETTER * letter[id]! + FLOOR;
          next[j + k] = next[j + k]! + a * e;
        }
      }
      // Rescale each step so long names do not underflow.
      let max = 0;
      for (let j = 0; j <= M; j++) if (next[j]! > max) max = next[j]!;
      if (max === 0) return -Infinity;
      for (let j = 0; j <= M; j++) next[j] = next[j]! / max;
      logScale += Math.log(max);
      [alpha, next] = [next, alpha];
    }
    return alpha[M]! > 0 ? Math.log(alpha[M]!) + logScale : -Infinity;
  };
  const scriptOf = (name: string): ModelScript | null => (ARABIC_SCRIPT.test(name) ? 'arab' : CYRILLIC.test(name) ? 'cyrl' : null);
  // Linking scores one name against every alias in its key bucket: encode each string once.
  // Cleared when full (10k strings) rather than managed as an LRU; encodings are read-only.
  const natives = new Map<string, EncodedNative>();
  const latins = new Map<string, EncodedLatin>();
  const remember = <T>(memo: Map<string, T>, key: string, make: () => T): T => {
    let found = memo.get(key);
    if (found === undefined) {
      if (memo.size >= MAX_MEMO_STRINGS) memo.clear();
      memo.set(key, (found = make()));
    }
    return found;
  };
  const logProb = (native: string, latin: string) => {
    const script = scriptOf(native);
    if (!script) return -Infinity;
    const encodedNative = remember(natives, `${script}:${native}`, () => encodeNative(native, script));
    return logProbEncoded(encodedNative, remember(latins, latin, () => encodeLatin(latin)));
  };
  return {
    scriptOf,
    logProb,
    logProbEncoded,
    encodeLatin,
    encodeNative,
    score(native, latin) {
      const lp = logProb(native, latin);
      if (lp === -Infinity) return 0;
      const perLetter = lp / (latinLetters(latin).length + 1);
      const { low, high } = file.calibration;
      return Math.min(1, Math.max(0, (perLetter - Math.log(low)) / (Math.log(high) - Math.log(low))));
    },
  };
}

const MODEL_URL = new URL('./translit-model.json', import.meta.url);
let shipped: TransliterationModel | null | undefined;

/** The shipped model (loaded on first use), or null when the file is missing. */
export function shippedTransliterationModel(): TransliterationModel | null {
  if (shipped === undefined) {
    try {
      shipped = createTransliterationModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as TranslitModelFile);
    } catch {
      shipped = null;
    }
  }
  return shipped;
}

/**
 * How well a Latin spelling transliterates a native name (0..1), in either argument order; null
 * when the pair is not native↔Latin (two Latin spellings compare by key alone).
 * @example transliterationScore('Пезешкиан', 'Pezeshkian') // close to 1
 */
export function transliterationScore(a: string, b: string): number | null {
  const model = shippedTransliterationModel();
  if (!model) return null;
  const sa = model.scriptOf(a);
  const sb = model.scriptOf(b);
  if (sa && !sb && /[a-z]/iu.test(b)) return model.score(a, b);
  if (sb && !sa && /[a-z]/iu.test(a)) return model.score(b, a);
  return null;
}
