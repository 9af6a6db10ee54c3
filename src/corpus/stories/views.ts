import { findStoryline, type Storyline } from '../storylines/index.js';
import type { ArticleMeta, IndexedArticle, StoryIndex, StoryRecord } from './story-index.js';

/**
 * The data behind `crosswire stories`, `crosswire story ID` and `crosswire explain-story ARTICLE`:
 * plain objects the CLI prints (see format.ts) and the API returns as JSON.
 */

/** Filters of `crosswire stories`. */
export interface StoryListOptions {
  /** Only stories whose latest date is on or after this ISO date. */
  readonly since?: string;
  /** Only stories with an article in this language (ISO 639-1). */
  readonly language?: string;
  /** Only stories mentioning this entity: a QID, a provisional id, or a name (case-insensitive). */
  readonly entity?: string;
  /** Default 50. */
  readonly limit?: number;
}

/** One line of `crosswire stories`. */
export interface StoryListItem {
  readonly id: string;
  readonly date: string | null;
  readonly title: string;
  readonly languages: readonly string[];
  readonly outlets: readonly string[];
  readonly articles: number;
  /** Articles that are not copies of another (see src/corpus/dedup). */
  readonly independentReports: number;
}

/**
 * Lists stories, newest first (by date, then by arrival).
 * @example listStories(index, { since: '2025-08-01', language: 'fa' })
 */
export function listStories(index: StoryIndex, options: StoryListOptions = {}): StoryListItem[] {
  const limit = options.limit ?? 50;
  const out: StoryListItem[] = [];
  // The index yields newest first, so the walk stops at the limit (or at the first story older
  // than `since`) instead of reading every story's articles.
  for (const story of index.stories()) {
    if (out.length >= limit) break;
    const date = story.lastDate ?? story.firstDate;
    if (options.since && (!date || date < options.since)) break;
    const members = membersOf(index, story);
    if (options.language && !members.some((m) => m.meta.language === options.language)) continue;
    if (options.entity && !members.some((m) => mentionsEntity(m, options.entity!))) continue;
    out.push(summarize(story, members));
  }
  return out;
}

/** One article of a story, as `crosswire story ID` shows it. */
export interface StoryArticleView extends ArticleMeta {
  readonly id: string;
  readonly duplicateOf: string | null;
}

/** The full view of one story. */
export interface StoryView extends StoryListItem {
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly members: readonly StoryArticleView[];
  /** Entities named by at least two articles, most widely named first. */
  readonly sharedEntities: readonly { readonly id: string; readonly name: string; readonly articles: number }[];
  readonly quotes: readonly { readonly articleId: string; readonly speaker: string | null; readonly via: string | null; readonly text: string }[];
  readonly storyline: Storyline | null;
}

/**
 * A story with its articles side by side, shared entities, dates, quotes and storyline.
 * @example showStory(index, 's-8aefb06c426e')?.sharedEntities[0]?.name // 'Alexander Lukashenko'
 */
export function showStory(index: StoryIndex, id: string): StoryView | null {
  const story = index.getStory(id);
  if (!story) return null;
  const members = membersOf(index, story);
  const named = new Map<string, { name: string; articles: number }>();
  for (const m of members) {
    for (const e of new Map(m.meta.entities.map((x) => [x.id, x])).values()) {
      const seen = named.get(e.id);
      named.set(e.id, { name: e.name, articles: (seen?.articles ?? 0) + 1 });
    }
  }
  return {
    ...summarize(story, members),
    firstDate: story.firstDate,
    lastDate: story.lastDate,
    members: members.map((m) => ({ ...m.meta, id: m.id, duplicateOf: m.duplicateOf })),
    sharedEntities: [...named.entries()]
      .filter(([, v]) => v.articles >= 2)
      .sort((a, b) => b[1].articles - a[1].articles || a[1].name.localeCompare(b[1].name))
      .map(([entityId, v]) => ({ id: entityId, ...v })),
    quotes: members.flatMap((m) => m.meta.quotes.map((q) => ({ articleId: m.id, ...q }))),
    storyline: findStoryline(index, id),
  };
}

function membersOf(index: StoryIndex, story: StoryRecord): IndexedArticle[] {
  return story.articleIds.map((id) => index.getArticle(id)).filter((a) => a !== null);
}

function summarize(story: StoryRecord, members: readonly IndexedArticle[]): StoryListItem {
  const first = members[0];
  const title = members.find((m) => m.meta.title)?.meta.title ?? first?.meta.lead ?? '';
  return {
    id: story.id,
    date: story.lastDate ?? story.firstDate,
    title,
    languages: [...new Set(members.map((m) => m.meta.language))].sort(),
    outlets: [...new Set(members.map((m) => m.meta.source).filter((s) => s !== null))].sort(),
    articles: members.length,
    independentReports: members.filter((m) => m.duplicateOf === null).length,
  };
}

function mentionsEntity(article: IndexedArticle, entity: string): boolean {
  const wanted = entity.toLowerCase();
  return article.meta.entities.some((e) => e.id.toLowerCase() === wanted || e.name.toLowerCase() === wanted);
}
