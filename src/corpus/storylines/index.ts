import type { StoryIndex, StoryRecord } from '../stories/story-index.js';

/**
 * Storylines: stories that continue one thread (the same dyad or set of actors over time, e.g.
 * Iran–Belarus relations 2023 → 2025), found on demand from the story index and shown as a chain in
 * date order. Computed when asked, not stored, so a story's thread always reflects the stories
 * that exist now.
 */

/** Actors kept per story: the most telling participants and places. */
export const ACTORS_PER_STORY = 6;
/** Minimum Jaccard overlap of two stories' actor sets to link them. */
export const STORYLINE_JACCARD = 0.3;
/** Minimum shared actors: a dyad. */
export const STORYLINE_MIN_SHARED = 2;
/** Stories in one chain at most (the walk is bounded, never a scan of the corpus). */
export const STORYLINE_MAX = 20;
/** Articles read per actor key when looking for related stories. */
const POSTINGS_PER_ACTOR = 200;

/** One story in a storyline, with the actors it shares with the story asked about. */
export interface StorylineEntry {
  readonly storyId: string;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly articles: number;
  readonly actors: readonly string[];
  readonly shared: readonly string[];
}

/** A storyline: the chain of stories, oldest first, and the actors that run through it. */
export interface Storyline {
  readonly storyId: string;
  readonly actors: readonly string[];
  readonly chain: readonly StorylineEntry[];
}

// Keys that name actors and places across languages: KB entities, else name keys.
const ENTITY_KEY = /^[ep]:/;
const NAME_KEY = /^n:/;

/**
 * The actors of a story: the entities (else names) most of its articles mention, most mentioned
 * first. Not weighted by rarity: a storyline is about its main actors, however common (Iran and
 * Belarus are the dyad of every Iran–Belarus story).
 */
export function storyActors(index: StoryIndex, story: StoryRecord): string[] {
  const members = story.articleIds.map((id) => index.getArticle(id)).filter((a) => a !== null);
  const present = new Map<string, { articles: number; mentions: number }>();
  for (const m of members) {
    const keys = Object.keys(m.features.counts);
    const pattern = keys.some((k) => ENTITY_KEY.test(k)) ? ENTITY_KEY : NAME_KEY;
    for (const key of keys) {
      if (!pattern.test(key)) continue;
      const p = present.get(key) ?? { articles: 0, mentions: 0 };
      present.set(key, { articles: p.articles + 1, mentions: p.mentions + m.features.counts[key]! });
    }
  }
  return [...present.entries()]
    .map(([key, p]) => ({ key, weight: (p.articles / members.length) * (1 + Math.log(p.mentions)) }))
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key))
    .slice(0, ACTORS_PER_STORY)
    .map((x) => x.key);
}

/**
 * The storyline of a story: related stories reached through shared actors, oldest first.
 * @example findStoryline(index, 's-8aefb06c426e').chain.map((s) => s.firstDate) // ['2023-03-13', '2025-08-20']
 */
export function findStoryline(index: StoryIndex, storyId: string): Storyline | null {
  const story = index.getStory(storyId);
  if (!story) return null;
  const actors = storyActors(index, story);
  const actorsOf = new Map<string, string[]>([[storyId, actors]]);
  const linked = new Map<string, StoryRecord>([[storyId, story]]);
  const queue = [story];
  while (queue.length > 0 && linked.size < STORYLINE_MAX) {
    const current = queue.shift()!;
    const mine = actorsOf.get(current.id)!;
    for (const other of relatedStories(index, mine, linked)) {
      const theirs = actorsOf.get(other.id) ?? storyActors(index, other);
      actorsOf.set(other.id, theirs);
      if (!continues(mine, theirs)) continue;
      linked.set(other.id, other);
      queue.push(other);
      if (linked.size >= STORYLINE_MAX) break;
    }
  }
  const chain = [...linked.values()]
    .sort((a, b) => (a.firstDate ?? '9999').localeCompare(b.firstDate ?? '9999') || a.lastSeq - b.lastSeq)
    .map((s) => {
      const own = actorsOf.get(s.id)!;
      return { storyId: s.id, firstDate: s.firstDate, lastDate: s.lastDate, articles: s.articleIds.length, actors: own, shared: own.filter((k) => actors.includes(k)) };
    });
  return { storyId, actors, chain };
}

// Stories other than those already linked that mention any of the actors (bounded postings).
function relatedStories(index: StoryIndex, actors: readonly string[], linked: ReadonlyMap<string, StoryRecord>): StoryRecord[] {
  const found = new Map<string, StoryRecord>();
  for (const key of actors) {
    for (const id of index.postings(key, POSTINGS_PER_ACTOR)) {
      const storyId = index.getArticle(id)?.storyId;
      if (!storyId || linked.has(storyId) || found.has(storyId)) continue;
      const s = index.getStory(storyId);
      if (s) found.set(storyId, s);
    }
  }
  return [...found.values()];
}

/** True when two actor sets share a dyad and overlap enough to be one thread. */
export function continues(a: readonly string[], b: readonly string[]): boolean {
  const shared = a.filter((k) => b.includes(k)).length;
  const union = new Set([...a, ...b]).size;
  return shared >= STORYLINE_MIN_SHARED && union > 0 && shared / union >= STORYLINE_JACCARD;
}
