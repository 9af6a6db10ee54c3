/**
 * `npm run eval:names`: cross-script name matching, recall@1. For each native name (Arabic script or
 * Cyrillic) of an evaluation set, every Latin name of the set is ranked by the shipped transliteration
 * model (src/stages/entities/translit-model.ts); a hit is a top-ranked candidate that is a gold
 * spelling of that name. Sets:
 * - ar (Google): names/ar2en-eval.txt, never used in training;
 * - ar, ru (Wikidata): the 1-in-10 hash hold-out of wd_arabic_80.tsv / wd_russian_80.tsv (the model
 *   trains on the rest), the first 2,000 held-out names by hash, so candidates are 2,000 or so.
 * Also reported: the same ranking by the rule-based transliteration key alone (edit similarity of keys).
 */
import type { EvalTask } from './run.js';
import { fnv1a, hasNamesData, readGooglePairs, readWikidataPairs, type NamePair } from '../scripts/kb/names-data.js';
import { shippedTransliterationModel, latinLetters, type ModelScript } from '../src/stages/entities/translit-model.js';
import { nameKey } from '../src/stages/entities/transliterate.js';
import { similarity } from '../src/stages/entities/link-name.js';

const MAX_QUERIES = 2000;

interface Group {
  readonly native: string;
  readonly gold: ReadonlySet<string>;
}

/** Groups pairs by native name, capped at `limit` names chosen by hash (deterministic). */
export function groupPairs(pairs: readonly NamePair[], limit = Infinity): { groups: Group[]; candidates: string[] } {
  const byNative = new Map<string, Set<string>>();
  for (const p of pairs) {
    const latin = latinLetters(p.latin);
    if (!latin) continue;
    let set = byNative.get(p.native);
    if (!set) byNative.set(p.native, (set = new Set()));
    set.add(latin);
  }
  const natives = [...byNative.keys()].sort((a, b) => fnv1a(a) - fnv1a(b) || a.localeCompare(b)).slice(0, limit);
  const groups = natives.map((native) => ({ native, gold: byNative.get(native)! }));
  const candidates = [...new Set(groups.flatMap((g) => [...g.gold]))];
  return { groups, candidates };
}

/** Recall@1 of the learned model and of the key baseline over one evaluation set. */
export function recallAt1(groups: readonly Group[], candidates: readonly string[], script: ModelScript): { model: number; key: number } {
  const model = shippedTransliterationModel();
  if (!model) throw new Error('translit-model.json is missing: run scripts/kb/train-translit.ts');
  const encoded = candidates.map((c) => model.encodeLatin(c));
  const keys = candidates.map((c) => nameKey(c));
  let modelHits = 0;
  let keyHits = 0;
  for (const g of groups) {
    const native = model.encodeNative(g.native, script);
    const nativeKey = nameKey(g.native);
    let best = -Infinity;
    let bestIndex = -1;
    let bestKey = -Infinity;
    let bestKeyIndex = -1;
    for (let i = 0; i < candidates.length; i++) {
      const lp = model.logProbEncoded(native, encoded[i]!);
      if (lp > best) [best, bestIndex] = [lp, i];
      const ks = similarity(nativeKey, keys[i]!);
      if (ks > bestKey) [bestKey, bestKeyIndex] = [ks, i];
    }
    if (bestIndex >= 0 && g.gold.has(candidates[bestIndex]!)) modelHits++;
    if (bestKeyIndex >= 0 && g.gold.has(candidates[bestKeyIndex]!)) keyHits++;
  }
  return { model: modelHits / groups.length, key: keyHits / groups.length };
}

export const evaluate: EvalTask['evaluate'] = async ({ dataDir }) => {
  if (!hasNamesData(dataDir)) {
    console.log(`names: data not found under ${dataDir}/names; skipped`);
    return {};
  }
  const sets: [string, NamePair[], ModelScript, number][] = [
    ['ar-google', readGooglePairs(dataDir, 'ar2en-eval.txt'), 'arab', Infinity],
    ['ar-wikidata', readWikidataPairs(dataDir, 'wd_arabic_80.tsv', 'eval'), 'arab', MAX_QUERIES],
    ['ru-wikidata', readWikidataPairs(dataDir, 'wd_russian_80.tsv', 'eval'), 'cyrl', MAX_QUERIES],
  ];
  const scores: Record<string, number> = {};
  console.log('set           names  candidates  recall@1 (model)  recall@1 (key only)');
  for (const [name, pairs, script, limit] of sets) {
    const { groups, candidates } = groupPairs(pairs, limit);
    const r = recallAt1(groups, candidates, script);
    scores[`${name}.recall1`] = r.model;
    console.log(`${name.padEnd(13)} ${String(groups.length).padStart(5)}  ${String(candidates.length).padStart(10)}  ${r.model.toFixed(3).padStart(16)}  ${r.key.toFixed(3).padStart(19)}`);
  }
  return scores;
};
