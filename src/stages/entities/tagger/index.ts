/**
 * Trained sequence taggers: names that are not in the knowledge base are still found.
 * One averaged-perceptron BIO tagger per language (Collins 2002), decoded with Viterbi.
 */
export { loadTagger, SHIPPED_MODEL_DIR, type LoadTaggerOptions } from './load.js';
export { createTagger, type DocumentTagger, type TaggedSpan, type Tagger } from './tagger.js';
export type { Gazetteer } from './features.js';
export type { TagType } from './labels.js';
