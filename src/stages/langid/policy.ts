import type { LabelScore } from './fasttext-model.js';
import type { LetterVote } from './letter-rule.js';

/**
 * How the letter rule, fastText and eld are combined into one decision. Pure: it sees the
 * evidence, not the models, so it is testable without loading anything.
 *
 * 1. Arabic script (any script with a letter rule): the letters decide when they are clear
 *    (Laplace share ≥ `ruleDecisive`). Short or mixed-letter text falls through to the models.
 * 2. Otherwise fastText lid.176 decides, except that eld is consulted (and the two scores fused)
 *    when fastText is unsure, when the text is very short (`shortWords`, off by default: measured
 *    worse), or when fastText names a language a pack lists as confusable (Romanian vs Italian,
 *    Spanish, …). On the dev set eld is far better than fastText on 2–5 words of Romanian and
 *    worse on short English and Russian, so it is a second opinion, not a replacement; when
 *    consulted and clear, it carries the decision (weight 0.7), and fastText settles its near-ties.
 * 3. A declared language breaks a near-tie when the decision is not confident; it never overrides
 *    a confident one.
 * 4. Below `floor` the answer is `und`: fastText always names some language, even for "123".
 */

/** Tuning of the combination; defaults were set on the dev data (docs/quality.md). */
export interface Policy {
  /** Letter-rule share at or above which the letters alone decide. */
  readonly ruleDecisive: number;
  /**
   * The letters also decide when they contradict every language but one, which has at least this
   * many letters for it and none against (e.g. Pashto ې ړ with Persian contradicted by both).
   */
  readonly exclusiveHits: number;
  /** Confidence below which the answer is `und`. */
  readonly floor: number;
  /** Consult eld for texts of at most this many words. */
  readonly shortWords: number;
  /** Consult eld when fastText's best probability is below this. */
  readonly unsure: number;
  /** Weight of eld in the fused score (fastText gets the rest). */
  readonly eldWeight: number;
  /**
   * eld scores are similarities, not probabilities: score^sharpness, normalised, makes them one.
   * At 64 a 5% lead (0.95^64 ≈ 0.04) gives eld's pick ~95% of the mass, while a near-tie
   * (ru 0.837 vs bg 0.832: ratio^64 ≈ 0.68) stays split and fastText breaks it.
   */
  readonly eldSharpness: number;
  /** Confidence at or above which a declared language is ignored. */
  readonly confident: number;
  /** A declared language wins a tie when its score is at least this fraction of the best. */
  readonly declaredTie: number;
}

/** The defaults: see docs/quality.md § Language identification for the numbers behind them. */
export const DEFAULT_POLICY: Policy = {
  ruleDecisive: 0.9,
  exclusiveHits: 2,
  floor: 0.5,
  // Measured 0, 2 and 3: forcing eld onto every 2–3-word text cost Russian and English more
  // (−8.5 and −6.8 points) than it gained for Romanian (+0.9); fastText's own probability already
  // falls on short text, so "unsure" catches the short texts that need a second opinion.
  shortWords: 0,
  unsure: 0.5,
  eldWeight: 0.7,
  eldSharpness: 64,
  confident: 0.8,
  declaredTie: 0.5,
};

/** Everything known about one text when deciding. */
export interface Evidence {
  readonly words: number;
  /** Letter-rule votes, best first (empty when the script has no rule or no letter voted). */
  readonly letters: readonly LetterVote[];
  /** fastText top-k, labels already mapped to ISO 639-1 (or `und`). */
  readonly fastText: () => readonly LabelScore[];
  /** eld scores, labels ISO 639-1; only called when the policy consults it. */
  readonly eld: () => readonly LabelScore[];
  /** Languages a pack lists as confusable with it (any of them guessed → consult eld). */
  readonly confusable: ReadonlySet<string>;
  readonly declared: string | null;
}

/** A decision before the script is attached. */
export interface Decision {
  readonly language: string;
  readonly confidence: number;
  /** Which evidence decided, for traces: `letters`, `fasttext`, `fasttext+eld`, `declared`. */
  readonly method: string;
}

/** Decides the language from the evidence. */
export function decideLanguage(evidence: Evidence, policy: Policy = DEFAULT_POLICY): Decision {
  const top = evidence.letters[0];
  if (top && (top.share >= policy.ruleDecisive || isExclusive(evidence.letters, policy.exclusiveHits))) {
    return { language: top.language, confidence: top.share, method: 'letters' };
  }
  const ft = mergeScores(evidence.fastText());
  const best = ft[0];
  const consult =
    evidence.words <= policy.shortWords ||
    (best?.score ?? 0) < policy.unsure ||
    (best !== undefined && evidence.confusable.has(best.label));
  let ranked = ft;
  let method = 'fasttext';
  if (consult) {
    const eld = sharpen(evidence.eld(), policy.eldSharpness);
    if (eld.length) {
      ranked = fuse(ft, eld, policy.eldWeight);
      method = 'fasttext+eld';
    }
  }
  return applyDeclared(ranked, method, evidence.declared, policy);
}

// Only the first language is consistent with every letter, and it has enough letters for it.
function isExclusive(letters: readonly LetterVote[], minHits: number): boolean {
  const [first, ...rest] = letters;
  return first !== undefined && first.misses === 0 && first.hits >= minHits && rest.every((v) => v.misses > 0);
}

function applyDeclared(ranked: readonly LabelScore[], method: string, declared: string | null, policy: Policy): Decision {
  const best = ranked[0];
  if (!best) return { language: 'und', confidence: 0, method };
  if (declared && best.label !== declared && best.score < policy.confident) {
    const claimed = ranked.find((s) => s.label === declared);
    if (claimed && claimed.score >= best.score * policy.declaredTie) {
      return { language: declared, confidence: claimed.score, method: 'declared' };
    }
  }
  if (declared && best.label === declared && best.score < policy.floor) {
    // The text agrees with the declaration, if weakly: keep it rather than saying `und`.
    return { language: declared, confidence: best.score, method: 'declared' };
  }
  if (best.score < policy.floor || best.label === 'und') return { language: 'und', confidence: best.score, method };
  return { language: best.label, confidence: best.score, method };
}

/** Sums the scores of labels that map to the same code (ar + arz), best first. */
export function mergeScores(scores: readonly LabelScore[]): LabelScore[] {
  const sums = new Map<string, number>();
  for (const { label, score } of scores) sums.set(label, (sums.get(label) ?? 0) + score);
  return [...sums].map(([label, score]) => ({ label, score })).sort((a, b) => b.score - a.score);
}

function sharpen(scores: readonly LabelScore[], power: number): LabelScore[] {
  const raised = scores.map((s) => ({ label: s.label, score: Math.pow(s.score, power) }));
  const total = raised.reduce((sum, s) => sum + s.score, 0);
  return total > 0 ? raised.map((s) => ({ label: s.label, score: s.score / total })) : [];
}

function fuse(ft: readonly LabelScore[], eld: readonly LabelScore[], weight: number): LabelScore[] {
  const fused = new Map<string, number>();
  for (const s of ft) fused.set(s.label, (1 - weight) * s.score);
  for (const s of eld) fused.set(s.label, (fused.get(s.label) ?? 0) + weight * s.score);
  return [...fused].map(([label, score]) => ({ label, score })).sort((a, b) => b.score - a.score);
}

