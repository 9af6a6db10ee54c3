/**
 * The crosswire library: analyse news articles in any language into a structured, cited picture.
 * Re-exports only; see docs/architecture.md for the pipeline and docs/output.md for the record.
 */
import { createHash } from 'node:crypto';
import { createArticle, type ArticleInit } from './model/article.js';
import { toRecord, type ArticleRecord } from './output/record.js';
import { createDefaultPipeline, type DefaultPipelineOptions } from './pipeline/default.js';
import type { Pipeline } from './pipeline/pipeline.js';

export type { Article, ArticleInit } from './model/article.js';
export type { Analysis } from './model/analysis.js';
export type { Diagnostic, Rejected } from './model/diagnostic.js';
export type { Span } from './model/span.js';
export type { ArticleRecord } from './output/record.js';
export type { Stage, StageContext } from './pipeline/stage.js';
export { createPipeline, type Pipeline } from './pipeline/pipeline.js';
export { createDefaultPipeline } from './pipeline/default.js';
export { toRecord, OUTPUT_SCHEMA_VERSION } from './output/record.js';
export { loadLanguage, SUPPORTED_LANGUAGES } from './languages/index.js';
export { CrosswireError } from './errors.js';

let shared: Promise<Pipeline> | null = null;

/**
 * Analyses one article (a string of text, or text plus metadata) and returns its output record.
 * The default pipeline is created on first use and reused.
 * @example
 * const record = await analyze({ text: 'Putin a spus miercuri…', publishedAt: '2025-08-20' });
 * record.language // 'ro'
 */
export async function analyze(input: string | ArticleInit, options: DefaultPipelineOptions = {}): Promise<ArticleRecord> {
  shared ??= createDefaultPipeline(options);
  const init: ArticleInit = typeof input === 'string' ? { text: input } : input;
  const id = createHash('sha256').update(init.url ?? init.text).digest('hex').slice(0, 16);
  const analysis = await (await shared).run(createArticle(init, id));
  return toRecord(analysis);
}
