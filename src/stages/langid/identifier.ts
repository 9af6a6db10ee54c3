import { loadEld, type EldScorer } from './eld-model.js';
import { loadFastText, type FastTextPredictor, type LabelScore } from './fasttext-model.js';
import { createLetterRules } from './letter-rule.js';
import { DEFAULT_POLICY, decideLanguage, type Decision, type Policy } from './policy.js';
import { countWords, prepareText } from './prepare.js';
import { loadLanguageProfiles, type LanguageProfile } from './profiles.js';
import { countScripts, NO_SCRIPT } from './script.js';

/** A language decision for a text. */
export interface LanguageGuess {
  /** ISO 639-1 code, or `und`. */
  readonly language: string;
  /** 0–1; 0 for text with no letters. */
  readonly confidence: number;
  /** ISO 15924 code of the dominant script (`Zyyy` when there are no letters). */
  readonly script: string;
}

/** Identifies the language of texts; load once, call `identify` many times. */
export interface LanguageIdentifier {
  /**
   * Identifies one text. `declared` (ISO 639-1, e.g. from HTML `lang`) breaks ties when the text
   * alone is not conclusive; it never overrides a confident identification.
   */
  identify(text: string, declared?: string | null): LanguageGuess;
  /** Frees model memory; `identify` must not be called afterwards. */
  dispose(): void;
}

/** The loaded models an identifier combines. */
export interface IdentifierModels {
  readonly fastText: FastTextPredictor;
  readonly eld: EldScorer;
}

const FASTTEXT_TOP_K = 5;

// eld 'small' (1.6 MB of n-grams, ~0.4 s to load): on the dev set it matched 'medium' and 'large'
// within 0.1 point on every bucket and beat 'extrasmall' on Romanian snippets (docs/quality.md).
const ELD_SIZE = 'small';

/**
 * Loads fastText lid.176, eld and the letter data once.
 * @example const id = await createLanguageIdentifier(); id.identify('Путин заявил в среду').language // 'ru'
 */
export async function createLanguageIdentifier(): Promise<LanguageIdentifier> {
  const [fastText, eld] = await Promise.all([loadFastText(), loadEld(ELD_SIZE)]);
  return createIdentifierFromModels({ fastText, eld });
}

/** Builds an identifier over already-loaded models; `policy` is for tuning (eval/langid.ts). */
export function createIdentifierFromModels(models: IdentifierModels, policy: Policy = DEFAULT_POLICY): LanguageIdentifier {
  const profiles = loadLanguageProfiles();
  const rules = createLetterRules(profiles);
  const toCode = createLabelMapper(profiles);
  const confusable = new Set(profiles.flatMap((p) => p.confusableWith));
  const mapScores = (scores: readonly LabelScore[]): LabelScore[] =>
    scores.map((s) => ({ label: toCode(s.label), score: s.score }));

  return {
    identify(text, declared = null) {
      const prepared = prepareText(text);
      const counts = countScripts(prepared);
      if (counts.letters === 0) return { language: 'und', confidence: 0, script: NO_SCRIPT };
      const modelInput = foldShouting(prepared, counts.letters);
      const decision: Decision = decideLanguage(
        {
          words: countWords(prepared),
          letters: rules.get(counts.script)?.judge(prepared) ?? [],
          fastText: () => mapScores(models.fastText.predict(modelInput, FASTTEXT_TOP_K)),
          eld: () => models.eld.scores(modelInput),
          confusable,
          declared,
        },
        policy,
      );
      return { language: decision.language, confidence: round(decision.confidence), script: counts.script };
    },
    dispose() {
      models.fastText.dispose();
    },
  };
}

/**
 * Maps a model label to ISO 639-1: a pack's `varieties` fold into it (arz → ar), two-letter labels
 * pass through, and anything else (ISO 639-3 only, e.g. `ceb`) becomes `und`.
 */
export function createLabelMapper(profiles: readonly LanguageProfile[]): (label: string) => string {
  const varieties = new Map<string, string>();
  for (const p of profiles) for (const v of p.varieties) varieties.set(v, p.code);
  return (label) => varieties.get(label) ?? (/^[a-z]{2}$/.test(label) ? label : 'und');
}

// fastText lid.176 reads ALL-CAPS headlines as noise (CoNLL "STOCKS SINK AS BOND RATES JUMP" →
// zh 0.94): text whose letters are mostly capitals is lower-cased for the models. Mixed-case text
// is left alone because capitals on names help it.
function foldShouting(text: string, letters: number): string {
  const lowered = text.toLowerCase();
  if (lowered === text || lowered.length !== text.length) return text;
  let upper = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== lowered.charCodeAt(i)) upper++;
  return upper * 2 > letters ? lowered : text;
}

// Three decimals are plenty for a confidence and keep outputs stable across platforms.
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
