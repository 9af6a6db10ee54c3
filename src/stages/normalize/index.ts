import type { Stage } from '../../pipeline/stage.js';
import { foldText } from './fold.js';

export { foldText, normalizeForMatch, foldCodePoint } from './fold.js';

/** Builds the normalised matching view of the article text, with its map back to the original. */
export const normalize: Stage = {
  name: 'normalize',
  version: 1,
  requires: [],
  provides: ['normalized'],
  run(input) {
    return { normalized: foldText(input.article.text) };
  },
};
