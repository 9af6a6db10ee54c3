import type Database from 'better-sqlite3';
import type { IndexedArticle, IndexKeys, StoryIndex, StoryRecord } from './story-index.js';

/**
 * The story index in the SQLite store (tables of migration 002-stories.sql): stories persist across
 * runs, so an article ingested tomorrow joins today's story. Every read is an indexed lookup; the
 * postings read is bounded by its LIMIT.
 * @example const index = createSqliteStoryIndex(db); createDefaultStoryClusterer({ index })
 */
export function createSqliteStoryIndex(db: Database.Database): StoryIndex {
  const q = {
    count: db.prepare('SELECT count(*) FROM story_articles').pluck(),
    df: db.prepare('SELECT df FROM story_keys WHERE key = ?').pluck(),
    postings: db
      .prepare('SELECT a.id FROM story_postings p JOIN story_articles a ON a.seq = p.seq WHERE p.key = ? ORDER BY p.seq DESC LIMIT ?')
      .pluck(),
    article: db.prepare('SELECT seq, story_id, duplicate_of, data FROM story_articles WHERE id = ?'),
    story: db.prepare('SELECT id, first_date, last_date, last_seq, article_ids FROM stories WHERE id = ?'),
    // Newest first along the stories_last index (NULL dates sort last when descending).
    stories: db.prepare('SELECT id, first_date, last_date, last_seq, article_ids FROM stories ORDER BY last_date DESC, last_seq DESC'),
    insertArticle: db.prepare('INSERT INTO story_articles (seq, id, story_id, duplicate_of, data) VALUES (?, ?, ?, ?, ?)'),
    // One statement per article for all its keys (a JSON array) rather than one call per key.
    insertPostings: db.prepare('INSERT OR IGNORE INTO story_postings (key, seq) SELECT value, ? FROM json_each(?)'),
    bumpDfs: db.prepare(
      'INSERT INTO story_keys (key, df) SELECT value, 1 FROM json_each(?) WHERE true ON CONFLICT (key) DO UPDATE SET df = df + 1',
    ),
    upsertStory: db.prepare(
      `INSERT INTO stories (id, first_date, last_date, last_seq, article_ids) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET first_date = excluded.first_date, last_date = excluded.last_date,
         last_seq = excluded.last_seq, article_ids = excluded.article_ids`,
    ),
  };
  let size = q.count.get() as number;
  // Parsed articles, most recently used last: candidates are mostly recent articles, and parsing
  // their feature JSON on every comparison was a third of assignment time (profiled, 1k articles).
  const recent = new Map<string, IndexedArticle>();
  const remember = (article: IndexedArticle) => {
    recent.delete(article.id);
    recent.set(article.id, article);
    if (recent.size > RECENT_ARTICLES) recent.delete(recent.keys().next().value!);
  };
  const add = db.transaction((article: IndexedArticle, keys: IndexKeys, story: StoryRecord) => {
    const { features, signature, meta, decision } = article;
    q.insertArticle.run(article.seq, article.id, article.storyId, article.duplicateOf, JSON.stringify({ features, signature, meta, decision }));
    q.insertPostings.run(article.seq, JSON.stringify([...new Set(keys.posted)]));
    q.bumpDfs.run(JSON.stringify([...new Set(keys.counted)]));
    q.upsertStory.run(story.id, story.firstDate, story.lastDate, story.lastSeq, JSON.stringify(story.articleIds));
  });
  return {
    size: () => size,
    documentFrequency: (key) => (q.df.get(key) as number | undefined) ?? 0,
    postings: (key, limit) => q.postings.all(key, limit) as string[],
    getArticle(id) {
      const cached = recent.get(id);
      if (cached) {
        remember(cached);
        return cached;
      }
      const row = q.article.get(id) as { seq: number; story_id: string; duplicate_of: string | null; data: string } | undefined;
      if (!row) return null;
      const data = JSON.parse(row.data) as Omit<IndexedArticle, 'id' | 'seq' | 'storyId' | 'duplicateOf'>;
      const article = { id, seq: row.seq, storyId: row.story_id, duplicateOf: row.duplicate_of, ...data };
      remember(article);
      return article;
    },
    getStory(id) {
      const row = q.story.get(id) as StoryRow | undefined;
      return row ? toStory(row) : null;
    },
    addArticle(article, keys, story) {
      add(article, keys, story);
      remember(article);
      size++;
    },
    *stories() {
      for (const row of q.stories.iterate() as Iterable<StoryRow>) yield toStory(row);
    },
  };
}

// How many parsed articles to keep: ~4k × a few KB of features is a few tens of MB at most.
const RECENT_ARTICLES = 4096;

interface StoryRow {
  id: string;
  first_date: string | null;
  last_date: string | null;
  last_seq: number;
  article_ids: string;
}

function toStory(row: StoryRow): StoryRecord {
  return { id: row.id, firstDate: row.first_date, lastDate: row.last_date, lastSeq: row.last_seq, articleIds: JSON.parse(row.article_ids) as string[] };
}
