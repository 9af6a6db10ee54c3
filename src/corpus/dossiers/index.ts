/**
 * Actor-pair (dyad) dossiers over stored article records: what happened between two actors, when and
 * where, what they agreed, who said what, and who reported it, every line linked to its evidence.
 */
import { renderDossierHtml } from './render-html.js';
import { renderDossierMarkdown } from './render-md.js';
import type { Dossier } from './types.js';

export { buildDossier, type DossierOptions } from './build.js';
export { resolveActor, createNameBook, type NameBook } from './names.js';
export { isBetween } from './collect.js';
export { groupOccasions } from './timeline.js';
export type { Dossier, DossierEvent, EvidenceRef, NamedRef, Occasion, Statement } from './types.js';

/** Output formats of a dossier. */
export type DossierFormat = 'md' | 'html' | 'json';

/**
 * Renders a dossier for printing.
 * @example process.stdout.write(renderDossier(buildDossier(records, 'Iran', 'Belarus'), 'md'))
 */
export function renderDossier(dossier: Dossier, format: DossierFormat): string {
  if (format === 'md') return renderDossierMarkdown(dossier);
  if (format === 'html') return renderDossierHtml(dossier);
  return JSON.stringify(dossier, null, 2);
}
