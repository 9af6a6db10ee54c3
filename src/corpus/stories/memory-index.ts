import type { IndexedArticle, StoryIndex, StoryRecord } from './story-index.js';

/**
 * The in-memory story index: stories formed among the articles of one run (`--no-store`), and the
 * index tests and benchmarks use. Postings are arrays in arrival order, read from the end.
 * @example const clusterer = createStoryClusterer({ index: createMemoryStoryIndex() });
 */
export function createMemoryStoryIndex(): StoryIndex {
  const articles = new Map<string, IndexedArticle>();
  const stories = new Map<string, StoryRecord>();
  const postings = new Map<string, string[]>();
  const frequencies = new Map<string, number>();
  return {
    size: () => articles.size,
    documentFrequency: (key) => frequencies.get(key) ?? 0,
    postings(key, limit) {
      const list = postings.get(key);
      if (!list) return [];
      const out: string[] = [];
      for (let i = list.length - 1; i >= 0 && out.length < limit; i--) out.push(list[i]!);
      return out;
    },
    getArticle: (id) => articles.get(id) ?? null,
    getStory: (id) => stories.get(id) ?? null,
    addArticle(article, keys, story) {
      articles.set(article.id, article);
      for (const key of new Set(keys.counted)) frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
      for (const key of new Set(keys.posted)) {
        const list = postings.get(key);
        if (list) list.push(article.id);
        else postings.set(key, [article.id]);
      }
      stories.set(story.id, story);
    },
    stories: () => [...stories.values()].sort(newestFirst),
  };
}

// Latest date descending (no date last), then latest arrival: the order StoryIndex.stories() promises.
function newestFirst(a: StoryRecord, b: StoryRecord): number {
  const da = a.lastDate ?? a.firstDate ?? '';
  const db = b.lastDate ?? b.firstDate ?? '';
  return db < da ? -1 : db > da ? 1 : b.lastSeq - a.lastSeq;
}
