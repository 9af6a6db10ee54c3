import { loadKnowledgeBase } from '../../kb/load.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { isSupportedLanguage } from '../../languages/index.js';
import type { Analysis, EntityRef, Mention } from '../../model/analysis.js';
import type { Stage } from '../../pipeline/stage.js';
import { createKbGazetteer } from './gazetteer.js';
import { recognizeEntities } from './recognize.js';
import { loadTagger, SHIPPED_MODEL_DIR, type Tagger } from './tagger/index.js';

export { recognizeEntities, type RecognizeInput, type RecognizeOptions } from './recognize.js';
export { linkName, explainEntity, similarity, type NameLink, type NameCandidate, type LinkNameOptions } from './link-name.js';
export { nameKey, provisionalId, wordSkeleton, romanize } from './transliterate.js';
export { transliterationScore } from './translit-model.js';
export { createKbGazetteer } from './gazetteer.js';

/** Options for {@link createEntitiesStage}. */
export interface EntitiesStageOptions {
  /** The knowledge base (default: bundled + user KB, loaded once per process). */
  readonly kb?: KnowledgeBase;
  /** Language of entity display names (ISO 639-1, default `en`; falls back to English, then any). */
  readonly displayLanguage?: string;
  /** Use the statistical tagger for names the KB does not know (default true, when a model exists). */
  readonly tagger?: boolean;
  /** Also use tagger models trained locally into `.models/` (default true); off, only shipped ones. */
  readonly localModels?: boolean;
}

/**
 * The entities stage: mentions of people, places, organisations in the text (KB names with clitics
 * and inflections, demonyms, office titles, unknown names), each linked to a Wikidata QID or a
 * provisional id, and the list of entities with display names.
 * @example createPipeline([langid, normalize, segment, createEntitiesStage({ displayLanguage: 'ar' })])
 */
export function createEntitiesStage(options: EntitiesStageOptions = {}): Stage {
  const displayLanguage = options.displayLanguage ?? 'en';
  const taggers = new Map<string, Tagger | null>();
  return {
    name: 'entities',
    version: 1,
    requires: ['language', 'normalized', 'tokens', 'sentences'],
    provides: ['mentions', 'entities'],
    run(input, ctx) {
      // Lazy: the KB loads on the first article, once per process (cached by loadKnowledgeBase).
      const kb = options.kb ?? loadKnowledgeBase();
      const modelDir = options.localModels === false ? SHIPPED_MODEL_DIR : undefined;
      const tagger = options.tagger === false ? null : taggerFor(input.language, kb, taggers, modelDir);
      const mentions = recognizeEntities(
        { text: input.article.text, tokens: input.tokens, sentences: input.sentences, language: input.language, date: articleDate(input, ctx.reference) },
        { kb, tagger, trace: ctx.trace },
      );
      return { mentions, entities: entityRefs(mentions, kb, displayLanguage) };
    },
  };
}

function taggerFor(language: string, kb: KnowledgeBase, cache: Map<string, Tagger | null>, modelDir: URL | undefined): Tagger | null {
  if (!isSupportedLanguage(language)) return null;
  let tagger = cache.get(language);
  if (tagger === undefined) {
    tagger = loadTagger(language, { gazetteer: createKbGazetteer(kb), modelDir });
    cache.set(language, tagger);
  }
  return tagger;
}

// Office holders are looked up on the publication date (as resolved by earlier stages), else on
// the run's reference date.
function articleDate(input: Readonly<Analysis>, reference: Date): string {
  const published = input.publishedAt ?? input.article.publishedAt;
  if (published && /^\d{4}-\d{2}-\d{2}/u.test(published)) return published.slice(0, 10);
  return reference.toISOString().slice(0, 10);
}

/**
 * The entities of an article in order of first mention, named in `displayLanguage`; a provisional
 * entity is named by its longest mention.
 */
export function entityRefs(mentions: readonly Mention[], kb: KnowledgeBase, displayLanguage: string): EntityRef[] {
  const refs = new Map<string, EntityRef>();
  for (const m of mentions) {
    const entity = kb.get(m.entityId);
    const previous = refs.get(m.entityId);
    if (entity) {
      if (!previous) refs.set(m.entityId, { id: entity.id, type: entity.type, name: kb.displayName(entity, displayLanguage) });
    } else if (!previous || (m.form === 'name' && m.text.length > previous.name.length)) {
      refs.set(m.entityId, { id: m.entityId, type: m.type, name: m.text });
    }
  }
  return [...refs.values()];
}
