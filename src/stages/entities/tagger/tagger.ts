import { gazetteerTypes, isHeadline, viewToken, type Gazetteer } from './features.js';
import { createDocumentHistory, HISTORY_CODES, NO_HISTORY, type DocumentHistory } from './history.js';
import { decodeSpans, LABEL_COUNT, type TagType } from './labels.js';
import type { TaggerModel } from './model.js';
import {
  emitAsLeft, emitAsLeft2, emitAsRight, emitAsRight2, emitHistory, emitIntrinsicKeys, emitPairwise, featureKey, HISTORY_CAPS,
  historyKey,
  type Emit, type TokenView, type Value,
} from './templates.js';
import { viterbi } from './viterbi.js';

/** A name found by a tagger, over token indices (end exclusive). */
export interface TaggedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: TagType;
  /** Uncalibrated confidence in (0.5, 1]: 0.5 at a tie with another labelling, 0.75 at a typical margin. */
  readonly score: number;
}

/** Tags the sentences of one document in order, remembering what it said about each word. */
export interface DocumentTagger {
  /** Tags the document's next sentence of tokens (as `tokenize()` cuts them) and returns its names. */
  tag(tokens: readonly string[]): TaggedSpan[];
}

/** A sequence tagger for one language. */
export interface Tagger extends DocumentTagger {
  readonly language: string;
  /** Tags one sentence on its own (no document history) and returns its names. */
  tag(tokens: readonly string[]): TaggedSpan[];
  /** A tagger for the sentences of one document, read in order: later sentences see earlier labels. */
  document(): DocumentTagger;
}

const L = LABEL_COUNT;
// Score blocks cached per word: its own features, and the features it gives a token as that
// token's left, right, second-left and second-right neighbour.
const OWN = 0;
const AS_LEFT = L;
const AS_RIGHT = 2 * L;
const AS_LEFT2 = 3 * L;
const AS_RIGHT2 = 4 * L;
const BLOCKS = 5 * L;

interface CachedWord {
  readonly view: TokenView;
  readonly scores: Float64Array;
  /** The word's key in a document history (null: not recorded). */
  readonly historyKey: string | null;
  /** Index of its capitalisation class in HISTORY_CAPS, or -1 when it gets no history features. */
  readonly historySlot: number;
}

interface ModelCache {
  /** Words seen since the last turnover. */
  words: Map<string, CachedWord>;
  /** The generation before: a word found here moves back into `words`. */
  older: Map<string, CachedWord>;
  /** The neighbour blocks of the sentence edges (no word there). */
  readonly edges: Float64Array;
  /** The summed history-feature weights of every summary code and history slot (see historyBlock). */
  readonly history: Float64Array;
}

// News repeats its words, so most tokens cost a map lookup plus the ~10 pairwise features.
// Two generations of up to 20k words each (≈ 8 MB each): when the current one fills it becomes
// the older one, so frequent words survive a turnover (a cheap LRU approximation) instead of
// every word being recomputed after a full clear.
const MAX_CACHED_WORDS = 20_000;
const caches = new WeakMap<TaggerModel, ModelCache>();

/**
 * Wraps a model as a {@link Tagger}.
 * @example createTagger(model).tag(['Klaus', 'Iohannis', 'a', 'spus']) // [{start:0,end:2,type:'PER',score:0.97}]
 */
export function createTagger(model: TaggerModel, gazetteer?: Gazetteer): Tagger {
  const scale = model.header.marginScale;
  const lookup = gazetteer ? memoizeGazetteer(gazetteer) : undefined;
  const tagSentence = (tokens: readonly string[], history: DocumentHistory | null): TaggedSpan[] => {
    if (tokens.length === 0) return [];
    const { scores, words } = scoreSentence(model, tokens, lookup, history);
    const decoded = viterbi(scores, tokens.length, model.transitions);
    if (history) for (let i = 0; i < words.length; i++) history.record(words[i]!.historyKey, decoded.labels[i]!);
    const spans = decodeSpans(decoded.labels);
    // Margins need a backward pass: only sentences with names pay for it.
    const margins = spans.length > 0 ? decoded.margins() : null;
    return spans.map((s) => {
      let margin = Infinity;
      for (let i = s.start; i < s.end; i++) margin = Math.min(margin, margins![i]!);
      return { ...s, score: scoreOfMargin(margin, scale) };
    });
  };
  return {
    language: model.header.language,
    tag: (tokens) => tagSentence(tokens, null),
    document() {
      const history = createDocumentHistory();
      return { tag: (tokens) => tagSentence(tokens, history) };
    },
  };
}

type GazetteerLookup = (view: TokenView) => readonly Value[];

// Gazetteer types per word, remembered for this tagger (the gazetteer is the caller's function).
function memoizeGazetteer(gazetteer: Gazetteer): GazetteerLookup {
  const memo = new Map<string, readonly Value[]>();
  return (view) => {
    let types = memo.get(view.norm.s);
    if (!types) {
      if (memo.size >= MAX_CACHED_WORDS) memo.clear();
      memo.set(view.norm.s, (types = gazetteerTypes(view, gazetteer)));
    }
    return types;
  };
}

/** Label scores of every token: cached per-word blocks plus the pairwise and history features' weights. */
function scoreSentence(
  model: TaggerModel, tokens: readonly string[], gazetteer: GazetteerLookup | undefined, history: DocumentHistory | null,
): { scores: Float64Array; words: CachedWord[] } {
  const cache = cacheOf(model);
  const n = tokens.length;
  const words = tokens.map((t) => cachedWord(model, cache, t));
  const views = words.map((w) => w.view);
  const out = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const own = words[i]!.scores;
    const left = i > 0 ? words[i - 1]!.scores : cache.edges;
    const right = i + 1 < n ? words[i + 1]!.scores : cache.edges;
    const left2 = i > 1 ? words[i - 2]!.scores : cache.edges;
    const right2 = i + 2 < n ? words[i + 2]!.scores : cache.edges;
    for (let l = 0; l < L; l++) {
      out[base + l] = own[OWN + l]! + left[AS_LEFT + l]! + right[AS_RIGHT + l]! + left2[AS_LEFT2 + l]! + right2[AS_RIGHT2 + l]!;
    }
  }
  const headline = isHeadline(views);
  const gaz = gazetteer ? views.map(gazetteer) : null;
  let base = 0;
  const add = accumulate(model, out, () => base);
  for (let i = 0; i < n; i++) {
    base = i * L;
    emitPairwise(views, i, headline, gaz, add);
  }
  if (history) addHistoryScores(cache.history, words, history, out);
  return { scores: out, words };
}

// History features come from a few hundred (summary, capitalisation) pairs: their summed weights
// are precomputed per model, so a word's history costs one lookup and one block add.
function addHistoryScores(blocks: Float64Array, words: readonly CachedWord[], history: DocumentHistory, out: Float64Array): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.historySlot < 0) continue;
    const code = history.summary(word.historyKey);
    if (code === NO_HISTORY) continue;
    const at = historyBlock(code, word.historySlot);
    for (let l = 0; l < L; l++) out[i * L + l] = out[i * L + l]! + blocks[at + l]!;
  }
}

const historyBlock = (code: number, slot: number) => (code * HISTORY_CAPS.length + slot) * L;

// An Emit that adds a feature's weights to `out` at the offset `at()` gives.
function accumulate(model: TaggerModel, out: Float64Array, at: () => number): Emit {
  const { table } = model;
  const data = table.data;
  return (t, a, b) => {
    const found = table.find(featureKey(t, a, b));
    if (found < 0) return;
    const base = at();
    for (let l = 0; l < L; l++) out[base + l] = out[base + l]! + data[found + l]!;
  };
}

function cacheOf(model: TaggerModel): ModelCache {
  let cache = caches.get(model);
  if (!cache) {
    const edges = new Float64Array(BLOCKS);
    let block = 0;
    const add = accumulate(model, edges, () => block);
    block = AS_LEFT; emitAsLeft(null, add);
    block = AS_RIGHT; emitAsRight(null, add);
    block = AS_LEFT2; emitAsLeft2(null, add);
    block = AS_RIGHT2; emitAsRight2(null, add);
    const history = new Float64Array(HISTORY_CODES * HISTORY_CAPS.length * L);
    const addHistory = accumulate(model, history, () => block);
    for (let code = 0; code < HISTORY_CODES; code++) {
      HISTORY_CAPS.forEach((cap, slot) => {
        block = historyBlock(code, slot);
        emitHistory(code, cap, addHistory);
      });
    }
    cache = { words: new Map(), older: new Map(), edges, history };
    caches.set(model, cache);
  }
  return cache;
}

function cachedWord(model: TaggerModel, cache: ModelCache, raw: string): CachedWord {
  const hit = cache.words.get(raw);
  if (hit) return hit;
  const old = cache.older.get(raw);
  const word = old ?? computeWord(model, raw);
  if (cache.words.size >= MAX_CACHED_WORDS) {
    cache.older = cache.words;
    cache.words = new Map();
  }
  cache.words.set(raw, word);
  return word;
}

function computeWord(model: TaggerModel, raw: string): CachedWord {
  const view = viewToken(raw, model.header.features);
  const scores = new Float64Array(BLOCKS);
  const { table } = model;
  const data = table.data;
  // Intrinsic features by key (no value objects); the same features, in the same order, as emitIntrinsic.
  emitIntrinsicKeys(raw, view, (key) => {
    const found = table.find(key);
    if (found < 0) return;
    for (let l = 0; l < L; l++) scores[OWN + l] = scores[OWN + l]! + data[found + l]!;
  });
  let block = AS_LEFT;
  const add = accumulate(model, scores, () => block);
  emitAsLeft(view, add);
  block = AS_RIGHT; emitAsRight(view, add);
  block = AS_LEFT2; emitAsLeft2(view, add);
  block = AS_RIGHT2; emitAsRight2(view, add);
  return { view, scores, historyKey: historyKey(view), historySlot: HISTORY_CAPS.indexOf(view.cap) };
}

// A span is as sure as its least sure token; the margin halves its distance to 1 every `scale`.
function scoreOfMargin(margin: number, scale: number): number {
  if (!Number.isFinite(margin)) return 1;
  return 1 - 0.5 * Math.pow(2, -margin / scale);
}
