import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rulesForLanguage } from '../stories/defaults.js';
import { extractStoryFeatures } from '../stories/features.js';
import { buildAnalysis } from '../stories/testing.js';
import { compareAnchors, isAnchorCopy, isAnchorCopyInStory } from './anchors.js';

const anchorsOf = (id: string, language: string, text: string) =>
  extractStoryFeatures(buildAnalysis({ id, language, text }), { rules: rulesForLanguage(language) }).anchors ?? [];

const report = anchorsOf(
  'en',
  'en',
  'Floods in Valencia killed 217 people, officials said on 3 November 2024. Prime Minister Pedro Sánchez sent 10,000 soldiers and police officers to the region. King Felipe visited Paiporta, where 62 people died, and met volunteers from Catarroja and Alfafar.',
);
const translation = anchorsOf(
  'ro',
  'ro',
  'Inundațiile din Valencia au ucis 217 oameni, au declarat oficialii pe 3 noiembrie 2024. Premierul Pedro Sánchez a trimis 10.000 de soldați și polițiști în regiune. Regele Felipe a vizitat Paiporta, unde au murit 62 de oameni, și s-a întâlnit cu voluntari din Catarroja și Alfafar.',
);
// Another outlet on the same event: the same places and people, its own facts and order.
const otherReport = anchorsOf(
  'ro2',
  'ro',
  'Regele Felipe și premierul Sánchez au fost huiduiți duminică la Paiporta. Localnicii din Catarroja cer ajutor de trei zile. Bilanțul din Valencia a depășit 200 de morți, iar Alfafar este încă sub noroi.',
);

test('a translation keeps the names and numbers in order: a copy', () => {
  const m = compareAnchors(report, translation);
  assert.ok(isAnchorCopy(m), JSON.stringify(m));
  assert.ok(m.order > 0.9 && m.numbers === 1, JSON.stringify(m));
});

test('another outlet reporting the same event is not a copy', () => {
  const m = compareAnchors(report, otherReport);
  assert.ok(m.shared >= 4, `they share names: ${JSON.stringify(m)}`);
  assert.equal(isAnchorCopy(m), false, JSON.stringify(m));
});

test('the same names with other figures are not a copy', () => {
  const changed = translation.map((k) => (k === '#:217' ? '#:95' : k === '#:10000' ? '#:1200' : k === '#:62' ? '#:48' : k));
  const m = compareAnchors(report, changed);
  assert.ok(m.numbers < 0.5, JSON.stringify(m));
  assert.equal(isAnchorCopy(m), false);
});

test('a word that may be a name counts only when the other text has it', () => {
  // The unmatched word KTB is left out; the unmatched name RS is not.
  assert.deepEqual(compareAnchors(['n:BSKN', 'w:MNSK', 'w:KTB'], ['n:BSKN', 'n:MNSK']), { shared: 2, order: 1, dice: 1, numbers: 1 });
  assert.equal(compareAnchors(['n:BSKN', 'w:MNSK', 'w:KTB'], ['n:BSKN', 'n:MNSK', 'n:RS']).dice, 0.8);
  assert.equal(compareAnchors(['n:BSKN'], ['#:2025']).shared, 0);
});

test('inside one story a short translation needs fewer anchors, still in order and with its figures', () => {
  const en = anchorsOf('s-en', 'en', 'Lukashenko received Pezeshkian in Minsk, where they signed 12 documents worth 400 million dollars.');
  const ro = anchorsOf('s-ro', 'ro', 'Lukașenko l-a primit pe Pezeshkian la Minsk, unde au semnat 12 documente în valoare de 400 de milioane de dolari.');
  const reordered = anchorsOf('s-ro2', 'ro', 'La Minsk, Pezeshkian a fost primit de Lukașenko; presa a numărat 15 acorduri.');
  const m = compareAnchors(en, ro);
  assert.equal(isAnchorCopy(m), false, `too few anchors for a copy anywhere: ${JSON.stringify(m)}`);
  assert.ok(isAnchorCopyInStory(m), JSON.stringify(m));
  assert.equal(isAnchorCopyInStory(compareAnchors(en, reordered)), false);
});
