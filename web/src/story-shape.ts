/**
 * Reads stories whatever their exact shape: the story views (src/corpus/stories) are being built
 * alongside this UI, so the UI accepts the likely fields and shows what is there.
 */
export interface StoryLike {
  id?: string;
  title?: string | null;
  headline?: string | null;
  date?: string | null;
  articleIds?: string[];
  /** Member articles, or (in a story list) their count. */
  articles?: { id: string; title?: string | null }[] | number;
  members?: { id: string; title?: string | null }[];
  languages?: string[];
  sources?: string[];
  outlets?: string[];
  firstDate?: string | null;
  lastDate?: string | null;
}

/** Member article ids, in the story's order. */
export function storyArticleIds(story: StoryLike): string[] {
  if (Array.isArray(story.articleIds)) return story.articleIds.map(String);
  if (Array.isArray(story.members)) return story.members.map((a) => String(a.id));
  if (Array.isArray(story.articles)) return story.articles.map((a) => String(a.id));
  return [];
}

/** How many articles the story has. */
export function storySize(story: StoryLike): number {
  return typeof story.articles === 'number' ? story.articles : storyArticleIds(story).length;
}

/** A title for the story. */
export function storyTitle(story: StoryLike): string {
  const members = Array.isArray(story.members) ? story.members : Array.isArray(story.articles) ? story.articles : [];
  return story.title || story.headline || members.find((a) => a.title)?.title || `Story ${story.id ?? ''}`;
}
