import { isSupportedLanguage } from '../../languages/index.js';
import type { Stage } from '../../pipeline/stage.js';
import { segmentSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export { segmentSentences } from './sentences.js';
export { tokenize } from './tokens.js';

/** Splits the article into sentences and word tokens, with offsets into the original text. */
export const segment: Stage = {
  name: 'segment',
  version: 2,
  requires: ['language', 'normalized'],
  provides: ['sentences', 'tokens'],
  run(input, ctx) {
    const { text } = input.article;
    const pack = isSupportedLanguage(input.language) ? ctx.language(input.language) : null;
    const sentences = segmentSentences(text, pack).map((span) => ({ span }));
    return { sentences, tokens: tokenize(text, undefined, input.normalized) };
  },
};
