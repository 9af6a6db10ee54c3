import { loadAllLanguages } from '../../../languages/index.js';
import { normalizeForMatch } from '../../normalize/fold.js';
import { hashFeature } from './hash.js';
import { capClass, shortShape } from './shape.js';
import { emitContext, emitIntrinsic, featureKey, featureText, value, type Emit, type TokenView, type Value } from './templates.js';

/**
 * Feature extraction for the taggers: token views (normalised form, shape, clitic-stripped form),
 * sentence-level facts, and the hashed features of whole sentences for training. The templates
 * themselves are in templates.ts.
 */

/** Bump when templates or views change: models record it and refuse to load under other templates. */
export const FEATURE_VERSION = 4;

/** Types of knowledge-base names that contain a normalised token (e.g. `['PER', 'LOC']`). */
export type Gazetteer = (norm: string) => readonly string[];

/** What feature extraction needs beyond the tokens; recorded in each model so run time matches training. */
export interface FeatureConfig {
  /** Normalised clitics stripped for the `st=` feature, from the pack's `clitics.json` at training time. */
  readonly cliticPrefixes: readonly string[];
  readonly cliticSuffixes: readonly string[];
  /** Fused endings replaced by a base to reach the dictionary form ("rusiei" → "rusia"), from `clitics.json`. */
  readonly inflections: readonly { readonly suffix: string; readonly base: string }[];
  /** Shortest stem left after stripping a clitic or an ending. */
  readonly minStem: number;
  /** Normalised common given names and surnames, from the pack's `first-names.txt` and `surnames.txt`. */
  readonly firstNames: readonly string[];
  readonly surnames: readonly string[];
}

/** Hashed features of a sentence: token `i` owns `keys[offsets[i] .. offsets[i+1])`. */
export interface SentenceFeatures {
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
}

const NO_TYPES: readonly string[] = [];
const NO_VALUES: readonly Value[] = [];
// A sentence is a headline when at least this share of its cased words are all capitals.
const HEADLINE_SHARE = 0.6;

/**
 * A digest of the letter folds `normalizeForMatch` applies (the union of every pack's
 * `language.json` folds). Models record it: when the folds change, word features shift and the
 * models should be retrained (a test checks the shipped ones).
 */
export function normalizerDigest(): string {
  const folds = loadAllLanguages().flatMap((pack) => Object.entries(pack.info.folds).map(([from, to]) => `${from}>${to}`));
  return hashFeature([...new Set(folds)].sort().join('\n')).toString(16).padStart(8, '0');
}

/** Computes what the templates need to know about a token. */
export function viewToken(raw: string, config: FeatureConfig): TokenView {
  const norm = normalizeForMatch(raw);
  const stripped = stripClitics(norm, config);
  const lemma = uninflect(stripped, config);
  return {
    norm: value(norm),
    short: value(shortShape(raw)),
    stripped: value(stripped),
    lemma: value(lemma),
    suffix3: value(norm.slice(-3)),
    drop1: norm.length >= 4 ? value(norm.slice(1)) : null,
    cap: capClass(raw),
    person: personClass(personNamesOf(config), norm, stripped, lemma),
  };
}

interface PersonNames {
  readonly first: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
}

const personNameSets = new WeakMap<FeatureConfig, PersonNames>();
const PERSON_VALUES = { F: value('F'), L: value('L'), FL: value('FL') };

function personNamesOf(config: FeatureConfig): PersonNames {
  let names = personNameSets.get(config);
  if (!names) personNameSets.set(config, (names = { first: new Set(config.firstNames), last: new Set(config.surnames) }));
  return names;
}

// Whether a word (as written, without clitics, or in its dictionary form: "Александром") is a
// listed given name (F), surname (L) or both (FL).
function personClass(names: PersonNames, norm: string, stripped: string, lemma: string): Value | null {
  const first = names.first.has(norm) || names.first.has(stripped) || names.first.has(lemma);
  const last = names.last.has(norm) || names.last.has(stripped) || names.last.has(lemma);
  return first ? (last ? PERSON_VALUES.FL : PERSON_VALUES.F) : last ? PERSON_VALUES.L : null;
}

/**
 * Strips the longest listed normalised prefix and suffix, keeping at least `minStem` letters.
 * @example stripClitics('والرئيس', { ...config, cliticPrefixes: ['و', 'وال'] }) // 'رئيس'
 */
export function stripClitics(norm: string, config: FeatureConfig): string {
  let out = norm;
  const prefix = longest(config.cliticPrefixes, (p) => out.startsWith(p) && out.length - p.length >= config.minStem);
  if (prefix) out = out.slice(prefix.length);
  const suffix = longest(config.cliticSuffixes, (s) => out.endsWith(s) && out.length - s.length >= config.minStem);
  if (suffix) out = out.slice(0, out.length - suffix.length);
  return out;
}

/**
 * Replaces the longest fused ending by its base (the first listed base for that ending), keeping
 * at least `minStem` letters: one guess at the dictionary form, so "iranului" and "iranul" share "iran".
 * @example uninflect('rusiei', { ...config, inflections: [{ suffix: 'ei', base: 'a' }] }) // 'rusia'
 */
export function uninflect(word: string, config: FeatureConfig): string {
  let best: { readonly suffix: string; readonly base: string } | null = null;
  for (const inflection of config.inflections) {
    const fits = word.endsWith(inflection.suffix) && word.length - inflection.suffix.length >= config.minStem;
    if (fits && (!best || inflection.suffix.length > best.suffix.length)) best = inflection;
  }
  return best ? word.slice(0, word.length - best.suffix.length) + best.base : word;
}

function longest(list: readonly string[], fits: (s: string) => boolean): string {
  let best = '';
  for (const s of list) if (s.length > best.length && fits(s)) best = s;
  return best;
}

/** Whether most cased words of a sentence are all capitals (a headline). */
export function isHeadline(views: readonly TokenView[]): boolean {
  let cased = 0;
  let caps = 0;
  for (const v of views) {
    if (v.cap === 'U' || v.cap === 'l' || v.cap === 'A') cased++;
    if (v.cap === 'A') caps++;
  }
  return cased >= 2 && caps / cased >= HEADLINE_SHARE;
}

/**
 * Gazetteer types of a word, as values: the types of the word, its clitic-stripped form and its
 * guessed dictionary form together ("وبيلاروس", "Rusiei" find the KB's "بيلاروس", "Rusia").
 */
export function gazetteerTypes(view: TokenView, gazetteer: Gazetteer): readonly Value[] {
  const direct = gazetteer(view.norm.s);
  const stripped = view.stripped.s !== view.norm.s ? gazetteer(view.stripped.s) : NO_TYPES;
  const lemma = view.lemma.s !== view.stripped.s ? gazetteer(view.lemma.s) : NO_TYPES;
  if (direct.length + stripped.length + lemma.length === 0) return NO_VALUES;
  return [...new Set([...direct, ...stripped, ...lemma])].sort().map(value);
}

/** Gazetteer types of every token (null without a gazetteer). */
export function gazetteerValues(views: readonly TokenView[], gazetteer?: Gazetteer): (readonly Value[])[] | null {
  return gazetteer ? views.map((v) => gazetteerTypes(v, gazetteer)) : null;
}

/**
 * Hashed features for every token of a sentence (for training; the tagger caches per word).
 * `history` holds the tokens' document-history summaries (history.ts), when there is one.
 * @example extractFeatures(['Klaus', 'Iohannis'], config).offsets.length // 3
 */
export function extractFeatures(
  tokens: readonly string[], config: FeatureConfig, gazetteer?: Gazetteer, history?: Int16Array,
): SentenceFeatures {
  const keys: number[] = [];
  const offsets = new Uint32Array(tokens.length + 1);
  forEachToken(tokens, config, gazetteer, history, (t, a, b) => keys.push(featureKey(t, a, b)), (i) => (offsets[i + 1] = keys.length));
  return { keys: Uint32Array.from(keys), offsets };
}

/**
 * The features of token `i` as text (for tests and explanations).
 * @example describeFeatures(['la', 'București'], 1, config) // ['b', 'w=bucuresti', 'r=București', …]
 */
export function describeFeatures(tokens: readonly string[], i: number, config: FeatureConfig, gazetteer?: Gazetteer): string[] {
  const out: string[] = [];
  let at = 0;
  forEachToken(tokens, config, gazetteer, undefined, (t, a, b) => at === i && out.push(featureText(t, a, b)), () => at++);
  return out;
}

function forEachToken(
  tokens: readonly string[], config: FeatureConfig, gazetteer: Gazetteer | undefined, history: Int16Array | undefined,
  emit: Emit, done: (i: number) => void,
): void {
  const views = tokens.map((t) => viewToken(t, config));
  const headline = isHeadline(views);
  const gaz = gazetteerValues(views, gazetteer);
  for (let i = 0; i < views.length; i++) {
    emitIntrinsic(tokens[i]!, views[i]!, emit);
    emitContext(views, i, headline, gaz, history ?? null, emit);
    done(i);
  }
}
