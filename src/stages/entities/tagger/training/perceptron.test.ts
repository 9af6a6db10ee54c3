import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../../segment/tokens.js';
import { extractFeatures, type FeatureConfig } from '../features.js';
import { decodeSpans, encodeSpans, type LabelSpan, type TagType } from '../labels.js';
import { scoreEmissions } from '../model.js';
import { createTagger } from '../tagger.js';
import { viterbi } from '../viterbi.js';
import { trainTagger, type TrainingSentence } from './perceptron.js';

const CONFIG: FeatureConfig = { cliticPrefixes: [], cliticSuffixes: [], inflections: [], minStem: 2, firstNames: [], surnames: [] };

// Sentences written in the style of Romanian wire copy; names in [brackets:TYPE].
const TRAIN = [
  'Președintele [Klaus Iohannis:PER] a declarat la [București:LOC] că [Guvernul:ORG] va continua reformele.',
  'Premierul [Marcel Ciolacu:PER] a declarat la [Iași:LOC] că bugetul va fi adoptat.',
  'Ministrul [Bogdan Aurescu:PER] s-a întâlnit la [Chișinău:LOC] cu omologul său.',
  'Președintele [Maia Sandu:PER] a vizitat [Kievul:LOC] joi.',
  'Compania [Dacia:ORG] a anunțat vânzări record în [Germania:LOC].',
  'Banca [Transilvania:ORG] a raportat un profit în creștere, potrivit [Agerpres:ORG].',
  'Premierul [Viktor Orbán:PER] a declarat la [Budapesta:LOC] că nu va sprijini sancțiunile.',
  'Ministrul [Sergei Lavrov:PER] a sosit la [Minsk:LOC] pentru consultări.',
  'Echipa a câștigat meciul de aseară, iar antrenorul a fost mulțumit.',
  'Președintele [Volodimir Zelenski:PER] a declarat la [Kiev:LOC] că [NATO:ORG] trebuie să acționeze.',
];

function parse(marked: string): { tokens: string[]; spans: LabelSpan[] } {
  const spans: { from: number; to: number; type: TagType }[] = [];
  let text = '';
  let rest = marked;
  for (let m = /\[([^:\]]+):(PER|ORG|LOC|MISC)\]/.exec(rest); m; m = /\[([^:\]]+):(PER|ORG|LOC|MISC)\]/.exec(rest)) {
    text += rest.slice(0, m.index);
    spans.push({ from: text.length, to: text.length + m[1]!.length, type: m[2] as TagType });
    text += m[1];
    rest = rest.slice(m.index + m[0].length);
  }
  text += rest;
  const tokens = tokenize(text);
  return {
    tokens: tokens.map((t) => text.slice(t.span.start, t.span.end)),
    spans: spans.map((s) => ({
      start: tokens.findIndex((t) => t.span.start === s.from),
      end: tokens.findIndex((t) => t.span.end === s.to) + 1,
      type: s.type,
    })),
  };
}

const sentences: TrainingSentence[] = TRAIN.map(parse).map((s) => ({ tokens: s.tokens, labels: encodeSpans(s.tokens.length, s.spans) }));
const model = trainTagger(sentences, { language: 'ro', features: CONFIG, trainedOn: 'test sentences', licence: 'MIT', epochs: 10 });

describe('trainTagger (averaged perceptron)', () => {
  it('learns the training sentences', () => {
    const tagger = createTagger(model);
    for (const s of TRAIN.map(parse)) assert.deepEqual(tagger.tag(s.tokens).map(({ start, end, type }) => ({ start, end, type })), s.spans);
  });

  it('finds unseen names in a held-out sentence of the same kind', () => {
    const held = parse('Președintele [Emmanuel Macron:PER] a declarat la [Paris:LOC] că reformele vor continua.');
    const found = createTagger(model).tag(held.tokens);
    assert.deepEqual(found.map(({ start, end, type }) => ({ start, end, type })), held.spans);
    for (const s of found) assert.ok(s.score > 0.5 && s.score <= 1, `score ${s.score}`);
  });

  it('finds nothing in a sentence without names', () => {
    const plain = parse('Antrenorul a fost mulțumit de meciul de aseară.');
    assert.deepEqual(createTagger(model).tag(plain.tokens), []);
  });

  it('records what it was trained on', () => {
    assert.equal(model.header.language, 'ro');
    assert.equal(model.header.sentences, TRAIN.length);
    assert.equal(model.header.usesGazetteer, false);
    assert.ok(model.header.marginScale > 0);
  });

  it('is deterministic for a seed', () => {
    const again = trainTagger(sentences, { language: 'ro', features: CONFIG, trainedOn: 'test sentences', licence: 'MIT', epochs: 10 });
    assert.deepEqual(again.keys, model.keys);
    assert.deepEqual(again.weights, model.weights);
  });

  it('tags through its per-word caches exactly as through full feature extraction', () => {
    const gazetteer = (norm: string) => (['kiev', 'minsk', 'paris'].includes(norm) ? ['LOC'] : norm === 'nato' ? ['ORG'] : []);
    const withGazetteer = trainTagger(sentences, { language: 'ro', features: CONFIG, trainedOn: 'test', licence: 'MIT', epochs: 10, gazetteer });
    assert.equal(withGazetteer.header.usesGazetteer, true);
    for (const [m, g] of [[model, undefined], [withGazetteer, gazetteer]] as const) {
      const tagger = createTagger(m, g);
      for (const text of ['Ministrul Marcel Ciolacu a sosit la Kiev.', 'La Minsk, Ministrul a declarat că NATO va continua.', 'Dacia', 'Paris, Paris și Minsk']) {
        const tokens = tokenize(text).map((t) => text.slice(t.span.start, t.span.end));
        const direct = decodeSpans(viterbi(scoreEmissions(m, extractFeatures(tokens, CONFIG, g)), tokens.length, m.transitions).labels);
        assert.deepEqual(tagger.tag(tokens).map(({ start, end, type }) => ({ start, end, type })), direct, text);
      }
    }
  });
});
