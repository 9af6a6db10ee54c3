/**
 * Language identification: an Arabic-script letter rule, fastText lid.176 and eld behind one
 * LanguageIdentifier, and the pipeline stage that applies it per article and per paragraph.
 */
export { createLanguageIdentifier, createIdentifierFromModels } from './identifier.js';
export type { LanguageGuess, LanguageIdentifier, IdentifierModels } from './identifier.js';
export { createLangidStage, MIN_JUDGED_LETTERS, MIXED_CONFIDENCE, MIXED_SHARE } from './stage.js';
export { splitParagraphs } from './paragraphs.js';
export { countScripts } from './script.js';
