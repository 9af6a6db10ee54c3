import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Token } from '../../model/analysis.js';
import type { EntityItem, Item, RoleItem, TitleItem } from './items.js';

/**
 * Title phrases: a title next to the country or organisation it belongs to — after it ("الرئيس
 * الإيراني", "președintele Iranului", "президент России", "President of Iran") or before it
 * ("Iran's president", "Iranian President"). A phrase that is not followed by the person's name stands
 * for the office holder on the article's date.
 */

/** A title with the country/organisation it belongs to, if any. */
export interface TitlePhrase {
  readonly title: TitleItem;
  readonly of: EntityItem | null;
  readonly start: number;
  readonly end: number;
  /** "former", "السابق" next to the phrase: the holder is not the current one. */
  readonly former: boolean;
}

/** Word sets a pack gives for title phrases, folded. */
export interface TitleWords {
  readonly former: ReadonlySet<string>;
  readonly connectors: ReadonlySet<string>;
}

/**
 * Pairs each title with an adjacent entity item (allowing connector words such as "of", "al").
 * `items` must be sorted by start.
 */
export function findTitlePhrases(items: readonly Item[], tokens: readonly Token[], words: TitleWords, kb: KnowledgeBase): TitlePhrase[] {
  // Offices belong to countries and organisations, not to people ("President Vladimir Putin of …").
  const holdsOffices = (item: Item | undefined): item is EntityItem => item?.kind === 'entity' && kb.get(item.id)?.type !== 'PER';
  const phrases: TitlePhrase[] = [];
  for (let i = 0; i < items.length; i++) {
    const title = items[i]!;
    if (title.kind !== 'title') continue;
    const next = items[i + 1];
    const prev = items[i - 1];
    let of: EntityItem | null = null;
    if (holdsOffices(next) && onlyConnectorsBetween(tokens, title.end, next.start, words.connectors)) of = next;
    else if (holdsOffices(prev) && prev.end === title.start) of = prev;
    const start = Math.min(title.start, of?.start ?? title.start);
    const end = Math.max(title.end, of?.end ?? title.end);
    phrases.push({ title, of, start, end, former: isFormer(tokens, start - 1, words.former) || isFormer(tokens, end, words.former) });
  }
  return phrases;
}

/**
 * Turns phrases that are not followed by a name into role items (the holder of the office of that
 * country on `date`); returns them with the entity items they absorb.
 */
export function resolveRoles(
  phrases: readonly TitlePhrase[],
  followedByName: (tokenIndex: number) => boolean,
  kb: KnowledgeBase,
  date: string,
): { roles: RoleItem[]; absorbed: Set<EntityItem> } {
  const roles: RoleItem[] = [];
  const absorbed = new Set<EntityItem>();
  for (const phrase of phrases) {
    const { title, of } = phrase;
    if (!title.role || !of || phrase.former || followedByName(phrase.end)) continue;
    const holder = kb.holders(title.role, of.id, date)[0];
    if (!holder) continue;
    const first = title.start <= of.start ? title : of;
    roles.push({ kind: 'role', start: phrase.start, end: phrase.end, cutStart: first.cutStart, id: holder.id, method: 'role@date', confidence: 0.85 });
    absorbed.add(of);
  }
  return { roles, absorbed };
}

function onlyConnectorsBetween(tokens: readonly Token[], from: number, to: number, connectors: ReadonlySet<string>): boolean {
  if (to < from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!connectors.has(tokens[k]!.norm)) return false;
  return true;
}

function isFormer(tokens: readonly Token[], k: number, former: ReadonlySet<string>): boolean {
  const token = tokens[k];
  return !!token && former.has(token.norm);
}
