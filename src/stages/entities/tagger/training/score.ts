import type { LabelSpan, TagType } from '../labels.js';

/**
 * Strict span scoring (CoNLL-2000/2003 conlleval): a predicted name counts only when its start,
 * end and type all equal a gold name's.
 */

/** True/false positives and false negatives of one type. */
export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 (0 when undefined). */
export interface SpanScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** Counts per type, accumulated over sentences. */
export type CountTable = Map<TagType, SpanCounts>;

/**
 * Adds one sentence's gold and predicted spans to `table`.
 * @example countSpans([{start:0,end:2,type:'PER'}], [{start:0,end:1,type:'PER'}], table) // PER: fp 1, fn 1
 */
export function countSpans(gold: readonly LabelSpan[], predicted: readonly LabelSpan[], table: CountTable): void {
  const key = (s: LabelSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const at = (type: TagType) => {
    let c = table.get(type);
    if (!c) table.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const s of predicted) {
    if (goldKeys.has(key(s))) at(s.type).tp++;
    else at(s.type).fp++;
  }
  for (const s of gold) if (!predictedKeys.has(key(s))) at(s.type).fn++;
}

/** Scores the summed counts of `types` (micro-average when several). */
export function scoreTypes(table: CountTable, types: readonly TagType[]): SpanScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of types) {
    const c = table.get(t);
    if (!c) continue;
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}
