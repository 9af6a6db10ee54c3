import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../segment/tokens.js';
import { describeFeatures, extractFeatures, stripClitics, uninflect, type FeatureConfig } from './features.js';

// Explicit configs, so these tests do not move when the packs' clitics.json grow.
const PLAIN: FeatureConfig = { cliticPrefixes: [], cliticSuffixes: [], inflections: [], minStem: 2, firstNames: [], surnames: [] };
const ARABIC: FeatureConfig = { ...PLAIN, cliticPrefixes: ['و', 'ب', 'ال', 'وال', 'بال'] };
const ROMANIAN: FeatureConfig = { ...PLAIN, inflections: [{ suffix: 'ul', base: '' }, { suffix: 'ului', base: '' }, { suffix: 'ei', base: 'a' }] };

const words = (text: string) => tokenize(text).map((t) => text.slice(t.span.start, t.span.end));

describe('describeFeatures on a Romanian news sentence', () => {
  const tokens = words('Președintele Klaus Iohannis s-a întâlnit la București.');

  it('cuts the sentence as the run time does', () => {
    assert.deepEqual(tokens, ['Președintele', 'Klaus', 'Iohannis', 's', '-', 'a', 'întâlnit', 'la', 'București', '.']);
  });

  it('gives a name its identity, affixes, shape and window', () => {
    const f = describeFeatures(tokens, 2, PLAIN);
    for (const expected of [
      'w=iohannis', 'r=Iohannis', 'sh=Xxxxx', 'ss=Xx', 'sc=Latn', 'p=ioh', 's=nis', 'c3g=^io',
      'w-1=klaus', 'w+1=s', 'w-2=presedintele', 'w+2=-', 'w-1w=klaus|iohannis', 'c3=UUl',
    ]) assert.ok(f.includes(expected), `missing ${expected} in ${f.join(' ')}`);
    assert.ok(!f.some((x) => x.startsWith('first=')), 'not sentence-initial');
  });

  it('folds diacritics in word features but keeps the raw form', () => {
    const f = describeFeatures(tokens, 8, PLAIN);
    assert.ok(f.includes('w=bucuresti'));
    assert.ok(f.includes('r=București'));
    assert.ok(f.includes('w-1c=la|U'), 'lower-case preposition before a capitalised word');
    assert.ok(f.includes('w+1=.'));
  });

  it('marks the first token and sentence edges', () => {
    const f = describeFeatures(tokens, 0, PLAIN);
    assert.ok(f.includes('first=U'));
    assert.ok(f.includes('w-1=<s>'));
    assert.ok(describeFeatures(tokens, 9, PLAIN).includes('last'));
  });

  it('adds gazetteer types for the token and its neighbours, through the dictionary form', () => {
    const gazetteer = (norm: string) => (norm === 'bucuresti' || norm === 'rusia' ? ['LOC'] : []);
    assert.ok(describeFeatures(tokens, 8, PLAIN, gazetteer).includes('g=LOC'));
    assert.ok(describeFeatures(tokens, 7, PLAIN, gazetteer).includes('g+1=LOC'));
    assert.ok(!describeFeatures(tokens, 2, PLAIN, gazetteer).some((x) => x.startsWith('g')));
    const rusiei = words('Vizita în Rusiei');
    assert.ok(describeFeatures(rusiei, 2, ROMANIAN, gazetteer).includes('g=LOC'));
    assert.ok(!describeFeatures(rusiei, 2, PLAIN, gazetteer).includes('g=LOC'));
  });
});

describe('extractFeatures', () => {
  it('hashes exactly the described features, deterministically', () => {
    const tokens = words('Глава МИД Сергей Лавров прибыл в Минск.');
    const a = extractFeatures(tokens, PLAIN);
    const b = extractFeatures(tokens, PLAIN);
    assert.deepEqual(a, b);
    for (let i = 0; i < tokens.length; i++) {
      assert.equal(a.offsets[i + 1]! - a.offsets[i]!, describeFeatures(tokens, i, PLAIN).length);
    }
    assert.ok(a.keys.every((k) => k !== 0));
  });

  it('tells different features apart', () => {
    const one = extractFeatures(['Minsk'], PLAIN).keys;
    const other = extractFeatures(['Pinsk'], PLAIN).keys;
    assert.notDeepEqual([...one].sort(), [...other].sort());
    assert.ok(one.length > 20);
  });

  it('flags headlines written in capitals', () => {
    assert.ok(describeFeatures(words('SOCCER - BELGIUM SCRAPE PAST TURKEY'), 2, PLAIN).includes('hl=X'));
    assert.ok(!describeFeatures(words('Belgium beat Turkey on Friday'), 0, PLAIN).some((f) => f.startsWith('hl=')));
  });
});

describe('clitic stripping and dictionary forms', () => {
  it('strips the longest Arabic proclitic but keeps a two-letter stem', () => {
    const tokens = words('وقال الرئيس الإيراني والرئيس');
    assert.equal(stripClitics('والرئيس', ARABIC), 'رئيس');
    assert.equal(stripClitics('ول', ARABIC), 'ول');
    assert.ok(describeFeatures(tokens, 3, ARABIC).includes('st=رييس'), 'stripped form of the folded word');
    assert.ok(!describeFeatures(tokens, 3, PLAIN).some((f) => f.startsWith('st=')));
  });

  it('maps Romanian case endings to a base', () => {
    assert.equal(uninflect('iranului', ROMANIAN), 'iran');
    assert.equal(uninflect('rusiei', ROMANIAN), 'rusia');
    assert.equal(uninflect('ei', ROMANIAN), 'ei');
    assert.ok(describeFeatures(['Iranului'], 0, ROMANIAN).includes('lem=iran'));
  });
});
