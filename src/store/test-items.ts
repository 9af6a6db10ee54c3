import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyAnalysis, type Analysis } from '../model/analysis.js';
import { createArticle, type ArticleInit } from '../model/article.js';
import { foldText } from '../stages/normalize/fold.js';
import type { SaveItem } from './store.js';

/**
 * Small typed builders for store tests and benchmarks: a SaveItem from a text and metadata, and
 * the seed articles when ../shared/seeds is present (never copied into the repo).
 */

/** What a test states about an article; the rest gets defaults. */
export type TestItemInit = ArticleInit & {
  readonly id: string;
  readonly language?: string;
  readonly analyzers?: Readonly<Record<string, number>>;
};

/** The seed folder, relative to the repo root (../shared/seeds). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/**
 * Builds a SaveItem as the pipeline would: the normalised view from foldText, language set.
 * @example makeSaveItem({ id: 'a1', text: 'Lukașenko a spus', language: 'ro' })
 */
export function makeSaveItem(init: TestItemInit): SaveItem {
  const article = createArticle(init, init.id);
  const analysis: Analysis = {
    ...emptyAnalysis(article),
    normalized: foldText(article.text),
    language: init.language ?? 'und',
    languageConfidence: init.language ? 0.99 : 0,
    script: 'Zyyy',
    analyzers: init.analyzers ?? { normalize: 1 },
  };
  const record = { id: article.id, language: analysis.language, title: article.title, analyzers: analysis.analyzers };
  return { article, analysis, record };
}

/** The seed article texts (file name → text), or null when the folder is absent. */
export function readSeedTexts(): Map<string, string> | null {
  if (!existsSync(SEEDS_DIR)) return null;
  const texts = new Map<string, string>();
  for (const name of readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    texts.set(name, readFileSync(SEEDS_DIR + name, 'utf8'));
  }
  return texts;
}
