import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../kb/load.js';
import { isSupportedLanguage } from '../../languages/index.js';
import type { Analysis } from '../../model/analysis.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { codeEvents } from './code-events.js';
import { compileEventLexicon } from './lexicon.js';

export { codeEvents, type CodeEventsOptions } from './code-events.js';
export { compileEventLexicon, compilePhrase, type EventLexicon } from './lexicon.js';
export { countryOf } from './actors.js';
export { findCueHits, wordsOf, type CueHit } from './cues.js';
export { dropComplements } from './clauses.js';

/** Options for {@link createEventsStage}. */
export interface EventsStageOptions {
  /** The knowledge base (default: bundled + user KB, loaded once per process). */
  readonly kb?: KnowledgeBase;
}

/**
 * The events stage: who did what to whom (PLOVER 2021 categories and modes), when, where, negated
 * or not, each with the clause it was read from as evidence. Cues come from each pack's
 * `event-cues.json`; actors are the entities stage's mentions, a person carrying their country.
 * @example createPipeline([langid, normalize, segment, time, createEntitiesStage(), createEventsStage()])
 */
export function createEventsStage(options: EventsStageOptions = {}): Stage {
  return {
    name: 'events',
    // 2: generic agents (`agent:` ids), passives, reversals, obligations.
    version: 2,
    requires: ['language', 'normalized', 'sentences', 'tokens', 'mentions', 'entities', 'timexes', 'eventDate', 'quotes'],
    provides: ['events'],
    run(input: Readonly<Analysis>, ctx: StageContext): Partial<Analysis> {
      if (!isSupportedLanguage(input.language)) return { events: [] };
      const kb = options.kb ?? loadKnowledgeBase();
      const lexicon = compileEventLexicon(ctx.language(input.language));
      return { events: codeEvents(input, { kb, lexicon, date: articleDate(input, ctx.reference), trace: ctx.trace }) };
    },
  };
}

/** The events stage with the default knowledge base. */
export const events: Stage = createEventsStage();

// Office holders (whose country a person carries) are looked up on the publication date.
function articleDate(input: Readonly<Analysis>, reference: Date): string {
  const published = input.publishedAt ?? input.article.publishedAt;
  if (published && /^\d{4}-\d{2}-\d{2}/u.test(published)) return published.slice(0, 10);
  return reference.toISOString().slice(0, 10);
}
