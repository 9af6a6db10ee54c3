import { relateDates } from './dates.js';
import type { EvidenceKind, FeatureMatch, PairScore } from './decision.js';
import { featureKind, type FeatureKind, type StoryFeatures } from './features.js';
import { relateParticipants } from './participants.js';

/**
 * The default story similarity: a weighted sum of per-kind TF-IDF cosines (Salton & Buckley 1988)
 * over the language-independent features (entities, places, name keys) and, for two articles in the
 * same language, their stemmed terms; numbers and cited agencies only add. Event dates gate it: dates
 * too far apart veto the match (same actors, different event), the same day adds a bonus.
 */

/**
 * How rare a feature is in the index: the inverse document frequency the weights use. An `epoch`
 * says the values stay the same until it changes, so article vectors may be cached meanwhile.
 */
export type Idf = ((key: string) => number) & { readonly epoch?: number };

/** Scores how likely two articles report the same event; replaceable (see createEncoderSimilarity). */
export interface Similarity {
  readonly name: string;
  compare(a: StoryFeatures, b: StoryFeatures, idf: Idf): PairScore;
}

/** Weight of each evidence kind in the combined score. */
export type KindWeights = Readonly<Record<EvidenceKind, number>>;

/**
 * Default weights. Entities (KB-linked) are the strongest cross-lingual evidence; name keys stand in
 * for them when the entity stage found nothing; terms carry within-language similarity. Tuned on the
 * ECB+ and xling dev sets (docs/quality.md, Stories).
 */
export const DEFAULT_KIND_WEIGHTS: KindWeights = {
  entity: 1.5,
  place: 0.75,
  name: 2,
  term: 3.5,
  number: 0.6,
  agency: 0.3,
  // `w:` words are compared as names (see weightVector), never as a kind of their own.
  word: 0,
  embedding: 3,
};

// Kinds that only add evidence: two reports of one event often cite different figures and agencies.
const BONUS_KINDS = new Set<EvidenceKind>(['number', 'agency']);

/** Shared language-independent keys from which their evidence counts in full (fewer: in proportion). */
export const MIN_SHARED_KEYS = 3;

/** Share of the score kept when the two articles' participants differ. */
export const PARTICIPANTS_DIFFER_FACTOR = 0.5;

/** Score added when both event dates are known and fall on the same day. */
export const SAME_DAY_BONUS = 0.1;

/** Options for {@link createFeatureSimilarity}. */
export interface FeatureSimilarityOptions {
  readonly weights?: Partial<KindWeights>;
  /** Matches listed per comparison (explanations); default 12. */
  readonly maxMatches?: number;
}

/**
 * Creates the default feature similarity.
 * @example createFeatureSimilarity().compare(a, b, idf).score // 0.62
 */
export function createFeatureSimilarity(options: FeatureSimilarityOptions = {}): Similarity {
  const weights = { ...DEFAULT_KIND_WEIGHTS, ...options.weights };
  const maxMatches = options.maxMatches ?? 12;
  return {
    name: 'features',
    compare(a, b, idf) {
      // The new article's side as maps (built once, reused for every candidate); the candidate's
      // side as per-key weights, read only where the new article has the key.
      const va = weightVector(a, b, idf);
      const vb = candidateVector(b, a, idf);
      const kinds: Partial<Record<EvidenceKind, number>> = {};
      const raw: FeatureMatch[] = [];
      let lexical = 0;
      let independent = 0;
      let denominator = 0;
      for (const kind of Object.keys(va.norms) as FeatureKind[]) {
        const nb = vb.norms[kind];
        const na = va.norms[kind]!;
        // Terms compare only within one language: the same stem means different things elsewhere.
        if (!nb || (kind === 'term' && a.language !== b.language)) continue;
        let dot = 0;
        for (const [key, wa] of va.byKind[kind]!) {
          const wb = vb.weightOf(key);
          if (wb === undefined) continue;
          dot += wa * wb;
          raw.push({ key, kind, weight: (weights[kind] * wa * wb) / (na * nb) });
        }
      const cosine = dot / (na * nb);
        kinds[kind] = cosine;
        if (kind === 'term') lexical += weights[kind] * cosine;
        else independent += weights[kind] * cosine;
        if (!BONUS_KINDS.has(kind)) denominator += weights[kind];
      }
      // One or two shared names across languages happen by chance ("Britain", "Mexico"): the
      // language-independent part counts in full from MIN_SHARED_KEYS shared keys on.
      const shared = raw.filter((m) => m.kind !== 'term').length;
      const support = Math.min(1, shared / MIN_SHARED_KEYS);
      for (const m of raw) if (m.kind !== 'term') (m as { weight: number }).weight *= support;
      const total = lexical + support * independent;
      return finish(a, b, { kinds, raw, total, denominator }, maxMatches);
    },
  };
}

interface Accumulated {
  kinds: Partial<Record<EvidenceKind, number>>;
  raw: FeatureMatch[];
  total: number;
  denominator: number;
}

// Normalises the weighted cosines, applies the date gate and keeps the top matches.
function finish(a: StoryFeatures, b: StoryFeatures, acc: Accumulated, maxMatches: number): PairScore {
  const dates = relateDates(a.when, b.when);
  const scale = acc.denominator > 0 ? 1 / acc.denominator : 0;
  let score = Math.min(1, acc.total * scale);
  let dateBonus = 0;
  if (dates.relation === 'far') {
    dateBonus = -score;
    score = 0;
  } else if (dates.relation === 'same' && dates.basis === 'event' && score > 0) {
    dateBonus = SAME_DAY_BONUS;
    score = Math.min(1, score + SAME_DAY_BONUS);
  }
  const participants = relateParticipants(a, b);
  let participantPenalty = 0;
  if (participants === 'differ') {
    participantPenalty = score * (1 - PARTICIPANTS_DIFFER_FACTOR);
    score -= participantPenalty;
  }
  // Scaling by a positive constant keeps the order: sort, cut, then scale only what is kept.
  const ranked = scale > 0 ? [...acc.raw].sort((x, y) => y.weight - x.weight).slice(0, maxMatches) : acc.raw.slice(0, maxMatches);
  const matches = ranked.map((m) => ({ ...m, weight: m.weight * scale }));
  return { score, kinds: acc.kinds, dates, dateBonus, participants, participantPenalty, matches };
}

interface WeightVector {
  byKind: Partial<Record<FeatureKind, Map<string, number>>>;
  norms: Partial<Record<FeatureKind, number>>;
}

// Keys, kinds and sublinear TF of an article, prepared once: comparisons are the hot path.
interface Prepared {
  readonly keys: readonly string[];
  readonly kinds: readonly FeatureKind[];
  readonly tf: Float64Array;
  /**
   * Its `w:` words that it does not also have as names, by the name key they would match
   * (`n:` + the word key) → index in `keys`: the candidates for promotion to names (weightVector).
   */
  readonly promotable: ReadonlyMap<string, number>;
}

const prepared = new WeakMap<StoryFeatures, Prepared>();

function prepare(f: StoryFeatures): Prepared {
  let p = prepared.get(f);
  if (!p) {
    const keys = Object.keys(f.counts);
    const kinds = keys.map(featureKind);
    const promotable = new Map<string, number>();
    for (let i = 0; i < keys.length; i++) {
      if (kinds[i] !== 'word') continue;
      const asKey = 'n:' + keys[i]!.slice(2);
      if (!(asKey in f.counts)) promotable.set(asKey, i);
    }
    p = { keys, kinds, tf: Float64Array.from(keys, (k) => 1 + Math.log(f.counts[k]!)), promotable };
    prepared.set(f, p);
  }
  return p;
}

interface BaseVector {
  readonly epoch: number | undefined;
  readonly byKind: Partial<Record<FeatureKind, Map<string, number>>>;
  readonly squares: Partial<Record<FeatureKind, number>>;
  readonly sums: Partial<Record<FeatureKind, number>>;
  readonly norms: Partial<Record<FeatureKind, number>>;
}

const bases = new WeakMap<StoryFeatures, BaseVector>();

// The part of an article's vector that does not depend on the other article, cached per IDF epoch.
function baseVector(f: StoryFeatures, idf: Idf): BaseVector {
  const hit = bases.get(f);
  if (hit && idf.epoch !== undefined && hit.epoch === idf.epoch) return hit;
  // The same weights a candidate is read through, grouped by kind for the new article's side.
  const own = weightsOf(f, idf);
  const byKind: BaseVector['byKind'] = {};
  const { keys, kinds } = prepare(f);
  for (let i = 0; i < keys.length; i++) {
    const w = own.weights[i]!;
    if (w > 0) (byKind[kinds[i]!] ??= new Map()).set(keys[i]!, w);
  }
  const base = { epoch: idf.epoch, byKind, squares: own.squares, sums: own.sums, norms: own.norms };
  bases.set(f, base);
  return base;
}

interface KeyWeights {
  readonly epoch: number | undefined;
  /** Weight of each key of `prepare(f).keys` (0: a word, or an IDF too low to count). */
  readonly weights: Float64Array;
  readonly squares: Partial<Record<FeatureKind, number>>;
  readonly sums: Partial<Record<FeatureKind, number>>;
  readonly sizes: Partial<Record<FeatureKind, number>>;
  readonly norms: Partial<Record<FeatureKind, number>>;
}

const keyWeights = new WeakMap<StoryFeatures, KeyWeights>();
const keyIndexes = new WeakMap<StoryFeatures, ReadonlyMap<string, number>>();

// The same weights as baseVector, as one array in key order: a candidate is read by key lookups, so
// it needs no per-kind maps (building them for every candidate was most of a comparison's cost).
function weightsOf(f: StoryFeatures, idf: Idf): KeyWeights {
  const hit = keyWeights.get(f);
  if (hit && idf.epoch !== undefined && hit.epoch === idf.epoch) return hit;
  const { keys, kinds, tf } = prepare(f);
  const weights = new Float64Array(keys.length);
  const squares: KeyWeights['squares'] = {};
  const sums: KeyWeights['sums'] = {};
  const sizes: KeyWeights['sizes'] = {};
  for (let i = 0; i < keys.length; i++) {
    const kind = kinds[i]!;
    if (kind === 'word') continue;
    const w = tf[i]! * idf(keys[i]!);
    if (w <= 0) continue;
    weights[i] = w;
    squares[kind] = (squares[kind] ?? 0) + w * w;
    sums[kind] = (sums[kind] ?? 0) + w;
    sizes[kind] = (sizes[kind] ?? 0) + 1;
  }
  const result = { epoch: idf.epoch, weights, squares, sums, sizes, norms: normsFromSizes(squares, sums, sizes) };
  keyWeights.set(f, result);
  return result;
}

function keyIndexOf(f: StoryFeatures): ReadonlyMap<string, number> {
  let index = keyIndexes.get(f);
  if (!index) {
    index = new Map(prepare(f).keys.map((key, i) => [key, i]));
    keyIndexes.set(f, index);
  }
  return index;
}

/** A stored article's vector as a comparison reads it: a weight per key, and norms per kind. */
interface CandidateVector {
  weightOf(key: string): number | undefined;
  readonly norms: Partial<Record<FeatureKind, number>>;
}

// The candidate `f` against the new article `other`: weightVector's result, without building maps.
function candidateVector(f: StoryFeatures, other: StoryFeatures, idf: Idf): CandidateVector {
  const own = weightsOf(f, idf);
  const index = keyIndexOf(f);
  const { keys, tf, promotable } = prepare(f);
  const lookup = (key: string): number | undefined => {
    const i = index.get(key);
    if (i === undefined) return undefined;
    const w = own.weights[i]!;
    return w > 0 ? w : undefined;
  };
  const hits = promotedWords(promotable, other);
  if (hits.length === 0) return { weightOf: lookup, norms: own.norms };
  const promoted = new Map<string, number>();
  const squares = { ...own.squares };
  const sums = { ...own.sums };
  const sizes = { ...own.sizes };
  for (const i of hits) {
    const asKey = 'n:' + keys[i]!.slice(2);
    const w = tf[i]! * idf(asKey);
    if (w <= 0) continue;
    promoted.set(asKey, w);
    squares.name = (squares.name ?? 0) + w * w;
    sums.name = (sums.name ?? 0) + w;
    sizes.name = (sizes.name ?? 0) + 1;
  }
  if (promoted.size === 0) return { weightOf: lookup, norms: own.norms };
  return { weightOf: (key) => lookup(key) ?? promoted.get(key), norms: normsFromSizes(squares, sums, sizes) };
}

// Indexes (ascending) of the article's promotable words that the other article has as names.
function promotedWords(promotable: ReadonlyMap<string, number>, other: StoryFeatures): number[] {
  const hits: number[] = [];
  if (promotable.size === 0) return hits;
  for (const key of prepare(other).keys) {
    if (key.charCodeAt(0) !== 110 /* n */ || key.charCodeAt(1) !== 58 /* : */) continue;
    const i = promotable.get(key);
    if (i !== undefined) hits.push(i);
  }
  return hits.sort((x, y) => x - y);
}

function normsFromSizes(
  squares: Partial<Record<FeatureKind, number>>,
  sums: Partial<Record<FeatureKind, number>>,
  sizes: Partial<Record<FeatureKind, number>>,
): Partial<Record<FeatureKind, number>> {
  const norms: Partial<Record<FeatureKind, number>> = {};
  for (const [kind, sq] of Object.entries(squares) as [FeatureKind, number][]) {
    const mean = sums[kind]! / sizes[kind]!;
    norms[kind] = Math.sqrt(sq + mean * mean);
  }
  return norms;
}

/**
 * Sublinear TF (1 + ln tf) times IDF, grouped by kind. A `w:` word of a script without capitals
 * joins the names when the other article has it as a name. Each norm is smoothed with one virtual
 * unshared feature of the vector's mean weight, so a kind with one or two features cannot reach a
 * cosine of 1 on a single coincidence (one shared "Britain" is weak evidence; ten shared names are not).
 */
function weightVector(f: StoryFeatures, other: StoryFeatures, idf: Idf): WeightVector {
  const base = baseVector(f, idf);
  const { tf, promotable } = prepare(f);
  // Against a name of the other article a word is a name the KB did not know; otherwise nothing
  // (matching words across Arabic and Persian merged unrelated articles on the xling set). The
  // other article's names are few, so they are walked, and the hits taken in this article's order.
  const hits = promotedWords(promotable, other);
  if (hits.length === 0) return base;
  const squares = { ...base.squares };
  const sums = { ...base.sums };
  let byKind = base.byKind;
  const { keys } = prepare(f);
  for (const i of hits) {
    const asKey = 'n:' + keys[i]!.slice(2);
    const w = tf[i]! * idf(asKey);
    if (w <= 0) continue;
    if (byKind === base.byKind) byKind = { ...base.byKind, name: new Map(base.byKind.name) };
    byKind.name!.set(asKey, w);
    squares.name = (squares.name ?? 0) + w * w;
    sums.name = (sums.name ?? 0) + w;
  }
  return { byKind, norms: normsOf(byKind, squares, sums) };
}

function normsOf(
  byKind: WeightVector['byKind'],
  squares: Partial<Record<FeatureKind, number>>,
  sums: Partial<Record<FeatureKind, number>>,
): WeightVector['norms'] {
  const sizes: Partial<Record<FeatureKind, number>> = {};
  for (const [kind, map] of Object.entries(byKind) as [FeatureKind, Map<string, number>][]) sizes[kind] = map.size;
  return normsFromSizes(squares, sums, sizes);
}
