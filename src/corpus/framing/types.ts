import type { EvidenceRef } from '../dossiers/types.js';

/** One outlet's report of the story: a column of the matrix. */
export interface OutletColumn {
  readonly article: string;
  readonly outlet: string;
  readonly language: string;
  readonly publishedAt: string | null;
  readonly url: string | null;
}

/** The kinds of fact compared across outlets. */
export type FactKind = 'event' | 'background' | 'entity' | 'figure' | 'quote';

/** How a report attributes what it relays: said (neutral), claimed (distancing), stressed (affirming). */
export type Attribution = 'said' | 'claimed' | 'stressed';

/** What one outlet reports of one fact. */
export interface FactCell {
  readonly count: number;
  readonly attribution: Attribution | null;
  /** The reporting verbs that carry a non-neutral attribution ("مدعی شد", "subliniind"). */
  readonly cues: readonly string[];
  readonly evidence: readonly EvidenceRef[];
}

/** One fact and, per outlet (in column order), what that outlet reports of it, or null. */
export interface FactRow {
  readonly kind: FactKind;
  readonly key: string;
  readonly label: string;
  readonly cells: readonly (FactCell | null)[];
}

/** Facts × outlets for one story. */
export interface FramingMatrix {
  readonly story: string | null;
  /** The two countries the story is about and the date of its main event. */
  readonly dyad: readonly string[];
  readonly mainDate: string | null;
  readonly outlets: readonly OutletColumn[];
  readonly rows: readonly FactRow[];
}
