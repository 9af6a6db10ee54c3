import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { viewToken, type FeatureConfig } from './features.js';
import { emitIntrinsic, emitIntrinsicKeys, featureKey } from './templates.js';

const CONFIG: FeatureConfig = {
  cliticPrefixes: ['و', 'ب', 'ال', 'وال', 'بال'],
  cliticSuffixes: ['ها', 'های'],
  inflections: [{ suffix: 'ului', base: '' }, { suffix: 'ei', base: 'a' }],
  minStem: 2,
  firstNames: ['klaus', 'мария'],
  surnames: ['iohannis', 'klaus'],
};

// Words of every script and length class: empty-ish, short, long (trigram cap), clitics, endings, digits.
const WORDS = [
  'a', 'la', 'Iran', 'Iranului', 'Rusiei', 'București', 'Președintele', 'والرئيس', 'بيلاروس', 'لوكاشينكو',
  'پزشکیان', 'کتاب‌ها', 'Лукашенко', 'Минске', 'IAEA', 'U.S.', '2025', '-', '«', 'Lukashenko’s',
  'Internationalisierungsbestrebungen', 'Klaus', 'Iohannis', 'Мария',
];

describe('emitIntrinsicKeys', () => {
  it('gives the keys of emitIntrinsic, in the same order', () => {
    for (const raw of WORDS) {
      const view = viewToken(raw, CONFIG);
      const expected: number[] = [];
      emitIntrinsic(raw, view, (t, a, b) => expected.push(featureKey(t, a, b)));
      const actual: number[] = [];
      emitIntrinsicKeys(raw, view, (key) => actual.push(key));
      assert.deepEqual(actual, expected, raw);
    }
  });
});
