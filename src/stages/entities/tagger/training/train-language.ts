import { loadLanguage } from '../../../../languages/index.js';
import { normalizeForMatch } from '../../../normalize/fold.js';
import { documentsOf } from '../corpora/documents.js';
import type { CorpusSentence } from '../corpora/types.js';
import type { FeatureConfig, Gazetteer } from '../features.js';
import { encodeSpans, type LabelSpan } from '../labels.js';
import type { TaggerModel } from '../model.js';
import type { Tagger } from '../tagger.js';
import { withJackknifedHistory } from './jackknife.js';
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
  /** Seed of the perceptron's sentence shuffling. */
  readonly seed?: number;
  readonly gazetteer?: Gazetteer;
  /** Whether to learn document-history features (default true; false trains a sentence-only model). */
  readonly history?: boolean;
  readonly onEpoch?: (epoch: number, errorRate: number) => void;
}

/**
 * The feature configuration of a language, from its pack: the clitics and fused endings of
 * `clitics.json` and the person-name lists, folded the way tokens are (ZWNJ-joined Persian
 * suffixes fold to their joined form).
 */
export function featureConfigFor(code: string): FeatureConfig {
  const { clitics, firstNames, surnames } = loadLanguage(code);
  const fold = (list: readonly string[]) => [...new Set(list.map(normalizeForMatch).filter((c) => c.length > 0))].sort();
  return {
    cliticPrefixes: fold(clitics.prefixes),
    cliticSuffixes: fold(clitics.suffixes),
    inflections: clitics.inflections.map((i) => ({ suffix: normalizeForMatch(i.suffix), base: normalizeForMatch(i.base) })),
    minStem: clitics.minStem,
    firstNames: fold(firstNames),
    surnames: fold(surnames),
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
  const { history = true, onEpoch, ...rest } = options;
  const features = featureConfigFor(code);
  const train = (part: readonly TrainingSentence[], report?: TrainLanguageOptions['onEpoch']) =>
    trainTagger(part, { language: code, features, ...rest, ...(report ? { onEpoch: report } : {}) });
  const training = toTrainingSentences(sentences);
  if (!history) return train(training, onEpoch);
  return train(withJackknifedHistory(sentences, training, features, (part) => train(part), rest.gazetteer), onEpoch);
}

/**
 * Tags every test sentence, document by document (see documentsOf), and adds strict span counts
 * to `table`; returns the number of tokens.
 */
export function countTaggerSpans(
  tagger: Tagger, test: readonly CorpusSentence[], table: CountTable,
  onSentence?: (sentence: CorpusSentence, predicted: readonly LabelSpan[]) => void,
): number {
  let tokens = 0;
  for (const document of documentsOf(test)) {
    const reader = tagger.document();
    for (const i of document) {
      const s = test[i]!;
      const predicted = reader.tag(s.tokens);
      countSpans(s.spans, predicted, table);
      onSentence?.(s, predicted);
      tokens += s.tokens.length;
    }
  }
  return tokens;
}
