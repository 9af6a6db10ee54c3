import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../segment/index.js';
import { compilePhrase } from './lexicon.js';
import { firstMatchAt, matchAnyAt } from './match.js';

const words = (text: string) => tokenize(text).filter((t) => t.kind !== 'punct');

test('the first phrase in list order wins, whatever letter the others start with', () => {
  const items = [{ id: 'visit', phrase: compilePhrase('زيارة') }, { id: 'talks', phrase: compilePhrase('محادثات') }, { id: 'visit2', phrase: compilePhrase('زيار*') }];
  const found = firstMatchAt(words('بعد زيارة الرئيس'), 1, items, (i) => i.phrase, []);
  assert.equal(found?.item.id, 'visit');
  assert.equal(found?.length, 1);
});

test('a word with a proclitic is tried against phrases starting with the letter after it', () => {
  const items = [{ id: 'sign', phrase: compilePhrase('التوقيع على') }];
  assert.equal(firstMatchAt(words('والتوقيع على الاتفاق'), 0, items, (i) => i.phrase, ['و'])?.length, 2);
  assert.equal(firstMatchAt(words('والتوقيع على الاتفاق'), 0, items, (i) => i.phrase, []), null, 'not without the proclitic rule');
});

test('no phrase starting with the word\'s letter means no match', () => {
  const phrases = ['sign*', 'agreed to'].map(compilePhrase);
  assert.equal(matchAnyAt(words('They agreed to talks'), 1, phrases, []), 2);
  assert.equal(matchAnyAt(words('They agreed to talks'), 0, phrases, []), 0);
  assert.equal(matchAnyAt(words('They signed'), 1, phrases, []), 1);
});
