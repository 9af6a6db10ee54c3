import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../kb/index.js';
import type { ArticleRecord } from '../output/record.js';
import type { Store } from '../store/store.js';
import { actorNames, findArticlesNaming } from './entity-search.js';
import { ApiError } from './errors.js';

/**
 * The cross-article views (stories, dyad dossiers, framing) come from src/corpus/, which other
 * work fills in. The API binds to them at start-up: each adapter below imports its module and
 * adapts its function to the store, so the server runs — and says clearly what is missing —
 * before a module exists, and picks it up once it does. A missing view answers 501.
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

/** The views the API serves; each is optional until its module lands. */
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

/** Returns the view function or throws NOT_IMPLEMENTED naming the module it waits for. */
export function requireView<K extends keyof CorpusViews>(views: CorpusViews, key: K, module: string): NonNullable<CorpusViews[K]> {
  const fn = views[key];
  if (typeof fn !== 'function') {
    throw new ApiError('NOT_IMPLEMENTED', `${String(key)} is not available yet: ${module} does not export it in this build.`);
  }
  return fn as NonNullable<CorpusViews[K]>;
}

// Articles read per actor for a dossier: the dossier is built from the articles naming both.
const DOSSIER_HITS_PER_NAME = 300;

type Module = Record<string, unknown>;
type Adapter = (mod: Module, deps: ViewDeps) => Partial<CorpusViews>;

const ADAPTERS: readonly { readonly path: string; readonly adapt: Adapter }[] = [
  {
    // buildDossier(records, a, b, { kb, displayLanguage, since }) over the records naming both actors.
    path: '../corpus/dossiers/index.js',
    adapt: (mod, deps) => {
      const build = mod.buildDossier;
      if (typeof build !== 'function') return {};
      return {
        getDossier: (a, b, options) => {
          const kb = deps.kb();
          const namingA = new Set(findArticlesNaming(deps.store, actorNames(kb, a), DOSSIER_HITS_PER_NAME).map((h) => h.id));
          const both = findArticlesNaming(deps.store, actorNames(kb, b), DOSSIER_HITS_PER_NAME).filter((h) => namingA.has(h.id));
          const records = both.map((h) => deps.store.getArticle(h.id)?.record).filter((r) => r !== undefined) as unknown as ArticleRecord[];
          return build(records, a, b, { kb, displayLanguage: options.display, since: options.since });
        },
      };
    },
  },
  {
    // compareStory(records, { kb, displayLanguage }) over the given articles' records.
    path: '../corpus/framing/index.js',
    adapt: (mod, deps) => {
      const compare = mod.compareStory;
      if (typeof compare !== 'function') return {};
      return {
        compareFraming: (ids, options) => {
          const records = ids.map((id) => deps.store.getArticle(id)?.record).filter((r) => r !== undefined) as unknown as ArticleRecord[];
          if (records.length === 0) return null;
          return compare(records, { kb: deps.kb(), displayLanguage: options.display });
        },
      };
    },
  },
];

/**
 * Loads whatever corpus views exist. A module that is absent (not written yet) is skipped; one
 * that exists but fails to load is a real error and is rethrown.
 */
export async function loadCorpusViews(deps: ViewDeps): Promise<CorpusViews> {
  const views: CorpusViews = {};
  for (const { path, adapt } of ADAPTERS) {
    const url = new URL(path, import.meta.url);
    let mod: Module;
    try {
      mod = (await import(url.href)) as Module;
    } catch (error) {
      if (isModuleMissing(error, url)) continue;
      throw error;
    }
    Object.assign(views, adapt(mod, deps));
  }
  return views;
}

// Only the module itself being absent counts: a present module with a broken import must fail loudly.
function isModuleMissing(error: unknown, url: URL): boolean {
  const { code, message } = error as { code?: string; message?: string };
  const stem = fileURLToPath(url).replace(/\.js$/, '');
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_UNSUPPORTED_DIR_IMPORT') && (message ?? '').includes(stem);
}
