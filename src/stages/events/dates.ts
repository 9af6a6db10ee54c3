import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Mention, Timex } from '../../model/analysis.js';
import { contains, type Span } from '../../model/span.js';
import { countryOf } from './actors.js';

// A calendar date of any precision at the start of a TIMEX3 value: 2025-08-20, 2025-01, 2022.
const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/u;

/**
 * The date a clause states itself: the first DATE or TIME expression inside it with a calendar value
 * (durations such as "the 12-day war" and vague references such as "recently" state none).
 */
export function statedDate(window: Span, timexes: readonly Timex[]): string | null {
  for (const t of timexes) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !contains(window, t.span)) continue;
    const m = CALENDAR_VALUE.exec(t.value);
    if (m) return m[0];
  }
  return null;
}

/**
 * The two countries an article is mostly about, by how often they are named (directly, by demonym,
 * or through a person or organisation of theirs); null when fewer than two are named.
 */
export function findMainDyad(mentions: readonly Mention[], kb: KnowledgeBase, date: string): readonly [string, string] | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const country = countryOf(m.entityId, kb, date);
    // Cities count for nothing: "in Minsk" names the place, not a party.
    const entity = kb.get(m.entityId);
    if (!country || (entity?.type === 'GPE' && country !== m.entityId)) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked.length >= 2 ? [ranked[0]![0], ranked[1]![0]] : null;
}
