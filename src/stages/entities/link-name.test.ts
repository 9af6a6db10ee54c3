import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createKnowledgeBase } from '../../kb/knowledge-base.js';
import { KbEntitySchema } from '../../kb/schema.js';
import { loadKnowledgeBase } from '../../kb/load.js';
import { explainEntity, linkName, similarity } from './link-name.js';
import { transliterationScore } from './translit-model.js';

const kb = loadKnowledgeBase({ userDir: null });

test('a KB alias in any script links by alias', () => {
  for (const name of ['Pezeshkian', 'پزشکیان', 'Пезешкиан', 'بزشكيان']) {
    const link = linkName(name, kb);
    assert.deepEqual([link.id, link.method], ['Q5933752', 'alias'], name);
  }
});

test('a spelling the KB lacks links through the transliteration key and model', () => {
  const link = linkName('Pezeshkiyan', kb, { types: ['PER'] });
  assert.deepEqual([link.id, link.method], ['Q5933752', 'translit']);
  const lavrov = linkName('Лавроф', kb, { types: ['PER'] });
  assert.equal(lavrov.id, 'x:sergey-lavrov');
});

test('an unknown name gets the same provisional id in every script', () => {
  const ids = ['Ali Larijani', 'علي لاريجاني', 'علی لاریجانی', 'Али Лариджани'].map((n) => linkName(n, kb, { types: ['PER'] }));
  for (const link of ids) assert.equal(link.method, 'provisional');
  assert.equal(new Set(ids.map((l) => l.id)).size, 1, ids.map((l) => `${l.input}=${l.id}`).join(' '));
});

test('two KB entities sharing a key are never merged: the name stays provisional', () => {
  const twins = createKnowledgeBase(
    ['{"id":"Q1","type":"PER","names":{"en":["Ali Karimi"]}}', '{"id":"Q2","type":"PER","names":{"en":["Ali Karimy"]}}'].map((l) => KbEntitySchema.parse(JSON.parse(l))),
  );
  const link = linkName('علي كريمي', twins);
  assert.equal(link.method, 'provisional');
  assert.deepEqual(link.candidates.map((c) => c.id).sort(), ['Q1', 'Q2']);
});

test('type filters keep people from linking to places', () => {
  assert.notEqual(linkName('Minsky', kb, { types: ['PER'] }).id, 'Q2280');
});

test('the learned model prefers the right Latin spelling', () => {
  assert.ok(transliterationScore('بوتين', 'Putin')! > 0.9);
  assert.ok(transliterationScore('بوتين', 'Biden')! < 0.3);
  assert.ok(transliterationScore('Пезешкиан', 'Pezeshkian')! > transliterationScore('Пезешкиан', 'Peskov')!);
  assert.equal(transliterationScore('Putin', 'Poutine'), null, 'Latin against Latin is left to the key');
});

test('explainEntity shows the key, the candidates with scores, and the decision', () => {
  const text = explainEntity('Pezeshkiyan', kb);
  assert.match(text, /key: +bzskn/);
  assert.match(text, /decision: +Q5933752 by translit/);
  assert.match(text, /Q5933752 +Masoud Pezeshkian +via "[^"]*Pezeshkian" +key=bzskn keyScore=1\.00/);
});

test('similarity is 1 − edit distance / longer length', () => {
  assert.equal(similarity('bzskn', 'bzskn'), 1);
  assert.equal(similarity('bzskn', 'bzsk'), 0.8);
  assert.equal(similarity('', 'a'), 0);
});
