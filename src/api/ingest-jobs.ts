import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { runBatch } from '../cli/batch.js';
import { createBatchStories } from '../cli/stories.js';
import { createSummary, type BatchSummary } from '../cli/summary.js';
import type { Rejected } from '../model/diagnostic.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';

/**
 * Ingest over HTTP: each upload becomes a job that runs the same batch path as `crosswire ingest`
 * (src/cli/batch.ts), fed from memory as if it were standard input, so the readers choose the
 * format by content and article ids are stable across re-uploads (they hash the text).
 * Jobs run one at a time, in arrival order: the store writes in one connection anyway, and a
 * queue keeps a burst of uploads from holding many bodies in analysis at once.
 */

/** One article of a job, as the UI lists it. */
export interface JobArticle {
  readonly id: string;
  readonly status: string;
  readonly title: string | null;
  readonly language: string;
  readonly duplicateOf?: string;
}

/**
 * A job's state; `processed` counts articles analysed or rejected so far (progress). `articles`
 * and `rejected` list the first 500 of each; `summary` counts them all.
 */
export interface IngestJob {
  readonly id: string;
  readonly name: string;
  readonly bytes: number;
  state: 'queued' | 'running' | 'done' | 'failed';
  processed: number;
  articles: JobArticle[];
  rejected: { input: string; reason: string; detail: string }[];
  summary: BatchSummary;
  error: string | null;
  readonly createdAt: string;
}

/** What the job runner needs. */
export interface IngestJobsOptions {
  readonly store: Store;
  /** Builds the pipeline on first use (model loading is slow, so a server that only reads never pays it). */
  readonly createPipeline: () => Promise<Pipeline>;
  /** Per-input limit handed to the readers (bytes). */
  readonly maxBytes: number;
  /** Finished jobs kept for status queries (oldest dropped first). */
  readonly keep?: number;
  /** Called after each job that changed the store (story views refresh here). */
  readonly onStored?: () => void;
}

/** The job runner. */
export interface IngestJobs {
  /** Queues an upload; the promise settles when the job finishes. */
  submit(name: string, body: Buffer): { job: IngestJob; done: Promise<IngestJob> };
  get(id: string): IngestJob | undefined;
  /** Waits for running jobs, then disposes the pipeline. */
  close(): Promise<void>;
}

// Enough history for a UI that polls a few uploads; old jobs are dropped, not leaked.
const DEFAULT_KEEP = 200;
// Articles and rejections listed per job; a 100k-line upload is summarised by its counts beyond that.
const MAX_LISTED = 500;

/**
 * Creates the job runner.
 * @example const { done } = jobs.submit('feed.jsonl', body); const job = await done;
 */
export function createIngestJobs(options: IngestJobsOptions): IngestJobs {
  const jobs = new Map<string, IngestJob>();
  let pipeline: Promise<Pipeline> | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  const keep = options.keep ?? DEFAULT_KEEP;

  const run = async (job: IngestJob, body: Buffer): Promise<IngestJob> => {
    job.state = 'running';
    try {
      pipeline ??= options.createPipeline();
      const summary = await runBatch({
        paths: ['-'],
        pipeline: await pipeline,
        store: options.store,
        stories: createBatchStories(options.store),
        ingest: { maxBytes: options.maxBytes, stdin: Readable.from([body]) },
        onResult: ({ record, outcome }) => {
          job.processed++;
          if (job.articles.length >= MAX_LISTED) return;
          job.articles.push({
            id: outcome?.id ?? record.id,
            status: outcome?.status ?? 'analysed',
            title: record.title,
            language: record.language,
            ...(outcome?.duplicateOf ? { duplicateOf: outcome.duplicateOf } : {}),
          });
        },
        onRejected: (r: Rejected) => {
          job.processed++;
          if (job.rejected.length < MAX_LISTED) job.rejected.push({ input: r.input.replace(/^-/, job.name), reason: r.reason, detail: r.detail });
        },
      });
      job.summary = summary;
      job.state = 'done';
      if (summary.inserted + summary.updated > 0) options.onStored?.();
    } catch (error) {
      job.state = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    }
    return job;
  };

  return {
    submit(name, body) {
      const job: IngestJob = {
        id: randomUUID(),
        name,
        bytes: body.length,
        state: 'queued',
        processed: 0,
        articles: [],
        rejected: [],
        summary: createSummary(),
        error: null,
        createdAt: new Date().toISOString(),
      };
      jobs.set(job.id, job);
      while (jobs.size > keep) jobs.delete(jobs.keys().next().value!);
      const done = tail.then(() => run(job, body));
      tail = done;
      return { job, done };
    },
    get: (id) => jobs.get(id),
    async close() {
      await tail;
      if (pipeline) (await pipeline).dispose();
    },
  };
}
