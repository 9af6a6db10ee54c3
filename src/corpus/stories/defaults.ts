import { loadKnowledgeBase, type KnowledgeBaseOptions } from '../../kb/index.js';
import { isSupportedLanguage, loadLanguage } from '../../languages/index.js';
import { createStoryClusterer, type StoryClusterer, type StoryClustererOptions } from './clusterer.js';
import { createNameLexicon } from './known-names.js';
import { NO_RULES, termRules, type TermRules } from './terms.js';

/** Word rules from the language pack of `code`, or none for a language without a pack. */
export function rulesForLanguage(code: string): TermRules {
  return isSupportedLanguage(code) ? termRules(loadLanguage(code)) : NO_RULES;
}

/** Options for {@link createDefaultStoryClusterer}: the clusterer's, plus where the KB comes from. */
export interface DefaultStoryClustererOptions extends StoryClustererOptions {
  readonly kb?: KnowledgeBaseOptions;
}

/**
 * The story clusterer as the CLI uses it: language packs for stopwords and clitics, the knowledge
 * base for names in scripts without capitals, and the given index (default in-memory).
 * @example const clusterer = createDefaultStoryClusterer(); clusterer.assign(analysis).storyId
 */
export function createDefaultStoryClusterer(options: DefaultStoryClustererOptions = {}): StoryClusterer {
  return createStoryClusterer({
    rules: rulesForLanguage,
    names: createNameLexicon(loadKnowledgeBase(options.kb)),
    ...options,
  });
}
