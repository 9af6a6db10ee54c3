import { createDefaultPipeline } from '../pipeline/default.js';
import { createStore } from '../store/index.js';
import { runBatch, type BatchResult } from './batch.js';
import type { CliContext } from './context.js';
import { reportRejected } from './context.js';
import type { Progress } from './progress.js';
import { createBatchStories } from './stories.js';
import type { BatchSummary } from './summary.js';

/** What `ingest`, `analyze` and `demo` choose; the rest of a batch run is the same for all three. */
export interface InputRunOptions {
  readonly paths: readonly string[];
  /** Store file, or null to run without one (`--no-store`). */
  readonly storePath: string | null;
  readonly maxBytes?: number;
  readonly defaultPublishedAt?: string;
  readonly displayLanguage?: string;
  readonly progress?: Progress;
  readonly onResult?: (result: BatchResult) => void;
}

/**
 * Opens the store and the pipeline, runs the batch (stories, rejections reported one line each), and
 * releases both whatever happens.
 */
export async function runInputs(ctx: CliContext, options: InputRunOptions): Promise<BatchSummary> {
  const store = options.storePath === null ? null : createStore({ path: options.storePath });
  try {
    const pipeline = await createDefaultPipeline({ displayLanguage: options.displayLanguage });
    try {
      return await runBatch({
        paths: options.paths,
        pipeline,
        store,
        stories: createBatchStories(store),
        defaultPublishedAt: options.defaultPublishedAt,
        ingest: { maxBytes: options.maxBytes },
        progress: options.progress,
        onRejected: (r, error) => reportRejected(ctx, r, error),
        onResult: options.onResult,
      });
    } finally {
      pipeline.dispose();
    }
  } finally {
    store?.close();
  }
}
