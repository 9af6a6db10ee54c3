import { createEntitiesStage } from '../stages/entities/index.js';
import { createEventsStage } from '../stages/events/index.js';
import { createLangidStage, createLanguageIdentifier } from '../stages/langid/index.js';
import { normalize } from '../stages/normalize/index.js';
import { quotes } from '../stages/quotes/index.js';
import { segment } from '../stages/segment/index.js';
import { time } from '../stages/time/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

/** Options for the default pipeline. */
export interface DefaultPipelineOptions {
  /** Language for entity display names (ISO 639-1, default `en`). */
  readonly displayLanguage?: string;
  /**
   * Also use tagger models trained on this machine into `.models/` (default true). Off, only the
   * models shipped in the package run, so output is the same on every machine.
   */
  readonly localModels?: boolean;
}

/**
 * Builds THE default pipeline: the ordered list of stages, each position explained.
 * Loads models once (language ID); call `dispose()` when done.
 * @example const pipeline = await createDefaultPipeline(); const analysis = await pipeline.run(article);
 */
export async function createDefaultPipeline(options: DefaultPipelineOptions = {}): Promise<Pipeline> {
  const identifier = await createLanguageIdentifier();
  return createPipeline(
    [
      // First: every language-specific stage reads the language pack chosen here.
      createLangidStage(identifier),
      // Folding is language-independent (the union of all packs' folds), so it needs nothing.
      normalize,
      // After langid: sentence repair uses the language's abbreviation list.
      segment,
      // Time before entities: role mentions ("Iran's president") resolve to the office holder at the
      // publication date, which time may have read from a dateline.
      time,
      createEntitiesStage({ displayLanguage: options.displayLanguage, localModels: options.localModels }),
      // After entities: speakers and relaying agencies are chosen among the article's mentions.
      quotes,
      // Last: events need actors (entities), dates (time), and quotes to tell relaying agencies
      // apart from the parties.
      createEventsStage(),
    ],
    { dispose: () => identifier.dispose() },
  );
}
