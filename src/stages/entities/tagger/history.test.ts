import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { viewToken, type FeatureConfig } from './features.js';
import { createDocumentHistory, historyMajority, historyTypes, NO_HISTORY } from './history.js';
import { beginLabel, encodeSpans, TAG_TYPES } from './labels.js';
import { createTagger } from './tagger.js';
import { historyKey } from './templates.js';
import { trainTagger, type TrainingSentence } from './training/perceptron.js';

const CONFIG: FeatureConfig = {
  cliticPrefixes: ['و'], cliticSuffixes: [], inflections: [{ suffix: 'ei', base: 'a' }], minStem: 2, firstNames: [], surnames: [],
};
const key = (raw: string) => historyKey(viewToken(raw, CONFIG));
const PER = beginLabel('PER');
const LOC = beginLabel('LOC');
const bit = (type: (typeof TAG_TYPES)[number]) => 1 << TAG_TYPES.indexOf(type);

describe('document history', () => {
  it('knows nothing of a word before it is recorded', () => {
    const history = createDocumentHistory();
    assert.deepEqual([...history.summarize([key('Thatcher')])], [NO_HISTORY]);
  });

  it('summarises the label a word got most often and every type it got', () => {
    const history = createDocumentHistory();
    history.record([key('Margaret'), key('Thatcher')], [PER, PER + 1]);
    history.record([key('Thatcher')], [0]);
    history.record([key('Thatcher')], [PER]);
    const [code] = history.summarize([key('Thatcher')]);
    assert.equal(historyMajority(code!), 1 + TAG_TYPES.indexOf('PER'));
    assert.equal(historyTypes(code!), bit('PER'));
  });

  it('lets a type win a tie with O, and shares a history between inflected forms', () => {
    const history = createDocumentHistory();
    history.record([key('Rusia'), key('spune')], [LOC, 0]);
    history.record([key('Rusiei')], [0]);
    const [rusia, spune] = history.summarize([key('Rusiei'), key('spune')]);
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
    training.push({ tokens: introduced, labels: encodeSpans(5, [{ start: 1, end: 2, type: 'PER' }]), history: history.summarize(introducedKeys) });
    training.push({ tokens: alone, labels: encodeSpans(4, []), history: createDocumentHistory().summarize(alone.map(key)) });
    history.record(introducedKeys, encodeSpans(5, [{ start: 1, end: 2, type: 'PER' }]));
    training.push({ tokens: alone, labels: encodeSpans(4, [{ start: 0, end: 1, type: 'PER' }]), history: history.summarize(alone.map(key)) });
  }
  const tagger = createTagger(trainTagger(training, { language: 'ro', features: CONFIG, trainedOn: 'test', licence: 'MIT', epochs: 10 }));
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
});
