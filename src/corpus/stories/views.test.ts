import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStoryClusterer } from './clusterer.js';
import { rulesForLanguage } from './defaults.js';
import { formatExplanation, formatStory, formatStoryList } from './format.js';
import { explainStory } from './explain.js';
import { buildAnalysis } from './testing.js';
import { listStories, showStory } from './views.js';

const IRAN = { text: 'Iran', id: 'Q794', type: 'GPE' } as const;
const BELARUS = { text: 'Belarus', id: 'Q184', type: 'GPE' } as const;
const CHILE = { text: 'Chile', id: 'Q298', type: 'GPE' } as const;

function corpus() {
  const c = createStoryClusterer({ rules: rulesForLanguage });
  c.assign(buildAnalysis({ id: 'old', language: 'en', eventDate: '2023-10-06', source: 'IRNA', text: 'Iran and Belarus held consultations in Minsk on 6 October 2023.', entities: [IRAN, BELARUS] }));
  c.assign(buildAnalysis({ id: 'new', language: 'en', eventDate: '2025-08-20', source: 'Reuters', title: 'Iran and Belarus to deepen ties', text: 'Iran and Belarus agreed on a treaty on 20 August 2025.', entities: [IRAN, BELARUS] }));
  c.assign(buildAnalysis({ id: 'chile', language: 'ro', eventDate: '2025-08-21', source: 'Digi24', text: 'Un cutremur a lovit Chile pe 21 august 2025.', entities: [CHILE] }));
  return c;
}

test('stories are listed newest first and filtered by date, language and entity', () => {
  const c = corpus();
  const all = listStories(c.index);
  assert.deepEqual(all.map((s) => s.date), ['2025-08-21', '2025-08-20', '2023-10-06']);
  assert.equal(all[1]!.title, 'Iran and Belarus to deepen ties');
  assert.deepEqual(all[1]!.outlets, ['Reuters']);
  assert.deepEqual(listStories(c.index, { since: '2025-01-01' }).map((s) => s.date), ['2025-08-21', '2025-08-20']);
  assert.deepEqual(listStories(c.index, { language: 'ro' }).map((s) => s.date), ['2025-08-21']);
  assert.deepEqual(listStories(c.index, { entity: 'belarus' }).map((s) => s.date), ['2025-08-20', '2023-10-06']);
  assert.deepEqual(listStories(c.index, { entity: 'Q298' }).map((s) => s.date), ['2025-08-21']);
  assert.deepEqual(listStories(c.index, { entity: 'Q999' }), []);
});

test('a limited listing reads only the articles of the stories it lists', () => {
  const c = corpus();
  const read: string[] = [];
  const counting = { ...c.index, getArticle: (id: string) => (read.push(id), c.index.getArticle(id)) };
  assert.deepEqual(listStories(counting, { limit: 1 }).map((s) => s.date), ['2025-08-21']);
  assert.deepEqual(read, ['chile']);
});

test('the printable views name the story, its articles and the matched features', () => {
  const c = corpus();
  const story = c.index.getArticle('new')!.storyId;
  assert.match(formatStoryList(listStories(c.index)), /2025-08-20 {2}s-[0-9a-f]{12} {2}1 art\. \(1 indep\.\) {2}\[en\] · Reuters/);
  assert.match(formatStory(showStory(c.index, story)!), /new {2}\[en\] Reuters {2}event 2025-08-20/);
  assert.equal(showStory(c.index, 'nope'), null);
  const why = formatExplanation(explainStory(c.index, 'new')!);
  assert.match(why, /new started/);
  assert.match(why, /dates: far \(684 days by event\)/);
});
