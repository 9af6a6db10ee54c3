import { hashAppend, hashFinish, hashStart } from './hash.js';
import { HISTORY_CODES, historyMajority, historyTypes, NO_HISTORY } from './history.js';
import { scriptsOf, wordShape } from './shape.js';

/**
 * The feature templates: the classic feature-based NER set (Collins 2002; Ratinov & Roth 2009,
 * "Design challenges and misconceptions in NER"): word identity, affixes, character trigrams,
 * shape, a clitic-stripped form, a ±2 window, bigrams, capitalisation context, position,
 * gazetteer types and the labels the word got earlier in the document (history.ts). A feature is a template id plus one or two values; its key mixes the
 * template's salt with the values' hashes (see hash.ts).
 *
 * Templates are grouped by what they look at (the token alone; one neighbour alone; a pair or the
 * sentence) so the tagger can cache the weights of the first two groups per word.
 */

/** A feature value and its (unfinished) FNV hash. */
export interface Value {
  readonly s: string;
  readonly h: number;
}

/** What the templates need to know about one token; a pure function of its string (see features.ts). */
export interface TokenView {
  readonly norm: Value;
  readonly short: Value;
  readonly stripped: Value;
  /** The clitic-stripped form with a fused ending replaced by its base (a dictionary-form guess). */
  readonly lemma: Value;
  readonly suffix3: Value;
  readonly drop1: Value | null;
  /** Capitalisation class (see capClass). */
  readonly cap: string;
  /** Whether the word is a listed given name (F), surname (L) or both (FL); null for neither. */
  readonly person: Value | null;
}

/** Receives one feature: template id and one or two values. */
export type Emit = (template: number, a: Value, b?: Value) => void;

/** Template names by id; the name is the printed prefix of the feature. */
export const TEMPLATES = [
  'b', 'w=', 'r=', 'sh=', 'ss=', 'sc=', 'p=', 's=', 'st=', 'lem=', 'len=', 'd1=', 'd2=', 'c3g=',
  'w-1=', 'w+1=', 'w-2=', 'w+2=', 'w-1w=', 'ww+1=', 'st-1=', 'st+1=', 'ss-1=', 'ss+1=', 'ss2=',
  'c3=', 'w-1c=', 'cw+1=', 's3-1=', 's3+1=', 'd1-1=', 'd1+1=', 'first=', 'last', 'hl=', 'g=', 'g-1=', 'g+1=',
  'h=', 'hc=', 'hs=', 'pn=', 'pn-1=', 'pn+1=',
] as const;

const T = Object.fromEntries(TEMPLATES.map((name, id) => [name, id])) as Record<(typeof TEMPLATES)[number], number>;
const SALTS = TEMPLATES.map((name) => hashAppend(hashStart(), name));
const FNV_PRIME = 0x01000193;

/** A value with its hash. */
export function value(s: string): Value {
  return { s, h: hashAppend(hashStart(), s) };
}

/** The key of a feature (template id and values), as stored in models. */
export function featureKey(template: number, a: Value, b?: Value): number {
  let h = Math.imul(SALTS[template]! ^ a.h, FNV_PRIME);
  if (b) h = Math.imul(h ^ b.h, FNV_PRIME) ^ 0x5bd1e995;
  return hashFinish(h);
}

/** A feature as text: template name, value, and `|second` for two-value features. */
export function featureText(template: number, a: Value, b?: Value): string {
  return `${TEMPLATES[template]}${a.s}${b ? `|${b.s}` : ''}`;
}

// Capitalisation classes plus sentence edges, with values precomputed: the tagging path
// must not allocate per token.
const CAPS = ['<', '>', 'U', 'A', 'l', 'a', 'd', 'p'];
const CAP_VALUES = new Map(CAPS.map((c) => [c, value(c)]));
const CAP3_VALUES = CAPS.flatMap((a) => CAPS.flatMap((b) => CAPS.map((c) => value(a + b + c))));
const capIndex = (cap: string) => CAPS.indexOf(cap);

const START = value('<s>');
const END = value('</s>');
const EMPTY = value('');
// Affixes up to 5 letters carry case endings (ro -ului, ru -ского) and proclitics (ar وال).
const MAX_AFFIX = 5;
// Character trigrams of long words are capped: the first 14 cover the informative stem.
const MAX_TRIGRAMS = 14;

/** Features that depend only on the token itself. */
export function emitIntrinsic(raw: string, view: TokenView, emit: Emit): void {
  const norm = view.norm.s;
  emit(T['b'], EMPTY);
  emit(T['w='], view.norm);
  emit(T['r='], value(raw));
  emit(T['sh='], value(wordShape(raw)));
  emit(T['ss='], view.short);
  emit(T['sc='], value(scriptsOf(raw)));
  for (let k = 1; k <= MAX_AFFIX && k < norm.length; k++) {
    emit(T['p='], value(norm.slice(0, k)));
    emit(T['s='], value(norm.slice(-k)));
  }
  if (view.stripped.s !== norm) emit(T['st='], view.stripped);
  if (view.lemma.s !== view.stripped.s) emit(T['lem='], view.lemma);
  emit(T['len='], value(String(Math.min(norm.length, 10))));
  // Words without their first one or two letters: a clitic-blind stem (ar و/ب/ل, fa ب/ن), useful
  // before clitics.json lists anything and harmless for languages without proclitics.
  if (view.drop1) emit(T['d1='], view.drop1);
  if (norm.length >= 5) emit(T['d2='], value(norm.slice(2)));
  const padded = `^${norm}$`;
  for (let k = 0; k + 3 <= padded.length && k < MAX_TRIGRAMS; k++) emit(T['c3g='], value(padded.slice(k, k + 3)));
  if (view.person) emit(T['pn='], view.person);
}

/** Receives the key of one feature (see {@link featureKey}). */
export type EmitKey = (key: number) => void;

// `len=` values 0..10, hashed once.
const LEN_HASHES = Array.from({ length: 11 }, (_, n) => value(String(n)).h);
const CARET = '^'.charCodeAt(0);
const DOLLAR = '$'.charCodeAt(0);

// FNV-1a over text[from, to), as hashAppend(hashStart(), text.slice(from, to)) without the slice.
function hashRange(text: string, from: number, to: number): number {
  let h = hashStart();
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

const keyOf = (template: number, h: number) => hashFinish(Math.imul(SALTS[template]! ^ h, FNV_PRIME));

/**
 * The keys of {@link emitIntrinsic}'s features, in the same order, computed without building the
 * value strings and objects: the tagger's path for words it has not cached (a test checks both agree).
 */
export function emitIntrinsicKeys(raw: string, view: TokenView, emit: EmitKey): void {
  const norm = view.norm.s;
  const n = norm.length;
  emit(keyOf(T['b'], EMPTY.h));
  emit(keyOf(T['w='], view.norm.h));
  emit(keyOf(T['r='], hashRange(raw, 0, raw.length)));
  const shape = wordShape(raw);
  emit(keyOf(T['sh='], hashRange(shape, 0, shape.length)));
  emit(keyOf(T['ss='], view.short.h));
  const scripts = scriptsOf(raw);
  emit(keyOf(T['sc='], hashRange(scripts, 0, scripts.length)));
  let prefix = hashStart();
  for (let k = 1; k <= MAX_AFFIX && k < n; k++) {
    prefix = Math.imul(prefix ^ norm.charCodeAt(k - 1), FNV_PRIME);
    emit(keyOf(T['p='], prefix));
    emit(keyOf(T['s='], hashRange(norm, n - k, n)));
  }
  if (view.stripped.s !== norm) emit(keyOf(T['st='], view.stripped.h));
  if (view.lemma.s !== view.stripped.s) emit(keyOf(T['lem='], view.lemma.h));
  emit(keyOf(T['len='], LEN_HASHES[Math.min(n, 10)]!));
  if (view.drop1) emit(keyOf(T['d1='], view.drop1.h));
  if (n >= 5) emit(keyOf(T['d2='], hashRange(norm, 2, n)));
  // Trigrams of `^norm$`: padded position p is '^' at 0, '$' at n + 1, norm[p - 1] between.
  const at = (p: number) => (p === 0 ? CARET : p === n + 1 ? DOLLAR : norm.charCodeAt(p - 1));
  for (let k = 0; k + 3 <= n + 2 && k < MAX_TRIGRAMS; k++) {
    let h = hashStart();
    for (let p = k; p < k + 3; p++) h = Math.imul(h ^ at(p), FNV_PRIME);
    emit(keyOf(T['c3g='], h));
  }
  if (view.person) emit(keyOf(T['pn='], view.person.h));
}

/** Features of a token that see only its left neighbour `prev` (null at the sentence start). */
export function emitAsLeft(prev: TokenView | null, emit: Emit): void {
  emit(T['w-1='], prev?.norm ?? START);
  emit(T['st-1='], prev?.stripped ?? START);
  emit(T['ss-1='], prev?.short ?? START);
  emit(T['s3-1='], prev?.suffix3 ?? START);
  if (prev?.drop1) emit(T['d1-1='], prev.drop1);
  if (prev?.person) emit(T['pn-1='], prev.person);
}

/** Features of a token that see only its right neighbour `next` (null at the sentence end). */
export function emitAsRight(next: TokenView | null, emit: Emit): void {
  emit(T['w+1='], next?.norm ?? END);
  emit(T['st+1='], next?.stripped ?? END);
  emit(T['ss+1='], next?.short ?? END);
  emit(T['s3+1='], next?.suffix3 ?? END);
  if (next?.drop1) emit(T['d1+1='], next.drop1);
  if (next?.person) emit(T['pn+1='], next.person);
}

/** The feature of a token that sees only the word two to its left (null before the start). */
export function emitAsLeft2(prev2: TokenView | null, emit: Emit): void {
  emit(T['w-2='], prev2?.norm ?? START);
}

/** The feature of a token that sees only the word two to its right (null after the end). */
export function emitAsRight2(next2: TokenView | null, emit: Emit): void {
  emit(T['w+2='], next2?.norm ?? END);
}

/** Features of token `i` that combine it with a neighbour, its position, the sentence or the gazetteer. */
export function emitPairwise(
  views: readonly TokenView[], i: number, headline: boolean, gazetteer: readonly (readonly Value[])[] | null, emit: Emit,
): void {
  const v = views[i]!;
  const prev = views[i - 1];
  const next = views[i + 1];
  emit(T['w-1w='], prev?.norm ?? START, v.norm);
  emit(T['ww+1='], v.norm, next?.norm ?? END);
  emit(T['ss2='], prev?.short ?? START, v.short);
  const cap = CAP_VALUES.get(v.cap)!;
  const capTriple = (capIndex(prev?.cap ?? '<') * CAPS.length + capIndex(v.cap)) * CAPS.length + capIndex(next?.cap ?? '>');
  emit(T['c3='], CAP3_VALUES[capTriple]!);
  // A title before a capitalised word ("președintele Klaus") or a verb after it.
  emit(T['w-1c='], prev?.norm ?? START, cap);
  emit(T['cw+1='], cap, next?.norm ?? END);
  if (i === 0) emit(T['first='], cap);
  if (i === views.length - 1) emit(T['last'], EMPTY);
  // Headlines (most cased words in capitals, common in CoNLL): shape means something else there.
  if (headline) emit(T['hl='], v.short);
  if (gazetteer) {
    for (const g of gazetteer[i]!) emit(T['g='], g);
    if (i > 0) for (const g of gazetteer[i - 1]!) emit(T['g-1='], g);
    if (i + 1 < views.length) for (const g of gazetteer[i + 1]!) emit(T['g+1='], g);
  }
}

// History values by summary code, and by code and capitalisation class, precomputed.
const HISTORY_MAJORITY = Array.from({ length: HISTORY_CODES }, (_, code) => value(String(historyMajority(code))));
const HISTORY_TYPES = Array.from({ length: HISTORY_CODES }, (_, code) => value(String(historyTypes(code))));
const HISTORY_CAP = Array.from({ length: HISTORY_CODES * CAPS.length }, (_, k) =>
  value(`${historyMajority(Math.floor(k / CAPS.length))}|${CAPS[k % CAPS.length]}`),
);

/**
 * Capitalisation classes whose words get history features: capitalised, all capitals, caseless.
 * Lowercase Latin and Cyrillic words are almost never names; skipping them keeps tagging cheap.
 */
export const HISTORY_CAPS: readonly string[] = ['U', 'A', 'a'];
// Classes whose words a history records: every word with letters.
const RECORDED_IN_HISTORY = new Set(['U', 'A', 'a', 'l']);

/**
 * Features of a token with capitalisation class `cap` from its document history (a summary code
 * of history.ts): the label class it got most often, that class with the capitalisation here,
 * and the types it got at all. Only {@link HISTORY_CAPS} words have them.
 */
export function emitHistory(code: number, cap: string, emit: Emit): void {
  if (code === NO_HISTORY || !HISTORY_CAPS.includes(cap)) return;
  emit(T['h='], HISTORY_MAJORITY[code]!);
  emit(T['hc='], HISTORY_CAP[code * CAPS.length + capIndex(cap)]!);
  if (historyTypes(code) !== 0) emit(T['hs='], HISTORY_TYPES[code]!);
}

/** The key a token's history is kept under (its dictionary-form guess), or null for non-words. */
export function historyKey(view: TokenView): string | null {
  return RECORDED_IN_HISTORY.has(view.cap) ? view.lemma.s : null;
}

/** Every feature of token `i` beyond its intrinsic ones (`history`: summary codes, or null). */
export function emitContext(
  views: readonly TokenView[], i: number, headline: boolean, gazetteer: readonly (readonly Value[])[] | null,
  history: Int16Array | null, emit: Emit,
): void {
  emitAsLeft(views[i - 1] ?? null, emit);
  emitAsRight(views[i + 1] ?? null, emit);
  emitAsLeft2(views[i - 2] ?? null, emit);
  emitAsRight2(views[i + 2] ?? null, emit);
  emitPairwise(views, i, headline, gazetteer, emit);
  if (history) emitHistory(history[i]!, views[i]!.cap, emit);
}
