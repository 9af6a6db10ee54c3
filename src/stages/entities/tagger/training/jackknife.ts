import { documentsOf } from '../corpora/documents.js';
import type { CorpusSentence } from '../corpora/types.js';
import { viewToken, type FeatureConfig, type Gazetteer } from '../features.js';
import { createDocumentHistory } from '../history.js';
import { encodeSpans } from '../labels.js';
import type { TaggerModel } from '../model.js';
import { createTagger } from '../tagger.js';
import { historyKey } from '../templates.js';
import type { TrainingSentence } from './perceptron.js';

/**
 * Document-history summaries for training sentences. At run time a word's history holds the
 * tagger's own earlier predictions, mistakes included; training on gold labels (or on in-sample
 * predictions, nearly as good) would teach the model to trust history too much. So the
 * predictions come from cross-validation over the training part (Ratinov & Roth 2009, §5):
 * the documents are cut into {@link JACKKNIFE_FOLDS} contiguous folds, a history-free model is
 * trained on the others and tags each fold.
 */

/** Folds of the cross-validation. */
export const JACKKNIFE_FOLDS = 4;

/**
 * The training sentences with `history` set from jackknifed predictions; unchanged when the
 * corpus has fewer documents than folds.
 * @example withJackknifedHistory(corpus, toTrainingSentences(corpus), config, (part) => trainTagger(part, options))
 */
export function withJackknifedHistory(
  corpus: readonly CorpusSentence[], training: readonly TrainingSentence[], config: FeatureConfig,
  trainBase: (part: readonly TrainingSentence[]) => TaggerModel, gazetteer?: Gazetteer,
): TrainingSentence[] {
  const documents = documentsOf(corpus);
  if (documents.length < JACKKNIFE_FOLDS) return [...training];
  const predicted: Uint8Array[] = new Array(training.length);
  for (let fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
    const held = new Set(documents.filter((_, d) => Math.floor((d * JACKKNIFE_FOLDS) / documents.length) === fold).flat());
    const tagger = createTagger(trainBase(training.filter((_, i) => !held.has(i))), gazetteer);
    for (const i of held) predicted[i] = encodeSpans(training[i]!.tokens.length, tagger.tag(training[i]!.tokens));
  }
  const out = [...training];
  for (const document of documents) {
    const history = createDocumentHistory();
    for (const i of document) {
      const keys = training[i]!.tokens.map((t) => historyKey(viewToken(t, config)));
      out[i] = { ...training[i]!, history: Int16Array.from(keys, (key) => history.summary(key)) };
      keys.forEach((key, k) => history.record(key, predicted[i]![k]!));
    }
  }
  return out;
}
