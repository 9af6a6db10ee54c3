import type { AnchorMatch } from '../dedup/anchors.js';
import type { DateRelation } from './dates.js';
import type { FeatureKind } from './features.js';

/** Kinds of evidence a similarity reports: the feature kinds, plus an encoder's vectors. */
export type EvidenceKind = FeatureKind | 'embedding';

/** One shared feature and how much it added to a score. */
export interface FeatureMatch {
  readonly key: string;
  readonly kind: EvidenceKind;
  /** Contribution to the final score (the contributions and the date bonus add up to it). */
  readonly weight: number;
}

/** A scored comparison of a new article with one stored article. */
export interface PairScore {
  readonly score: number;
  /** Cosine per evidence kind compared (0–1), before weighting. */
  readonly kinds: Partial<Record<EvidenceKind, number>>;
  readonly dates: DateRelation;
  /** Added (same day) or applied as a veto (`far`); 0 otherwise. */
  readonly dateBonus: number;
  /**
   * Whether each article's protagonist appears in the other: `differ` lowers the score (same place
   * and topic, different actors: Pezeshkian in Minsk vs Bagheri in Minsk).
   */
  readonly participants: 'shared' | 'differ' | 'unknown';
  /** Score removed because the participants differ; 0 otherwise. */
  readonly participantPenalty: number;
  /** Shared features, largest contribution first. */
  readonly matches: readonly FeatureMatch[];
}

/** The best comparison with one story. */
export interface StoryCandidate extends PairScore {
  readonly storyId: string;
  /** The story member that scored best. */
  readonly articleId: string;
}

/** Why an article joined its story or started one: what `crosswire explain-story` prints. */
export interface StoryDecision {
  readonly action: 'joined' | 'started' | 'duplicate';
  readonly storyId: string;
  readonly threshold: number;
  /** The best candidate story (even when below the threshold), or null when none was found. */
  readonly best: StoryCandidate | null;
  /** Other stories compared, best first (scores only). */
  readonly others: readonly { readonly storyId: string; readonly articleId: string; readonly score: number }[];
  /**
   * For a copy: the original and the estimated Jaccard similarity of their shingles; for a
   * translation (a copy in another language), also how their names and numbers matched.
   */
  readonly duplicate: { readonly of: string; readonly jaccard: number; readonly anchors?: AnchorMatch } | null;
  /** Cost of the decision: articles fully compared and postings read (bounded, never the corpus). */
  readonly compared: number;
  readonly postingsRead: number;
}
