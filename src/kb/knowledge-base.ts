import { normalizeForMatch } from '../stages/normalize/fold.js';
import type { KbEntity, KbRole } from './schema.js';

/**
 * The loaded knowledge base: entities by id, an alias index over every name and demonym in every
 * script (folded with the one matching normaliser), and office holders by date.
 */
export interface KnowledgeBase {
  readonly size: number;
  /** Files the entities came from, in load order (bundled first, then user files). */
  readonly sources: readonly string[];
  get(id: string): KbEntity | undefined;
  entities(): IterableIterator<KbEntity>;
  /** Entities with `name` as a name or demonym in any language and script (folded comparison). */
  findByName(name: string): KbEntity[];
  /** People holding `role` of `of` on `date` (YYYY-MM-DD), latest start first. */
  holders(role: string, of: string, date: string): KbEntity[];
  /** The entity's name in `language`, else English, else its first name. */
  displayName(entity: KbEntity, language: string): string;
}

/**
 * Builds a knowledge base; an entity appearing again by id extends the earlier one: names, demonyms,
 * weak aliases and roles are merged (the later entry's names first), other fields are overridden.
 * @example createKnowledgeBase([{ id: 'Q184', type: 'GPE', names: { en: ['Belarus'] }, … }]).findByName('belarus')
 */
export function createKnowledgeBase(entries: readonly KbEntity[], sources: readonly string[] = []): KnowledgeBase {
  const byId = new Map<string, KbEntity>();
  for (const entry of entries) {
    const earlier = byId.get(entry.id);
    byId.set(entry.id, earlier ? mergeEntity(earlier, entry) : entry);
  }
  const aliases = indexAliases(byId.values());
  const roleHolders = indexRoles(byId.values());
  return {
    size: byId.size,
    sources: [...sources],
    get: (id) => byId.get(id),
    entities: () => byId.values(),
    findByName(name) {
      const ids = aliases.get(normalizeForMatch(name.trim()));
      return ids ? [...ids].map((id) => byId.get(id)!) : [];
    },
    holders(role, of, date) {
      const found = (roleHolders.get(`${role}|${of}`) ?? []).filter(({ term }) => isActive(term, date));
      found.sort((a, b) => (b.term.start ?? '').localeCompare(a.term.start ?? ''));
      return [...new Set(found.map((f) => f.entity))];
    },
    displayName: (entity, language) => displayName(entity, language),
  };
}

/** The entity's name in `language`, else English, else its first name. */
export function displayName(entity: KbEntity, language: string): string {
  return entity.names[language]?.[0] ?? entity.names.en?.[0] ?? Object.values(entity.names)[0]![0]!;
}

/** True when a role term covers `date` (YYYY-MM-DD); partial dates cover their whole month or year. */
export function isActive(term: Pick<KbRole, 'start' | 'end'>, date: string): boolean {
  if (term.start && date < padDate(term.start, '00')) return false;
  if (term.end && date > padDate(term.end, '99')) return false;
  return true;
}

// "2024" → "2024-00-00" (start) or "2024-99-99" (end), so string comparison honours precision.
function padDate(date: string, fill: string): string {
  const parts = date.split('-');
  while (parts.length < 3) parts.push(fill);
  return parts.join('-');
}

function mergeEntity(base: KbEntity, over: KbEntity): KbEntity {
  return {
    ...base,
    ...definedFields(over),
    names: mergeNames(over.names, base.names),
    demonyms: mergeNames(over.demonyms, base.demonyms),
    weak: [...new Set([...over.weak, ...base.weak])],
    roles: mergeRoles(base.roles, over.roles),
  };
}

function definedFields(entity: KbEntity): Partial<KbEntity> {
  return Object.fromEntries(Object.entries(entity).filter(([, v]) => v !== undefined)) as Partial<KbEntity>;
}

function mergeNames(first: Record<string, string[]>, second: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const lang of new Set([...Object.keys(first), ...Object.keys(second)])) {
    out[lang] = [...new Set([...(first[lang] ?? []), ...(second[lang] ?? [])])];
  }
  return out;
}

function mergeRoles(base: readonly KbRole[], over: readonly KbRole[]): KbRole[] {
  const key = (r: KbRole) => `${r.role}|${r.of}|${r.start ?? ''}`;
  const merged = new Map(base.map((r) => [key(r), r]));
  for (const r of over) merged.set(key(r), r);
  return [...merged.values()];
}

function indexAliases(entities: Iterable<KbEntity>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const list of [...Object.values(entity.names), ...Object.values(entity.demonyms)]) {
      for (const alias of list) {
        const key = normalizeForMatch(alias);
        let ids = index.get(key);
        if (!ids) index.set(key, (ids = new Set()));
        ids.add(entity.id);
      }
    }
  }
  return index;
}

function indexRoles(entities: Iterable<KbEntity>): Map<string, { entity: KbEntity; term: KbRole }[]> {
  const index = new Map<string, { entity: KbEntity; term: KbRole }[]>();
  for (const entity of entities) {
    for (const term of entity.roles) {
      const key = `${term.role}|${term.of}`;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push({ entity, term });
    }
  }
  return index;
}
