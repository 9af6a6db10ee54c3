import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../stages/segment/tokens.js';
import { findDuplicate, signatureOf, bandKeys, estimateJaccard } from './index.js';

const words = (text: string) => tokenize(text).filter((t) => t.kind !== 'punct').map((t) => t.norm);

const WIRE =
  'Belarus and Iran, two countries that have backed Russia in its war in Ukraine, intend to deepen bilateral ties in all areas including defence, their presidents said on Wednesday in Minsk. ' +
  'Belarusian state news agency Belta said Presidents Alexander Lukashenko and Masoud Pezeshkian agreed to work on a treaty of strategic partnership.';
const REWRITE = WIRE.replace('intend to deepen', 'plan to deepen').replace('on Wednesday', 'on Wednesday, 20 August,');
const OTHER =
  'Iranian President Masoud Pezeshkian arrived in Minsk for talks with Alexander Lukashenko; the two leaders spoke of sanctions, ' +
  'of trade that has grown since 2023 and of a treaty their governments have been preparing for a year.';

test('a light rewrite keeps most shingles; an independent report of the same event does not', () => {
  const wire = signatureOf(words(WIRE));
  assert.ok(estimateJaccard(wire, signatureOf(words(REWRITE))) >= 0.5);
  assert.ok(estimateJaccard(wire, signatureOf(words(OTHER))) < 0.2);
  assert.equal(estimateJaccard(wire, wire), 1);
});

test('band keys find the original, and a copy of a copy points at the first', () => {
  const stored = new Map([
    ['first', { signature: signatureOf(words(WIRE)), duplicateOf: null }],
    ['copy', { signature: signatureOf(words(WIRE)), duplicateOf: 'first' }],
  ]);
  const postings = new Map<string, string[]>();
  for (const [id, s] of stored) for (const k of bandKeys(s.signature)) postings.set(k, [...(postings.get(k) ?? []), id]);
  const lookup = { postings: (k: string) => postings.get(k) ?? [], signatureOf: (id: string) => stored.get(id) ?? null };
  assert.equal(findDuplicate(signatureOf(words(REWRITE)), lookup)?.of, 'first');
  assert.equal(findDuplicate(signatureOf(words(OTHER)), lookup), null);
});
