import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { normalizeForMatch } from '../normalize/fold.js';
import type { Gazetteer } from './tagger/index.js';

/**
 * The tagger's gazetteer feature from the KB: the tagger types (PER, ORG, LOC, MISC) of KB names
 * containing a folded word. GPE and LOC count as LOC, NORP and EVENT as MISC (CoNLL conventions).
 */

const TAG_OF: Readonly<Record<string, string>> = { PER: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', EVENT: 'MISC' };
const cache = new WeakMap<KnowledgeBase, Gazetteer>();

/**
 * Builds (once per KB) the word → name-types lookup the taggers use as a feature.
 * @example createKbGazetteer(kb)('لوكاشينكو') // ['PER']
 */
export function createKbGazetteer(kb: KnowledgeBase): Gazetteer {
  let gazetteer = cache.get(kb);
  if (gazetteer) return gazetteer;
  const types = new Map<string, Set<string>>();
  for (const entity of kb.entities()) {
    const tag = TAG_OF[entity.type];
    if (!tag) continue;
    for (const list of Object.values(entity.names)) {
      for (const alias of list) {
        for (const word of normalizeForMatch(alias).split(/[\s\-.,'"()]+/u)) {
          if (word.length < 2) continue;
          let set = types.get(word);
          if (!set) types.set(word, (set = new Set()));
          set.add(tag);
        }
      }
    }
  }
  const frozen = new Map([...types].map(([w, s]) => [w, Object.freeze([...s].sort())] as const));
  const none: readonly string[] = Object.freeze([]);
  gazetteer = (norm: string) => frozen.get(norm) ?? none;
  cache.set(kb, gazetteer);
  return gazetteer;
}
