import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStoryClusterer } from './clusterer.js';
import { rulesForLanguage } from './defaults.js';
import type { StoryFeatures } from './features.js';
import { createMemoryStoryIndex } from './memory-index.js';
import type { IndexedArticle, StoryIndex } from './story-index.js';
import { buildAnalysis } from './testing.js';

const STORED = 10_000;

// Fills an index with synthetic articles that all share the new article's common features
// (Iran, Belarus, a frequent word), so a scan would compare it with all of them.
function fillIndex(index: StoryIndex): void {
  for (let i = 0; i < STORED; i++) {
    const counts: Record<string, number> = { 'p:Q794': 2, 'p:Q184': 1, 't:en:talks': 1, [`n:K${i % 997}`]: 1, [`e:x:person-${i}`]: 1 };
    const features: StoryFeatures = { articleId: `s${i}`, language: 'en', when: { day: null, dayOfYear: null, published: null }, counts, people: {} };
    const article: IndexedArticle = {
      id: `s${i}`,
      seq: i + 1,
      storyId: `story-${i}`,
      duplicateOf: null,
      features,
      signature: [],
      meta: { title: null, source: null, url: null, language: 'en', publishedAt: null, eventDate: null, lead: '', entities: [], quotes: [] },
      decision: { action: 'started', storyId: `story-${i}`, threshold: 0.27, best: null, others: [], duplicate: null, compared: 0, postingsRead: 0 },
    };
    index.addArticle(article, { counted: Object.keys(counts), posted: Object.keys(counts) }, { id: `story-${i}`, articleIds: [`s${i}`], firstDate: null, lastDate: null, lastSeq: i + 1 });
  }
}

test('a new article is compared with a bounded number of stored articles, not the corpus', () => {
  const index = createMemoryStoryIndex();
  fillIndex(index);
  let lookups = 0;
  const counted: StoryIndex = { ...index, getArticle: (id) => (lookups++, index.getArticle(id)) };
  const clusterer = createStoryClusterer({ index: counted, rules: rulesForLanguage });
  const article = buildAnalysis({
    id: 'new',
    language: 'en',
    text: 'Iran and Belarus held talks in Minsk.',
    entities: [
      { text: 'Iran', id: 'Q794', type: 'GPE' },
      { text: 'Belarus', id: 'Q184', type: 'GPE' },
    ],
  });
  const result = clusterer.assign(article);
  assert.ok(result.decision.compared <= 25, `compared ${result.decision.compared}`);
  // 45 keys at most × 50 postings each, whatever the corpus size.
  assert.ok(result.decision.postingsRead <= 45 * 50, `read ${result.decision.postingsRead} postings`);
  assert.ok(result.decision.compared > 0, 'it found candidates through the shared places');
  // Article lookups: the compared candidates and the duplicate check's band candidates, far below 10k.
  assert.ok(lookups < 200, `looked up ${lookups} stored articles`);
});
