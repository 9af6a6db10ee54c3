import type { Analysis, AnalysisKey } from '../model/analysis.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { LanguagePack } from '../languages/schema.js';
import type { Trace } from './trace.js';

/** What a stage may use besides its input: everything outside the article comes through here. */
export interface StageContext {
  /** The anchor for relative dates: the publication date, or the ingest time when unknown. */
  readonly reference: Date;
  /** When this run started (the ingest time): nothing may be dated after it, e.g. a publication date. */
  readonly now: Date;
  /** Loads a language pack (lazily, cached, frozen). */
  readonly language: (code: string) => LanguagePack;
  readonly trace: Trace;
  /** Reports a content problem; it lands in `analysis.diagnostics`. */
  readonly report: (diagnostic: Omit<Diagnostic, 'stage'>) => void;
}

/** One step of the per-article pipeline. `run` is pure over `(input, ctx)` and returns a patch. */
export interface Stage {
  readonly name: string;
  /** Bump when the stage's output changes; recorded in `analysis.analyzers`. */
  readonly version: number;
  readonly requires: readonly AnalysisKey[];
  readonly provides: readonly AnalysisKey[];
  run(input: Readonly<Analysis>, ctx: StageContext): Promise<Partial<Analysis>> | Partial<Analysis>;
}
