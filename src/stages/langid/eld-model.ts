import { eld } from 'eld';
import { createError } from '../../errors.js';
import type { LabelScore } from './fasttext-model.js';

/**
 * eld (Nito-ELD, byte n-grams, 60 languages) as a second opinion. It scores each language by
 * n-gram overlap, which holds up better than fastText on a few words of Romanian.
 */

/** A loaded eld database. */
export interface EldScorer {
  /** Languages by descending score; scores are eld's own (0–1, not a distribution). */
  scores(text: string): LabelScore[];
}

/** eld database sizes: larger is slower to load and heavier, and not always more accurate. */
export type EldSize = 'extrasmall' | 'small' | 'medium' | 'large';

/**
 * Loads an isolated eld instance with the given database.
 * @example const e = await loadEld('small'); e.scores('a spus că')[0].label // 'ro'
 */
export async function loadEld(size: EldSize): Promise<EldScorer> {
  // The package root is eld's dynamic entry, whose instances have `load`; its typings union it
  // with the static entries', which do not.
  const detector = eld.newInstance() as ReturnType<typeof eld.newInstance> & { load(size: string): Promise<unknown> };
  try {
    await detector.load(size);
  } catch (cause) {
    throw createError('MODEL_LOAD_FAILED', `eld (${size})`, (cause as Error).message, { cause });
  }
  return {
    scores(text) {
      const result = detector.detect(text);
      if (!result.language) return [];
      return Object.entries(result.getScores())
        .map(([label, score]) => ({ label, score }))
        .sort((a, b) => b.score - a.score);
    },
  };
}
