import type { KnowledgeBase } from '../kb/index.js';
import type { Store } from '../store/store.js';
import type { IngestJobs } from './ingest-jobs.js';
import type { CorpusViews } from './views.js';

/** What every route may use: the store, the ingest queue, the corpus views and the knowledge base. */
export interface ApiContext {
  readonly store: Store;
  readonly jobs: IngestJobs;
  readonly views: CorpusViews;
  /** Loaded on first use (parsing the bundled KB takes a moment). */
  readonly kb: () => KnowledgeBase;
  /** Largest upload accepted, in bytes (also the per-input reader limit). */
  readonly maxUploadBytes: number;
}
