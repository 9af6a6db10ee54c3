import { buildDossier } from '../corpus/dossiers/index.js';
import { compareStory } from '../corpus/framing/index.js';
import { listStories, showStory } from '../corpus/stories/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { ArticleRecord } from '../output/record.js';
import type { Store } from '../store/store.js';
import { actorNames, findArticlesNaming } from './entity-search.js';
import { ApiError } from './errors.js';

/**
 * The cross-article views (stories, dyad dossiers, framing) of src/corpus/, adapted to the store.
 * Tests may hand the server a partial set; a missing view answers 501.
 */

/** A page request as the views receive it. */
export interface ViewPage {
  readonly limit: number;
  readonly offset: number;
  readonly language?: string;
  readonly source?: string;
  readonly since?: string;
  readonly until?: string;
}

/** Per-request options of a view. */
export interface ViewOptions {
  /** Display language of names (ISO 639-1). */
  readonly display?: string;
  readonly since?: string;
}

/** What the views may read. */
export interface ViewDeps {
  readonly store: Store;
  readonly kb: () => KnowledgeBase;
}

/** The views the API serves (optional, so tests can serve a subset). */
export interface CorpusViews {
  listStories?: (page: ViewPage) => unknown[] | Promise<unknown[]>;
  getStory?: (id: string) => unknown | Promise<unknown>;
  getDossier?: (a: string, b: string, options: ViewOptions) => unknown | Promise<unknown>;
  /** Framing matrix (facts × outlets) of a set of articles: a story's members, or articles picked side by side. */
  compareFraming?: (articleIds: readonly string[], options: ViewOptions) => unknown | Promise<unknown>;
}

/** Which views are wired (for `/api/health` and the UI's choice of feed). */
export function viewFeatures(views: CorpusViews): Record<'stories' | 'dossiers' | 'framing', boolean> {
  return {
    stories: typeof views.listStories === 'function' && typeof views.getStory === 'function',
    dossiers: typeof views.getDossier === 'function',
    framing: typeof views.compareFraming === 'function',
  };
}

/** Returns the view function, or throws NOT_IMPLEMENTED when this server was built without it. */
export function requireView<K extends keyof CorpusViews>(views: CorpusViews, key: K, module: string): NonNullable<CorpusViews[K]> {
  const fn = views[key];
  if (typeof fn !== 'function') {
    throw new ApiError('NOT_IMPLEMENTED', `${String(key)} is not available in this server (${module}).`);
  }
  return fn as NonNullable<CorpusViews[K]>;
}

// Articles read per actor for a dossier: the dossier is built from the articles naming both.
const DOSSIER_HITS_PER_NAME = 300;

// The store keeps records exactly as toRecord wrote them.
const recordsOf = (store: Store, ids: Iterable<string>): ArticleRecord[] =>
  [...ids].map((id) => store.getArticle(id)?.record).filter((r) => r !== undefined) as unknown as ArticleRecord[];

/**
 * The corpus views over a store: stories (src/corpus/stories), dyad dossiers (src/corpus/dossiers)
 * and the framing comparison (src/corpus/framing).
 */
export function createCorpusViews(deps: ViewDeps): CorpusViews {
  const { store } = deps;
  return {
    listStories: (page) =>
      listStories(store.storyIndex(), { since: page.since, language: page.language, limit: page.offset + page.limit }).slice(page.offset),
    getStory: (id) => showStory(store.storyIndex(), id),
    getDossier: (a, b, options) => {
      const kb = deps.kb();
      const namingA = new Set(findArticlesNaming(store, actorNames(kb, a), DOSSIER_HITS_PER_NAME).map((h) => h.id));
      const both = findArticlesNaming(store, actorNames(kb, b), DOSSIER_HITS_PER_NAME).filter((h) => namingA.has(h.id));
      return buildDossier(recordsOf(store, both.map((h) => h.id)), a, b, { kb, displayLanguage: options.display, since: options.since });
    },
    compareFraming: (ids, options) => {
      const records = recordsOf(store, ids);
      return records.length === 0 ? null : compareStory(records, { kb: deps.kb(), displayLanguage: options.display });
    },
  };
}
