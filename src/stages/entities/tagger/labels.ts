/**
 * The BIO label set shared by every tagger, and conversions between label sequences and spans.
 * Index 0 is O; type k has B at 1 + 2k and I at 2 + 2k.
 */

/** Entity types the taggers predict (GPE is folded into LOC by the corpus readers). */
export const TAG_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** A tagger entity type. */
export type TagType = (typeof TAG_TYPES)[number];

/** Label names in index order: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC. */
export const LABELS: readonly string[] = ['O', ...TAG_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Number of labels. */
export const LABEL_COUNT = LABELS.length;

/** The O label. */
export const OUTSIDE = 0;

/** A typed span over token indices, end exclusive. */
export interface LabelSpan {
  readonly start: number;
  readonly end: number;
  readonly type: TagType;
}

/** Index of the B label of `type`. */
export function beginLabel(type: TagType): number {
  return 1 + 2 * TAG_TYPES.indexOf(type);
}

/** True for B-* labels. */
export function isBegin(label: number): boolean {
  return label !== OUTSIDE && label % 2 === 1;
}

/** Type index of a non-O label. */
export function typeIndexOf(label: number): number {
  return (label - 1) >> 1;
}

/**
 * Whether `cur` may follow `prev` in a valid BIO sequence (`prev` -1 = sentence start):
 * I-X only continues B-X or I-X. Viterbi forbids the rest, so decoded output is always valid.
 */
export function isAllowedTransition(prev: number, cur: number): boolean {
  if (cur === OUTSIDE || isBegin(cur)) return true;
  return prev !== -1 && prev !== OUTSIDE && typeIndexOf(prev) === typeIndexOf(cur);
}

/**
 * Turns a label sequence into spans. An I-X that does not continue an X span (after O, at the
 * start, or after another type) opens a new span, as CoNLL's conlleval does.
 * @example decodeSpans([1, 2, 0, 6]) // [{start:0,end:2,type:'PER'}, {start:3,end:4,type:'LOC'}]
 */
export function decodeSpans(labels: ArrayLike<number>): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i <= labels.length; i++) {
    const label = i < labels.length ? labels[i]! : OUTSIDE;
    const continues = label !== OUTSIDE && !isBegin(label) && typeIndexOf(label) === type;
    if (continues) continue;
    if (start >= 0) spans.push({ start, end: i, type: TAG_TYPES[type]! });
    start = label === OUTSIDE ? -1 : i;
    type = label === OUTSIDE ? -1 : typeIndexOf(label);
  }
  return spans;
}

/** Turns non-overlapping spans into a BIO label sequence of `length` labels. */
export function encodeSpans(length: number, spans: readonly LabelSpan[]): Uint8Array {
  const labels = new Uint8Array(length);
  for (const s of spans) {
    const b = beginLabel(s.type);
    labels[s.start] = b;
    for (let i = s.start + 1; i < s.end; i++) labels[i] = b + 1;
  }
  return labels;
}
