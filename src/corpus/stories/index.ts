/**
 * Stories: articles reporting the same real-world event, across languages and outlets, formed online
 * (one pass, batch = stream) from an inverted index of language-independent features and
 * within-language terms; copies and translations inside a story (src/corpus/dedup) and storylines
 * (src/corpus/storylines).
 */
export { createStoryClusterer, DEFAULT_THRESHOLD, type StoryClusterer, type StoryClustererOptions, type StoryAssignment } from './clusterer.js';
export { createDefaultStoryClusterer, rulesForLanguage, type DefaultStoryClustererOptions } from './defaults.js';
export { createMemoryStoryIndex } from './memory-index.js';
export { createSqliteStoryIndex } from './sqlite-index.js';
export type { StoryIndex, IndexedArticle, StoryRecord, ArticleMeta } from './story-index.js';
export { createFeatureSimilarity, DEFAULT_KIND_WEIGHTS, type Similarity, type Idf, type KindWeights } from './similarity.js';
export { createEncoderSimilarity, type Encoder } from './encoder.js';
export { extractStoryFeatures, type StoryFeatures, type FeatureKind } from './features.js';
export type { StoryDecision, PairScore, FeatureMatch, StoryCandidate } from './decision.js';
export { explainStory, type StoryExplanation } from './explain.js';
export { listStories, showStory, type StoryListItem, type StoryListOptions, type StoryView } from './views.js';
export { formatStoryList, formatStory, formatExplanation } from './format.js';
export { createNameLexicon, type NameLexicon } from './known-names.js';
export { scoreBCubed, scorePairs, type PRF } from './cluster-metrics.js';
export { findStoryline, type Storyline } from '../storylines/index.js';
