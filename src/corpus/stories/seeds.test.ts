import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createArticle } from '../../model/article.js';
import type { Analysis } from '../../model/analysis.js';
import { createDefaultPipeline } from '../../pipeline/default.js';
import type { Pipeline } from '../../pipeline/pipeline.js';
import { createDefaultStoryClusterer } from './defaults.js';
import { findStoryline } from '../storylines/index.js';
import { listStories, showStory } from './views.js';

// The seed articles live outside the repository (../shared/seeds): 000 (ar), 002 (ro) and 003 (fa)
// report Pezeshkian in Minsk on 2025-08-20; 001 (Lukashenko in Tehran, 2023) and 004 (Bagheri in
// Minsk, October 2023) are two other stories about the same two countries.
const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const present = existsSync(SEEDS);
const skip = present ? false : `seed articles not found at ${SEEDS.pathname}`;

const ORDERS = [
  ['000', '001', '002', '003', '004'],
  ['004', '003', '002', '001', '000'],
  ['001', '000', '002', '004', '003'],
  ['002', '004', '000', '003', '001'],
  ['003', '001', '004', '000', '002'],
  ['004', '000', '001', '002', '003'],
];

let pipeline: Pipeline;
const analyses = new Map<string, Analysis>();

before(async () => {
  if (!present) return;
  pipeline = await createDefaultPipeline();
  for (const file of readdirSync(SEEDS).filter((f) => /^00[0-4]_.*\.txt$/.test(f))) {
    const article = createArticle({ text: readFileSync(join(SEEDS.pathname, file), 'utf8'), file }, file.slice(0, 3));
    analyses.set(file.slice(0, 3), await pipeline.run(article, { now: new Date('2026-01-01T00:00:00Z') }));
  }
});

after(() => pipeline?.dispose());

// The partition as a sorted list of sorted groups, so it compares whatever the story ids.
function partition(order: readonly string[]): string[][] {
  const clusterer = createDefaultStoryClusterer({ kb: { userDir: null } });
  const groups = new Map<string, string[]>();
  for (const id of order) {
    const { storyId } = clusterer.assign(analyses.get(id)!);
    groups.set(storyId, [...(groups.get(storyId) ?? []), id]);
  }
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

for (const order of ORDERS) {
  test(`the seeds form exactly three stories when they arrive as ${order.join(' ')}`, { skip }, () => {
    assert.deepEqual(partition(order), [['000', '002', '003'], ['001'], ['004']]);
  });
}

test('the Minsk 2025 story lists its languages, and its storyline reaches the other Iran–Belarus stories', { skip }, () => {
  const clusterer = createDefaultStoryClusterer({ kb: { userDir: null } });
  const assigned = ORDERS[0]!.map((id) => clusterer.assign(analyses.get(id)!));
  const minsk = assigned[0]!.storyId;
  const list = listStories(clusterer.index);
  assert.equal(list.length, 3);
  const item = list.find((s) => s.id === minsk)!;
  assert.deepEqual(item.languages, ['ar', 'fa', 'ro']);
  assert.equal(item.articles, 3);
  assert.deepEqual(listStories(clusterer.index, { language: 'ro' }).map((s) => s.id), [minsk]);
  const view = showStory(clusterer.index, minsk)!;
  assert.ok(view.sharedEntities.some((e) => e.id === 'Q2866'), 'Lukashenko is shared by the articles');
  const line = findStoryline(clusterer.index, minsk)!;
  assert.ok(line.chain.length >= 2, `storyline: ${JSON.stringify(line.chain.map((s) => s.storyId))}`);
  assert.ok(line.chain.some((s) => s.storyId === assigned[1]!.storyId), 'Lukashenko in Tehran continues the thread');
});
