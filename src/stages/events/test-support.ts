/**
 * Runs the real per-article stages that the event coder reads (normalize, segment, time, entities
 * without the statistical tagger, quotes) on a text, for tests and evaluation. Not part of the
 * library surface.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadKnowledgeBase } from '../../kb/load.js';
import { loadLanguage } from '../../languages/index.js';
import { createArticle } from '../../model/article.js';
import { emptyAnalysis, type Analysis } from '../../model/analysis.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { silentTrace, type Trace } from '../../pipeline/trace.js';
import { toRecord, type ArticleRecord } from '../../output/record.js';
import { createEntitiesStage } from '../entities/index.js';
import { normalize } from '../normalize/index.js';
import { quotes } from '../quotes/index.js';
import { segment } from '../segment/index.js';
import { time } from '../time/index.js';
import { createEventsStage } from './index.js';

const kb = loadKnowledgeBase({ userDir: null });
const stagesWith = (tagger: boolean): readonly Stage[] => [normalize, segment, time, createEntitiesStage({ kb, tagger }), quotes, createEventsStage({ kb })];
const STAGES = stagesWith(false);
// With the statistical tagger, when a model for the language is found (shipped or local `.models/`).
const TAGGED_STAGES = stagesWith(true);

/** Metadata for {@link analyzeForTest}. */
export interface TestArticle {
  readonly text: string;
  readonly language: string;
  /** YYYY-MM-DD publication date (the reference for relative dates). */
  readonly date: string;
  readonly id?: string;
  readonly source?: string;
}

/**
 * Analyses a text with the stages events depends on, then events; stage order as in the default pipeline.
 * The entities stage runs without the statistical tagger unless `options.tagger` is set.
 * @example const a = await analyzeForTest({ text: 'Iran signed a treaty with Russia.', language: 'en', date: '2025-01-17' })
 */
export async function analyzeForTest(input: TestArticle, trace: Trace = silentTrace, options: { tagger?: boolean } = {}): Promise<Analysis> {
  const article = createArticle({ text: input.text, publishedAt: input.date, source: input.source ?? null }, input.id ?? 'test');
  let analysis: Analysis = { ...emptyAnalysis(article), language: input.language, languageConfidence: 1 };
  const ref = new Date(`${input.date}T12:00:00Z`);
  const ctx: StageContext = { reference: ref, now: ref, language: loadLanguage, trace, report: () => {} };
  for (const stage of options.tagger ? TAGGED_STAGES : STAGES) analysis = { ...analysis, ...(await stage.run(analysis, ctx)) };
  return analysis;
}

/** The seed articles (../shared/seeds) with the language and publication date read from each. */
export const SEED_ARTICLES: readonly TestArticle[] = [
  { id: '000_55d3b1c5a80e4628', language: 'ar', date: '2025-08-20', text: '' },
  { id: '001_6b92ae3c6fbfddf2', language: 'ar', date: '2023-03-13', text: '' },
  { id: '002_675631768e0e57dd', language: 'ro', date: '2025-08-20', text: '' },
  { id: '003_8e6abbce684b6d74', language: 'fa', date: '2025-08-20', text: '' },
  { id: '004_5bb3f30f2253b840', language: 'ar', date: '2023-10-06', text: '' },
];

/** Analyses the seed articles found in `dir` (default ../shared/seeds) into output records; [] when absent. */
export async function analyzeSeedRecords(dir: URL = new URL('../../../../shared/seeds/', import.meta.url)): Promise<ArticleRecord[]> {
  if (!existsSync(dir)) return [];
  const records: ArticleRecord[] = [];
  for (const seed of SEED_ARTICLES) {
    const id = seed.id ?? '';
    const text = readFileSync(new URL(`${id}.txt`, dir), 'utf8');
    records.push(toRecord(await analyzeForTest({ ...seed, text, source: `seed-${id.slice(0, 3)}` })));
  }
  return records;
}
