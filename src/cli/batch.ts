import type { StoryClusterer } from '../corpus/stories/index.js';
import { readInput, listInputs, type IngestOptions } from '../stages/ingest/index.js';
import type { Analysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import { reject, type Rejected } from '../model/diagnostic.js';
import { toRecord, type ArticleRecord } from '../output/record.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { SaveOutcome, Store } from '../store/store.js';
import type { Progress } from './progress.js';
import { createSummary, type BatchSummary } from './summary.js';

/** One analysed article as the batch hands it to its caller. */
export interface BatchResult {
  readonly analysis: Analysis;
  readonly record: ArticleRecord;
  /** What the store did with it; null without a store. */
  readonly outcome: SaveOutcome | null;
}

/** Options for {@link runBatch}. */
export interface BatchOptions {
  readonly paths: readonly string[];
  readonly pipeline: Pipeline;
  readonly store: Store | null;
  /** Assigns each article to a story (over the store's story index, or among the batch). */
  readonly stories?: StoryClusterer;
  readonly ingest?: IngestOptions;
  readonly progress?: Progress;
  /** Articles per store transaction: a crash loses at most the chunk being written, never half an article. */
  readonly chunkSize?: number;
  readonly now?: Date;
  /** Publication date for articles whose input states none (`--published-at`). */
  readonly defaultPublishedAt?: string;
  readonly onResult?: (result: BatchResult) => void;
  readonly onRejected?: (rejected: Rejected, error?: unknown) => void;
}

/**
 * Reads, analyses and (optionally) stores a batch of inputs, in input order. Bad inputs and
 * failing articles are reported through `onRejected` and the batch goes on.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const summary = createSummary();
  const chunkSize = options.chunkSize ?? 200;
  const now = options.now ?? new Date();
  const { files, missing } = await listInputs(options.paths);
  const countRejected = (r: Rejected, error?: unknown) => {
    summary.rejected[r.reason] = (summary.rejected[r.reason] ?? 0) + 1;
    options.onRejected?.(r, error);
  };
  for (const path of missing) countRejected(reject(path, 'unreadable', 'no such file or directory'));

  let chunk: { article: Article; analysis: Analysis }[] = [];
  // Story assignment and saving of a chunk happen in one store transaction: a killed process
  // leaves neither an article without its story nor a story member without its article.
  const assignAndSave = () => {
    const items = chunk.map(({ article, analysis }) => {
      const story = options.stories?.assign(analysis).storyId ?? null;
      const final = story ? { ...analysis, story } : analysis;
      return { article, analysis: final, record: toRecord(final) };
    });
    const outcomes = options.store ? options.store.saveBatch(items) : items.map(() => null);
    return { items, outcomes };
  };
  const flush = () => {
    if (chunk.length === 0) return;
    const { items, outcomes } = options.store ? options.store.transaction(assignAndSave) : assignAndSave();
    items.forEach((item, i) => {
      const outcome = outcomes[i] ?? null;
      if (outcome) summary[outcomeCounter(outcome)]++;
      options.onResult?.({ analysis: item.analysis, record: item.record, outcome });
    });
    chunk = [];
  };

  options.progress?.start(files.length);
  for (const file of files) {
    for await (const item of readInput(file, options.ingest)) {
      if ('kind' in item) {
        countRejected(item);
        continue;
      }
      try {
        const article = withDefaultDate(item, options.defaultPublishedAt);
        const analysis = await options.pipeline.run(article, { now });
        chunk.push({ article, analysis });
        summary.analysed++;
      } catch (error) {
        countRejected(reject(item.file ?? item.id, 'failed', (error as Error).message), error);
      }
      if (chunk.length >= chunkSize) flush();
    }
    options.progress?.tick(summary.analysed);
  }
  flush();
  options.progress?.stop();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

// The user's date stands in only where the input is silent; a stated date always wins.
function withDefaultDate(article: Article, publishedAt: string | undefined): Article {
  if (!publishedAt || article.publishedAt) return article;
  return Object.freeze({ ...article, publishedAt, publishedAtSource: 'metadata' as const });
}

function outcomeCounter(outcome: SaveOutcome): 'inserted' | 'updated' | 'unchanged' | 'duplicates' {
  return outcome.status === 'duplicate' ? 'duplicates' : outcome.status;
}
