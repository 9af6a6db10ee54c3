import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStoryClusterer } from './clusterer.js';
import { rulesForLanguage } from './defaults.js';
import { explainStory } from './explain.js';
import { buildAnalysis, type TestEntity } from './testing.js';

const PEZESHKIAN: TestEntity = { text: 'Pezeshkian', id: 'Q5933752', type: 'PER' };
const LUKASHENKO: TestEntity = { text: 'Lukashenko', id: 'Q2866', type: 'PER' };
const BAGHERI: TestEntity = { text: 'Bagheri', id: 'x:ali-bagheri-kani', type: 'PER' };
const MINSK: TestEntity = { text: 'Minsk', id: 'Q2280', type: 'GPE' };
const IRAN: TestEntity = { text: 'Iran', id: 'Q794', type: 'GPE' };
const BELARUS: TestEntity = { text: 'Belarus', id: 'Q184', type: 'GPE' };

const clusterer = () => createStoryClusterer({ rules: rulesForLanguage });

const minsk2025a = buildAnalysis({
  id: 'a1',
  language: 'en',
  eventDate: '2025-08-20',
  text: 'Iranian President Pezeshkian met Lukashenko in Minsk on 20 August 2025. Iran and Belarus agreed to work on a strategic partnership treaty, Pezeshkian said after talks with Lukashenko.',
  entities: [PEZESHKIAN, LUKASHENKO, MINSK, IRAN, BELARUS],
});
const minsk2025b = buildAnalysis({
  id: 'a2',
  language: 'ro',
  eventDate: '2025-08-20',
  text: 'Președintele Pezeshkian s-a întâlnit miercuri cu Lukashenko la Minsk. Iran și Belarus vor semna un tratat de parteneriat strategic, a declarat Pezeshkian, iar Lukashenko a salutat vizita.',
  entities: [PEZESHKIAN, LUKASHENKO, MINSK, IRAN, BELARUS],
});
const minsk2023 = buildAnalysis({
  id: 'b1',
  language: 'en',
  eventDate: '2023-10-06',
  text: 'Iranian deputy foreign minister Bagheri held political consultations in Minsk on 6 October 2023. Iran and Belarus should resist Western sanctions together, Bagheri said in Minsk.',
  entities: [BAGHERI, MINSK, IRAN, BELARUS],
});

test('two reports of one event in two languages form one story', () => {
  const c = clusterer();
  const first = c.assign(minsk2025a);
  const second = c.assign(minsk2025b);
  assert.equal(first.created, true);
  assert.equal(second.storyId, first.storyId);
  assert.equal(second.decision.action, 'joined');
});

test('the same place and countries two years apart are a different story', () => {
  const c = clusterer();
  const a = c.assign(minsk2025a);
  const b = c.assign(minsk2023);
  assert.notEqual(b.storyId, a.storyId);
  assert.equal(b.decision.best?.dates.relation, 'far');
  assert.equal(b.decision.best?.score, 0);
});

test('without dates, different protagonists keep similar events apart', () => {
  const undated = (x: typeof minsk2023) => ({ ...x, eventDate: null, timexes: [] });
  const c = clusterer();
  const a = c.assign(undated(minsk2025a));
  const b = c.assign(undated(minsk2023));
  assert.notEqual(b.storyId, a.storyId);
  assert.equal(b.decision.best?.participants, 'differ');
});

test('the explanation lists the matched features with their weights', () => {
  const c = clusterer();
  c.assign(minsk2025a);
  c.assign(minsk2025b);
  const why = explainStory(c.index, 'a2');
  assert.ok(why?.match);
  assert.equal(why.action, 'joined');
  assert.equal(why.match.articleId, 'a1');
  const features = why.match.features.map((f) => f.feature);
  assert.ok(features.includes('e:Q5933752'), `Pezeshkian should be a matched feature: ${features.join(' ')}`);
  assert.ok(features.includes('p:Q2280'), `Minsk should be a matched feature: ${features.join(' ')}`);
  assert.equal(why.match.features.find((f) => f.feature === 'e:Q5933752')?.label, 'Pezeshkian');
  for (const f of why.match.features) assert.ok(f.weight > 0, `${f.feature} has a positive weight`);
  // Contributions and the date bonus add up to the score (participants agreed: no penalty).
  const sum = why.match.features.reduce((s, f) => s + f.weight, 0);
  assert.ok(sum <= why.match.score + 1e-9);
  assert.ok(why.cost.compared >= 1);
  assert.equal(explainStory(c.index, 'nope'), null);
});

test('a syndicated copy with a changed sentence is marked as a copy of the first', () => {
  const wire =
    'MINSK (Reuters) - Belarus and Iran, two countries that have backed Russia in its war in Ukraine, intend to deepen bilateral ties in all areas including defence, their presidents said on Wednesday. ' +
    'Belarusian state news agency Belta said Presidents Alexander Lukashenko and Masoud Pezeshkian agreed to work on a treaty of strategic partnership. ' +
    'Lukashenko, a close ally of Russian President Vladimir Putin, allowed Russia to use Belarusian territory as a launchpad for its full-scale invasion of Ukraine.';
  const copy = wire.replace('intend to deepen bilateral ties', 'plan to deepen their bilateral relations').replace('(Reuters)', '(AP)');
  const c = clusterer();
  c.assign(buildAnalysis({ id: 'w1', language: 'en', text: wire }));
  const second = c.assign(buildAnalysis({ id: 'w2', language: 'en', text: copy }));
  assert.equal(second.duplicateOf, 'w1');
  assert.equal(second.decision.action, 'duplicate');
  assert.ok(second.decision.duplicate!.jaccard >= 0.5);
  // An independent report of the same event is not a copy.
  const third = c.assign(minsk2025a);
  assert.equal(third.duplicateOf, null);
});

test('a translation is a copy of the original; a report in the same language without its figures is not', () => {
  const c = clusterer();
  c.assign(minsk2025a);
  const translated = c.assign(
    buildAnalysis({
      id: 't1',
      language: 'ro',
      eventDate: '2025-08-20',
      text: 'Președintele iranian Pezeshkian s-a întâlnit cu Lukashenko la Minsk pe 20 august 2025. Iran și Belarus au convenit să lucreze la un tratat de parteneriat strategic, a declarat Pezeshkian după discuțiile cu Lukashenko.',
      entities: [PEZESHKIAN, LUKASHENKO, MINSK, IRAN, BELARUS],
    }),
  );
  assert.equal(translated.decision.action, 'duplicate');
  assert.equal(translated.duplicateOf, 'a1');
  assert.ok(translated.decision.duplicate?.anchors && translated.decision.duplicate.anchors.order >= 0.8, JSON.stringify(translated.decision.duplicate));
  // minsk2025b tells the same facts in Romanian but gives no date in figures: an independent report.
  const report = c.assign(minsk2025b);
  assert.equal(report.duplicateOf, null);
  assert.equal(report.decision.action, 'joined');
});

test('assigning an article again returns its first decision', () => {
  const c = clusterer();
  const first = c.assign(minsk2025a);
  const again = c.assign(minsk2025a);
  assert.equal(again.storyId, first.storyId);
  assert.equal(c.index.size(), 1);
});
