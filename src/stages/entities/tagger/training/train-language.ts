import { loadLanguage } from '../../../../languages/index.js';
import { normalizeForMatch } from '../../../normalize/fold.js';
import type { CorpusSentence } from '../corpora/types.js';
import type { FeatureConfig, Gazetteer } from '../features.js';
import { encodeSpans } from '../labels.js';
import type { TaggerModel } from '../model.js';
import type { Tagger } from '../tagger.js';
import { trainTagger, type TrainingSentence } from './perceptron.js';
import { countSpans, type CountTable } from './score.js';

/**
 * Glue between corpora, language packs and the perceptron, shared by `npm run train:ner` and
 * `npm run eval:ner`.
 */

/** Options of {@link trainLanguage}. */
export interface TrainLanguageOptions {
  readonly trainedOn: string;
  readonly licence: string;
  readonly epochs?: number;
  readonly minCount?: number;
  readonly gazetteer?: Gazetteer;
  readonly onEpoch?: (epoch: number, errorRate: number) => void;
}

/**
 * The feature configuration of a language, from its pack: the clitics and fused endings of
 * `clitics.json`, folded the way tokens are (ZWNJ-joined Persian suffixes fold to their joined form).
 */
export function featureConfigFor(code: string): FeatureConfig {
  const { clitics } = loadLanguage(code);
  const fold = (list: readonly string[]) => [...new Set(list.map(normalizeForMatch).filter((c) => c.length > 0))].sort();
  return {
    cliticPrefixes: fold(clitics.prefixes),
    cliticSuffixes: fold(clitics.suffixes),
    inflections: clitics.inflections.map((i) => ({ suffix: normalizeForMatch(i.suffix), base: normalizeForMatch(i.base) })),
    minStem: clitics.minStem,
  };
}

/** Corpus sentences as gold label sequences. */
export function toTrainingSentences(sentences: readonly CorpusSentence[]): TrainingSentence[] {
  return sentences.map((s) => ({ tokens: s.tokens, labels: encodeSpans(s.tokens.length, s.spans) }));
}

/**
 * Trains a language's tagger on corpus sentences.
 * @example trainLanguage('ro', corpus.all, { trainedOn: 'RONEC v2 validation', licence: 'MIT' })
 */
export function trainLanguage(code: string, sentences: readonly CorpusSentence[], options: TrainLanguageOptions): TaggerModel {
  return trainTagger(toTrainingSentences(sentences), { language: code, features: featureConfigFor(code), ...options });
}

/** Tags every test sentence and adds strict span counts to `table`; returns the number of tokens. */
export function countTaggerSpans(tagger: Tagger, test: readonly CorpusSentence[], table: CountTable): number {
  let tokens = 0;
  for (const s of test) {
    countSpans(s.spans, tagger.tag(s.tokens), table);
    tokens += s.tokens.length;
  }
  return tokens;
}
