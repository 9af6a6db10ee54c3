import { createError } from '../errors.js';
import type { Analysis, AnalysisKey } from '../model/analysis.js';
import { emptyAnalysis } from '../model/analysis.js';
import type { Article } from '../model/article.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { loadLanguage } from '../languages/index.js';
import type { Stage, StageContext } from './stage.js';
import { silentTrace, type Trace } from './trace.js';

/** Options for one run of the pipeline over an article. */
export interface RunOptions {
  /** Anchor for relative dates when the article has no publication date (default: now). */
  readonly now?: Date;
  readonly trace?: Trace;
}

/** A frozen, validated sequence of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  run(article: Article, options?: RunOptions): Promise<Analysis>;
  /** Derives a new pipeline sharing the same resources; the original stays as it was. */
  with(transform: (stages: readonly Stage[]) => readonly Stage[]): Pipeline;
  /** Releases resources the stages hold (model memory); the pipeline must not run afterwards. */
  dispose(): void;
}

/** Options for {@link createPipeline}. */
export interface PipelineOptions {
  /** Called once by `dispose()`, e.g. to free a language-ID model. */
  readonly dispose?: () => void;
}

// Keys every analysis has from the start (the article itself is always there).
const INITIAL_KEYS: readonly AnalysisKey[] = [];

/**
 * Builds a pipeline, checking at build time that each stage's `requires` is provided by an
 * earlier stage (as spaCy's analyze_pipes does) and that no stage appears twice.
 * @example const pipeline = createPipeline([langid, normalize, segment]);
 */
export function createPipeline(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const provided = new Set<AnalysisKey>(INITIAL_KEYS);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw createError('STAGE_DUPLICATE', stage.name);
    names.add(stage.name);
    for (const key of stage.requires) {
      if (!provided.has(key)) throw createError('STAGE_REQUIREMENT_MISSING', stage.name, key);
    }
    for (const key of stage.provides) provided.add(key);
  }
  const frozen = Object.freeze([...stages]);
  const pipeline: Pipeline = {
    stages: frozen,
    run: (article, options) => runStages(frozen, article, options),
    with: (transform) => createPipeline(transform(frozen), options),
    dispose: () => options.dispose?.(),
  };
  return Object.freeze(pipeline);
}

async function runStages(stages: readonly Stage[], article: Article, options: RunOptions = {}): Promise<Analysis> {
  const run = startRun(article, options);
  for (const stage of stages) await run.apply(stage);
  return run.finish();
}

/** One article going through stages; exposed so benchmarks can time stages one by one. */
export interface StageRun {
  apply(stage: Stage): Promise<void>;
  finish(): Analysis;
}

/** Starts running stages over an article: each `apply` merges one stage's checked patch. */
export function startRun(article: Article, options: RunOptions = {}): StageRun {
  let analysis = emptyAnalysis(article);
  const diagnostics: Diagnostic[] = [];
  const analyzers: Record<string, number> = {};
  const now = options.now ?? new Date();
  const reference = referenceDate(article, now);
  const trace = options.trace ?? silentTrace;
  return {
    async apply(stage) {
      const ctx: StageContext = {
        reference,
        now,
        language: loadLanguage,
        trace,
        report: (d) => diagnostics.push({ ...d, stage: stage.name }),
      };
      const patch = await stage.run(analysis, ctx);
      for (const key of Object.keys(patch)) {
        if (!stage.provides.includes(key as AnalysisKey)) throw createError('STAGE_PATCH_UNDECLARED', stage.name, key);
      }
      analyzers[stage.name] = stage.version;
      analysis = { ...analysis, ...patch };
    },
    finish: () => ({ ...analysis, diagnostics, analyzers }),
  };
}

// The publication date anchors relative expressions; without one, the run's clock stands in.
function referenceDate(article: Article, now: Date): Date {
  if (article.publishedAt) {
    const parsed = new Date(article.publishedAt);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return now;
}
