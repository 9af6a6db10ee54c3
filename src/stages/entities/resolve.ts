import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { KbEntity } from '../../kb/schema.js';
import type { EntityItem } from './items.js';

/**
 * Choosing among entities that share an alias ("Georgia": the country or the US state; عمان: Oman
 * or Amman), by prominence and by the other entities of the article: a candidate whose country,
 * region or capital is also mentioned gains. Two different KB entities are never merged.
 */

// Each related entity mentioned elsewhere adds this much: enough for one mention of Atlanta to
// outweigh the country's higher prior (0.9 vs 0.3), as a reader would.
const RELATED_BONUS = 0.7;
// A candidate that can be a person, right after a person's title ("الرئيس"), gains this much.
const PERSON_AFTER_TITLE_BONUS = 1;

/** Prominence of an entity when its KB entry gives none. */
export function priorOf(entity: KbEntity): number {
  if (entity.prior !== undefined) return entity.prior;
  if (entity.type === 'GPE') return entity.iso ? 0.9 : 0.5;
  return 0.7;
}

/** True when one entity lies in, belongs to, or is the capital of the other (or they share a country). */
export function related(a: KbEntity, b: KbEntity): boolean {
  if (a.id === b.id) return false;
  const up = (e: KbEntity) => [e.country, e.in, e.capital].filter((x): x is string => !!x);
  if (up(a).includes(b.id) || up(b).includes(a.id)) return true;
  return !!a.country && a.country === b.country;
}

/**
 * Sets `id` on every entity item: the only candidate, or the best-scoring one given the article's
 * unambiguous entities. `afterPersonTitle` lists items right after a person's title.
 */
export function resolveEntityItems(items: EntityItem[], kb: KnowledgeBase, afterPersonTitle: ReadonlySet<EntityItem>): void {
  const context = new Set<string>();
  for (const item of items) if (item.ids.length === 1) context.add(item.ids[0]!);
  const contextEntities = [...context].map((id) => kb.get(id)).filter((e): e is KbEntity => !!e);
  for (const item of items) {
    if (item.ids.length === 1) continue;
    let best = item.ids[0]!;
    let bestScore = -Infinity;
    let priorBest = item.ids[0]!;
    let priorBestScore = -Infinity;
    for (const id of item.ids) {
      const entity = kb.get(id)!;
      const prior = priorOf(entity) + (afterPersonTitle.has(item) && entity.type === 'PER' ? PERSON_AFTER_TITLE_BONUS : 0);
      const score = prior + RELATED_BONUS * contextEntities.filter((c) => related(entity, c)).length;
      if (score > bestScore) [best, bestScore] = [id, score];
      if (prior > priorBestScore) [priorBest, priorBestScore] = [id, prior];
    }
    item.id = best;
    item.method = best === priorBest ? 'alias+prior' : 'alias+context';
    item.confidence = 0.75;
  }
}
