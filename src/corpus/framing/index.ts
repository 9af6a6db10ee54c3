/**
 * Framing comparison for one story: a facts × outlets matrix (events, background, entities, figures,
 * statements and their attribution) so that omissions and emphasis show at a glance.
 */
export { compareStory, findStoryDyad, type FramingOptions } from './matrix.js';
export { renderFraming } from './render.js';
export { findFigures, readNumber } from './figures.js';
export { attributionOf } from './facts.js';
export type { Attribution, FactCell, FactKind, FactRow, FramingMatrix, OutletColumn } from './types.js';
