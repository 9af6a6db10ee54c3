import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFeatures, viewToken, type FeatureConfig } from './features.js';
import { createDocumentHistory, historyMajority, historyTypes, NO_HISTORY, type DocumentHistory } from './history.js';
import { beginLabel, decodeSpans, encodeSpans, TAG_TYPES } from './labels.js';
import { scoreEmissions } from './model.js';
import { createTagger } from './tagger.js';
import { historyKey } from './templates.js';
import { trainTagger, type TrainingSentence } from './training/perceptron.js';
import { viterbi } from './viterbi.js';

const CONFIG: FeatureConfig = {
  cliticPrefixes: ['و'], cliticSuffixes: [], inflections: [{ suffix: 'ei', base: 'a' }], minStem: 2, firstNames: [], surnames: [],
};
const key = (raw: string) => historyKey(viewToken(raw, CONFIG));
const PER = beginLabel('PER');
const LOC = beginLabel('LOC');
const summarize = (history: DocumentHistory, keys: readonly (string | null)[]) => Int16Array.from(keys, (k) => history.summary(k));
const recordAll = (history: DocumentHistory, keys: readonly (string | null)[], labels: ArrayLike<number>) =>
  keys.forEach((k, i) => history.record(k, labels[i]!));
const bit = (type: (typeof TAG_TYPES)[number]) => 1 << TAG_TYPES.indexOf(type);

describe('document history', () => {
  it('knows nothing of a word before it is recorded', () => {
    const history = createDocumentHistory();
    assert.deepEqual([...summarize(history, [key('Thatcher')])], [NO_HISTORY]);
  });

  it('summarises the label a word got most often and every type it got', () => {
    const history = createDocumentHistory();
    recordAll(history, [key('Margaret'), key('Thatcher')], [PER, PER + 1]);
    recordAll(history, [key('Thatcher')], [0]);
    recordAll(history, [key('Thatcher')], [PER]);
    const [code] = summarize(history, [key('Thatcher')]);
    assert.equal(historyMajority(code!), 1 + TAG_TYPES.indexOf('PER'));
    assert.equal(historyTypes(code!), bit('PER'));
  });

  it('lets a type win a tie with O, and shares a history between inflected forms', () => {
    const history = createDocumentHistory();
    recordAll(history, [key('Rusia'), key('spune')], [LOC, 0]);
    recordAll(history, [key('Rusiei')], [0]);
    const [rusia, spune] = summarize(history, [key('Rusiei'), key('spune')]);
    assert.equal(historyMajority(rusia!), 1 + TAG_TYPES.indexOf('LOC'));
    assert.equal(historyMajority(spune!), 0);
    assert.equal(historyTypes(spune!), 0);
  });

  it('keeps no history for punctuation and numbers', () => {
    assert.equal(key(','), null);
    assert.equal(key('2025'), null);
    assert.equal(key('والسقاف'), key('السقاف'));
  });
});

describe('document tagger', () => {
  // A surname alone after a verb-less start is a name only when the document named the person
  // before: the history features are the only thing telling the two labelled cases apart.
  const NAMES = ['Dumitrescu', 'Enache', 'Florea', 'Georgescu', 'Ionescu'];
  const training: TrainingSentence[] = [];
  for (const name of NAMES) {
    const introduced = ['Domnul', name, 'a', 'venit', '.'];
    const alone = [name, 'a', 'plecat', '.'];
    const history = createDocumentHistory();
    const introducedKeys = introduced.map(key);
    training.push({ tokens: introduced, labels: encodeSpans(5, [{ start: 1, end: 2, type: 'PER' }]), history: summarize(history, introducedKeys) });
    training.push({ tokens: alone, labels: encodeSpans(4, []), history: summarize(createDocumentHistory(), alone.map(key)) });
    recordAll(history, introducedKeys, encodeSpans(5, [{ start: 1, end: 2, type: 'PER' }]));
    training.push({ tokens: alone, labels: encodeSpans(4, [{ start: 0, end: 1, type: 'PER' }]), history: summarize(history, alone.map(key)) });
  }
  const model = trainTagger(training, { language: 'ro', features: CONFIG, trainedOn: 'test', licence: 'MIT', epochs: 10 });
  const tagger = createTagger(model);
  const types = (spans: readonly { type: string; start: number }[]) => spans.map((s) => `${s.type}@${s.start}`);

  it('tags a first sentence as a lone sentence', () => {
    const sentence = ['Domnul', 'Enache', 'a', 'venit', '.'];
    assert.deepEqual(types(tagger.document().tag(sentence)), types(tagger.tag(sentence)));
    assert.deepEqual(types(tagger.tag(sentence)), ['PER@1']);
  });

  it('uses what earlier sentences of the same document said about a word', () => {
    const alone = ['Florea', 'a', 'plecat', '.'];
    assert.deepEqual(types(tagger.tag(alone)), []);
    const document = tagger.document();
    document.tag(['Domnul', 'Florea', 'a', 'venit', '.']);
    assert.deepEqual(types(document.tag(alone)), ['PER@0']);
    assert.deepEqual(types(tagger.document().tag(alone)), [], 'a new document starts empty');
  });

  it('scores history as training does (precomputed blocks = the features of extractFeatures)', () => {
    const first = ['Domnul', 'Georgescu', 'a', 'venit', '.'];
    const second = ['Georgescu', 'și', 'Ionescu', 'au', 'plecat', '.'];
    const document = tagger.document();
    const history = createDocumentHistory();
    recordAll(history, first.map(key), encodeSpans(first.length, document.tag(first)));
    const direct = viterbi(scoreEmissions(model, extractFeatures(second, CONFIG, undefined, summarize(history, second.map(key)))), second.length, model.transitions);
    assert.deepEqual(document.tag(second).map(({ start, end, type }) => ({ start, end, type })), decodeSpans(direct.labels));
  });
});
