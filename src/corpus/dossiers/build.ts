import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../kb/load.js';
import { createError } from '../../errors.js';
import type { ArticleRecord } from '../../output/record.js';
import { findAreas } from './areas.js';
import { collectDyadEvents } from './collect.js';
import { createNameBook, resolveActor } from './names.js';
import { collectStatements } from './statements.js';
import { groupOccasions } from './timeline.js';
import type { Dossier } from './types.js';

/** Options for {@link buildDossier}. */
export interface DossierOptions {
  /** Only events dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD); undated events are kept. */
  readonly since?: string;
  readonly kb?: KnowledgeBase;
  /** Language of entity names (ISO 639-1, default `en`). */
  readonly displayLanguage?: string;
}

/**
 * Builds the dossier of two actors over stored article records: a timeline of occasions (events
 * between the two, grouped by date and place), the agreements, the fields of cooperation named,
 * statements by each side, and undated events; every line keeps its evidence (article + offsets).
 * `a` and `b` are entity ids or names in any script.
 * @example renderDossier(buildDossier(records, 'Iran', 'Belarus'), 'md')
 */
export function buildDossier(records: readonly ArticleRecord[], a: string, b: string, options: DossierOptions = {}): Dossier {
  const kb = options.kb ?? loadKnowledgeBase();
  const idA = resolveActor(a, records, kb);
  const idB = resolveActor(b, records, kb);
  const expected = 'an entity id (Q184) or a name the knowledge base or the stored articles know (Belarus, بيلاروس)';
  if (!idA) throw createError('INVALID_ARGUMENT', 'actor', a, expected);
  if (!idB) throw createError('INVALID_ARGUMENT', 'actor', b, expected);
  const names = createNameBook(records, kb, options.displayLanguage ?? 'en');
  const since = options.since ?? null;
  const events = collectDyadEvents(records, idA, idB, names).filter((e) => !since || e.date === null || e.date >= since || since.startsWith(e.date));
  const articles = new Set(events.map((e) => e.evidence.article));
  const relevant = records.filter((r) => articles.has(r.id));
  return {
    a: names.ref(idA),
    b: names.ref(idB),
    since,
    articles: articles.size,
    timeline: groupOccasions(events),
    agreements: events.filter((e) => e.type === 'AGREE' && !e.negated),
    cooperationAreas: findAreas(events.map((e) => e.evidence)),
    statements: collectStatements(relevant, idA, idB, names),
    undated: events.filter((e) => e.date === null),
  };
}
