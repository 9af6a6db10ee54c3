/**
 * Clustering scores against gold groups: B³ (Bagga & Baldwin 1998, "Algorithms for scoring
 * coreference chains"), which averages per-item precision and recall, and pairwise P/R/F1 over all
 * item pairs, optionally restricted (e.g. to pairs across two given languages).
 */

/** Precision, recall and their harmonic mean. */
export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/**
 * B³ over items: `predicted` and `gold` map each item to its cluster label.
 * @example scoreBCubed(new Map([['a', 1], ['b', 1]]), new Map([['a', 'x'], ['b', 'y']])).precision // 0.5
 */
export function scoreBCubed<P, G>(predicted: ReadonlyMap<string, P>, gold: ReadonlyMap<string, G>): PRF {
  const items = [...gold.keys()].filter((id) => predicted.has(id));
  if (items.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const byPred = groupBy(items, (id) => predicted.get(id)!);
  const byGold = groupBy(items, (id) => gold.get(id)!);
  const both = groupBy(items, (id) => `${String(predicted.get(id))}\u0000${String(gold.get(id))}`);
  let p = 0;
  let r = 0;
  for (const id of items) {
    const overlap = both.get(`${String(predicted.get(id))}\u0000${String(gold.get(id))}`)!;
    p += overlap / byPred.get(predicted.get(id)!)!;
    r += overlap / byGold.get(gold.get(id)!)!;
  }
  return { precision: p / items.length, recall: r / items.length, f1: f1(p / items.length, r / items.length) };
}

/**
 * Pairwise P/R/F1: a pair is positive when both items share a cluster. `include` selects the pairs
 * counted (default all); items are compared in O(n²), fine for evaluation sets of a few thousand.
 * @example scorePairs(pred, gold, (a, b) => lang(a) !== lang(b))
 */
export function scorePairs<P, G>(
  predicted: ReadonlyMap<string, P>,
  gold: ReadonlyMap<string, G>,
  include: (a: string, b: string) => boolean = () => true,
): PRF & { readonly pairs: number } {
  const items = [...gold.keys()].filter((id) => predicted.has(id));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let pairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (!include(a, b)) continue;
      pairs++;
      const samePred = predicted.get(a) === predicted.get(b);
      const sameGold = gold.get(a) === gold.get(b);
      if (samePred && sameGold) tp++;
      else if (samePred) fp++;
      else if (sameGold) fn++;
    }
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  return { precision, recall, f1: f1(precision, recall), pairs };
}

function groupBy<K>(items: readonly string[], key: (id: string) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const id of items) counts.set(key(id), (counts.get(key(id)) ?? 0) + 1);
  return counts;
}
