import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { KbEntity } from '../../kb/schema.js';
import type { EntityType } from '../../model/analysis.js';
import { normalizeForMatch } from '../normalize/fold.js';
import { nameKey, provisionalIdOfKey } from './transliterate.js';
import { transliterationScore } from './translit-model.js';

/**
 * Linking a name string to an entity: by alias, else by transliteration key against the KB's names
 * in every script, else a provisional id from the key. `explainEntity` shows each step.
 */

/** A KB entity considered for a name. */
export interface NameCandidate {
  readonly id: string;
  readonly name: string;
  /** The KB alias compared. */
  readonly alias: string;
  readonly key: string;
  /** 1 − edit distance of the keys / longer key length. */
  readonly keyScore: number;
  /** Learned P(Latin | native) per character, 0..1, when one side is Latin and the other is not. */
  readonly translitScore: number | null;
  readonly score: number;
}

/** How a name was linked, with everything considered. */
export interface NameLink {
  readonly input: string;
  readonly normalized: string;
  readonly key: string;
  readonly id: string;
  readonly method: 'alias' | 'translit' | 'provisional';
  readonly score: number;
  readonly candidates: readonly NameCandidate[];
}

/** Options for {@link linkName}. */
export interface LinkNameOptions {
  /** Only entities of these KB types are candidates (default: any). */
  readonly types?: readonly EntityType[];
  /** How many candidates to report (default 5). */
  readonly limit?: number;
}

// A key match must be this good to link an unknown spelling to a KB entity (and beat the runner-up
// entity by the margin); below, the name gets a provisional id. Chosen on the seed articles' and the
// KB's own spelling variants: exact keys score 1, one-letter key differences ≈ 0.8.
const LINK_THRESHOLD = 0.85;
const LINK_MARGIN = 0.1;
// Keys of fewer consonants than this are too common to identify anyone (Пак and Baghaei are both
// "bk"): such names link by alias only.
const MIN_LINK_KEY = 4;

interface KeyedAlias {
  readonly entity: KbEntity;
  readonly alias: string;
  readonly key: string;
  readonly lastWord: string;
}

const keyIndexes = new WeakMap<KnowledgeBase, Map<string, KeyedAlias[]>>();

// Aliases by the key of their last word (surnames carry identity across scripts).
function keyIndex(kb: KnowledgeBase): Map<string, KeyedAlias[]> {
  let index = keyIndexes.get(kb);
  if (index) return index;
  index = new Map();
  for (const entity of kb.entities()) {
    for (const list of Object.values(entity.names)) {
      for (const alias of list) {
        const key = nameKey(alias);
        if (!key) continue;
        const lastWord = key.split('-').at(-1)!;
        let bucket = index.get(lastWord);
        if (!bucket) index.set(lastWord, (bucket = []));
        bucket.push({ entity, alias, key, lastWord });
      }
    }
  }
  keyIndexes.set(kb, index);
  return index;
}

/**
 * Links a name: a KB alias (folded, any script) wins; else the KB entity whose names share its
 * transliteration key, if one clearly does; else a provisional id (`x:` + key), the same for the
 * name in any script. Two different KB entities are never merged: a tie leaves the name provisional.
 * @example linkName('بزشکیان', { kb }).id // 'Q5933752' (a spelling the KB does not list)
 */
export function linkName(name: string, kb: KnowledgeBase, options: LinkNameOptions = {}): NameLink {
  // Linking is pure over (name, KB, options) and ranking a name against its key bucket is the
  // costly part, while news repeats its unknown names: remember links per KB (results are read-only).
  let memo = linkMemos.get(kb);
  if (!memo) linkMemos.set(kb, (memo = new Map()));
  const memoKey = `${options.types?.join(',') ?? '*'}|${options.limit ?? ''}|${name}`;
  const hit = memo.get(memoKey);
  if (hit) return hit;
  if (memo.size >= MAX_MEMO_LINKS) memo.clear();
  const link = computeLink(name, kb, options);
  memo.set(memoKey, link);
  return link;
}

// Remembered links per KB; cleared when full (10k names, a few MB) rather than managed as an LRU.
const MAX_MEMO_LINKS = 10_000;
const linkMemos = new WeakMap<KnowledgeBase, Map<string, NameLink>>();

function computeLink(name: string, kb: KnowledgeBase, options: LinkNameOptions): NameLink {
  const normalized = normalizeForMatch(name.trim());
  const key = nameKey(name);
  const allowed = (e: KbEntity) => !options.types || options.types.includes(e.type);
  const exact = kb.findByName(name).filter(allowed);
  const candidates = rankCandidates(name, key, kb, allowed).slice(0, options.limit ?? 5);
  const base = { input: name, normalized, key, candidates };
  if (exact.length === 1) return { ...base, id: exact[0]!.id, method: 'alias', score: 1 };
  const [best, second] = candidates;
  const distinctive = key.replace(/-/gu, '').length >= MIN_LINK_KEY;
  if (best && distinctive && best.score >= LINK_THRESHOLD && (!second || best.score - second.score >= LINK_MARGIN)) {
    return { ...base, id: best.id, method: 'translit', score: best.score };
  }
  return { ...base, id: provisionalIdOfKey(key), method: 'provisional', score: 0 };
}

function rankCandidates(name: string, key: string, kb: KnowledgeBase, allowed: (e: KbEntity) => boolean): NameCandidate[] {
  if (!key) return [];
  const words = key.split('-');
  const bucket = keyIndex(kb).get(words.at(-1)!) ?? [];
  const best = new Map<string, NameCandidate>();
  for (const a of bucket) {
    if (!allowed(a.entity)) continue;
    // A one-word name is compared with the alias's last word (a surname); longer names whole.
    const aliasKey = words.length === 1 ? a.lastWord : a.key;
    const keyScore = similarity(key, aliasKey);
    const translit = transliterationScore(name, a.alias);
    const score = translit === null ? keyScore : (keyScore + translit) / 2;
    const previous = best.get(a.entity.id);
    if (!previous || score > previous.score) {
      best.set(a.entity.id, { id: a.entity.id, name: a.entity.names.en?.[0] ?? a.alias, alias: a.alias, key: aliasKey, keyScore, translitScore: translit, score });
    }
  }
  return [...best.values()].sort((x, y) => y.score - x.score);
}

/** 1 − Levenshtein distance / longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const m = a.length;
  const n = b.length;
  if (!m || !n) return 0;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - prev[n]! / Math.max(m, n);
}

/**
 * A readable account of how a name links: its folded form and key, the candidates with their
 * scores, and the decision (`crosswire explain-entity NAME`).
 */
export function explainEntity(name: string, kb: KnowledgeBase, options: LinkNameOptions = {}): string {
  const link = linkName(name, kb, options);
  const lines = [
    `name:       ${link.input}`,
    `normalized: ${link.normalized}`,
    `key:        ${link.key || '(none)'}`,
    `decision:   ${link.id} by ${link.method}${link.method === 'provisional' ? '' : ` (score ${link.score.toFixed(2)})`}`,
  ];
  if (link.candidates.length) lines.push('candidates:');
  for (const c of link.candidates) {
    const translit = c.translitScore === null ? '' : ` translit=${c.translitScore.toFixed(2)}`;
    lines.push(`  ${c.id}  ${c.name}  via "${c.alias}"  key=${c.key} keyScore=${c.keyScore.toFixed(2)}${translit} score=${c.score.toFixed(2)}`);
  }
  return lines.join('\n');
}
