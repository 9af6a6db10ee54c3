import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../store/sqlite/migrate.js';
import { createStoryClusterer } from './clusterer.js';
import { rulesForLanguage } from './defaults.js';
import { createSqliteStoryIndex } from './sqlite-index.js';
import { buildAnalysis } from './testing.js';
import { listStories } from './views.js';

const IRAN = { text: 'Iran', id: 'Q794', type: 'GPE' } as const;
const BELARUS = { text: 'Belarus', id: 'Q184', type: 'GPE' } as const;
const PEZESHKIAN = { text: 'Pezeshkian', id: 'Q5933752', type: 'PER' } as const;

test('stories persist in SQLite: a later run joins an earlier story', () => {
  const db = new Database(':memory:');
  migrate(db, ':memory:');
  const first = createStoryClusterer({ index: createSqliteStoryIndex(db), rules: rulesForLanguage });
  const a = first.assign(
    buildAnalysis({ id: 'a', language: 'en', eventDate: '2025-08-20', text: 'Pezeshkian visited Belarus: Iran and Belarus will sign a treaty, Pezeshkian said in Minsk on 20 August 2025.', entities: [PEZESHKIAN, IRAN, BELARUS] }),
  );
  // A new clusterer over the same database, as a second `crosswire ingest` would make.
  const second = createStoryClusterer({ index: createSqliteStoryIndex(db), rules: rulesForLanguage });
  assert.equal(second.index.size(), 1);
  const b = second.assign(
    buildAnalysis({ id: 'b', language: 'ro', eventDate: '2025-08-20', text: 'Pezeshkian în Belarus: Iran și Belarus vor semna un tratat, a spus Pezeshkian la Minsk.', entities: [PEZESHKIAN, IRAN, BELARUS] }),
  );
  assert.equal(b.storyId, a.storyId);
  assert.deepEqual(second.index.getStory(a.storyId)?.articleIds, ['a', 'b']);
  assert.equal(second.index.getArticle('b')?.decision.action, 'joined');
  assert.deepEqual(second.index.postings('p:Q794', 10), ['b', 'a']);
  assert.equal(second.index.documentFrequency('p:Q794'), 2);
  assert.deepEqual(listStories(second.index).map((s) => [s.id, s.articles, s.languages.join(',')]), [[a.storyId, 2, 'en,ro']]);
  db.close();
});
