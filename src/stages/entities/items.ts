import type { EntityType, MentionForm } from '../../model/analysis.js';

/**
 * The working objects of recognition, over token indices; they become `Mention`s (with spans in
 * the original text) at the end.
 */

/** A KB name or demonym found in the text, with the entities it may stand for. */
export interface EntityItem {
  readonly kind: 'entity';
  readonly start: number;
  readonly end: number;
  readonly cutStart: number;
  readonly cutEnd: number;
  readonly inflected: boolean;
  /** Candidate entity ids, in KB order. */
  readonly ids: readonly string[];
  /** How the text names each candidate. */
  readonly forms: ReadonlyMap<string, 'name' | 'demonym'>;
  /** Candidates named here only by a weak alias. */
  readonly weakIds: ReadonlySet<string>;
  /** The chosen entity (after context resolution). */
  id: string;
  method: string;
  confidence: number;
}

/** A title found in the text ("الرئيس", "Foreign Minister"); `role` when it names an office. */
export interface TitleItem {
  readonly kind: 'title';
  readonly start: number;
  readonly end: number;
  readonly cutStart: number;
  readonly role: string | null;
}

/** A name not in the KB (after a title, or from the tagger). */
export interface UnknownItem {
  readonly kind: 'unknown';
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly source: 'title' | 'tagger' | 'surname';
  /** Folded code units of a proclitic left out of the span (surnames found with و، ب …). */
  readonly cutStart: number;
  readonly score: number;
  id: string;
  method: string;
  confidence: number;
}

/** A title phrase that stands for the office holder ("الرئيس الإيراني" → Pezeshkian in 2025). */
export interface RoleItem {
  readonly kind: 'role';
  readonly start: number;
  readonly end: number;
  readonly cutStart: number;
  readonly id: string;
  readonly method: string;
  readonly confidence: number;
}

/** Anything recognition produces. */
export type Item = EntityItem | TitleItem | UnknownItem | RoleItem;

/** What an item becomes in the output. */
export interface ItemOutcome {
  readonly form: MentionForm;
  readonly type: EntityType;
}
