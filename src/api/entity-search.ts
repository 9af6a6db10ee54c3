import type { KbEntity, KnowledgeBase } from '../kb/index.js';
import type { SearchHit } from '../search/index.js';
import type { Store } from '../store/store.js';

/**
 * Finding the stored articles that name an entity, in any script, without an entity index: one
 * phrase search per distinct name (the search folds letter variants, so a few names cover the
 * spellings). Used by the entity page and to gather the records a dyad dossier is built from.
 */

// Names searched per entity, and hits per name: bounds the work of one request.
const MAX_NAMES = 16;
const DEFAULT_HITS_PER_NAME = 100;

/**
 * The names worth searching: shortest first, skipping any that contains a name already chosen
 * ("Alexander Lukashenko" adds nothing once "Lukashenko" is searched as a phrase).
 */
export function searchNames(all: readonly string[]): string[] {
  const chosen: string[] = [];
  const sorted = [...new Set(all.map((n) => n.replace(/"/g, '').trim()))].filter((n) => n.length > 1).sort((a, b) => a.length - b.length);
  for (const name of sorted) {
    const lower = name.toLowerCase();
    if (!chosen.some((c) => lower.includes(c.toLowerCase()))) chosen.push(name);
  }
  return chosen.slice(0, MAX_NAMES);
}

/** Every name of a KB entity in every language. */
export function namesOf(entity: KbEntity): string[] {
  return Object.values(entity.names).flat();
}

/** The names to search for an actor given as an entity id or as a name in any script. */
export function actorNames(kb: KnowledgeBase, actor: string): string[] {
  const entity = kb.get(actor) ?? kb.findByName(actor)[0];
  return entity ? namesOf(entity) : [actor];
}

/** Stored articles naming any of `names`, each with the name that matched first. */
export function findArticlesNaming(store: Store, names: readonly string[], hitsPerName = DEFAULT_HITS_PER_NAME): (SearchHit & { matched: string })[] {
  const byId = new Map<string, SearchHit & { matched: string }>();
  for (const name of searchNames(names)) {
    for (const hit of store.search({ text: `"${name}"`, limit: hitsPerName })) {
      if (!byId.has(hit.id)) byId.set(hit.id, { ...hit, matched: name });
    }
  }
  return [...byId.values()];
}
