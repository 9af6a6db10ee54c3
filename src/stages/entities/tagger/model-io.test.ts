import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION, type FeatureConfig } from './features.js';
import { encodeSpans } from './labels.js';
import { deserializeModel, serializeModel } from './model-io.js';
import { createTagger } from './tagger.js';
import { trainTagger } from './training/perceptron.js';

const CONFIG: FeatureConfig = { cliticPrefixes: ['و'], cliticSuffixes: [], inflections: [{ suffix: 'ului', base: '' }], minStem: 2, firstNames: [], surnames: [] };
const SENTENCES = [
  { tokens: ['Klaus', 'Iohannis', 'a', 'vizitat', 'Parisul', '.'], spans: [{ start: 0, end: 2, type: 'PER' as const }, { start: 4, end: 5, type: 'LOC' as const }] },
  { tokens: ['Guvernul', 'României', 'a', 'decis', '.'], spans: [{ start: 0, end: 2, type: 'ORG' as const }] },
  { tokens: ['Maia', 'Sandu', 'a', 'sosit', 'la', 'Kiev', '.'], spans: [{ start: 0, end: 2, type: 'PER' as const }, { start: 5, end: 6, type: 'LOC' as const }] },
];
const model = trainTagger(
  SENTENCES.map((s) => ({ tokens: s.tokens, labels: encodeSpans(s.tokens.length, s.spans) })),
  { language: 'ro', features: CONFIG, trainedOn: 'three sentences', licence: 'MIT', epochs: 5 },
);

describe('model files', () => {
  it('round-trip header, keys, transitions and (quantised) weights', () => {
    const loaded = deserializeModel(serializeModel(model));
    assert.deepEqual(loaded.header, model.header);
    assert.deepEqual(loaded.keys, model.keys);
    assert.deepEqual(loaded.transitions, model.transitions);
    let maxAbs = 0;
    for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
    for (let i = 0; i < model.weights.length; i++) {
      assert.ok(Math.abs(loaded.weights[i]! - model.weights[i]!) <= maxAbs / 32767, `weight ${i}`);
    }
  });

  it('tag the same after loading', () => {
    const before = createTagger(model);
    const after = createTagger(deserializeModel(serializeModel(model)));
    for (const s of SENTENCES) {
      const [a, b] = [after.tag(s.tokens), before.tag(s.tokens)];
      assert.deepEqual(a.map(({ start, end, type }) => ({ start, end, type })), b.map(({ start, end, type }) => ({ start, end, type })));
      a.forEach((span, i) => assert.ok(Math.abs(span.score - b[i]!.score) < 1e-3, 'scores move only by quantisation'));
    }
  });

  it('refuse files that are not models or that need other feature templates', () => {
    assert.throws(() => deserializeModel(gzipSync(Buffer.from('hello world, not a model'))), /bad magic/);
    const raw = gunzipSync(serializeModel(model));
    const headerLength = raw.readUInt32LE(8);
    const header = JSON.parse(raw.toString('utf8', 12, 12 + headerLength)) as Record<string, unknown>;
    const json = Buffer.from(JSON.stringify({ ...header, featureVersion: FEATURE_VERSION - 1 }));
    const stale = Buffer.concat([json, Buffer.alloc(headerLength - json.length, 0x20)]);
    const patched = Buffer.concat([raw.subarray(0, 12), stale, raw.subarray(12 + headerLength)]);
    assert.throws(() => deserializeModel(gzipSync(patched)), /retrain with npm run train:ner/);
    assert.throws(() => deserializeModel(gzipSync(raw.subarray(0, raw.length - 10))), /truncated|unexpected size/);
  });
});
