/**
 * `node --import tsx bench/entities.ts [--articles N] [--data DIR] [--dump FILE] [--dump-count N]`:
 * CPU cost of the entities stage alone, per article and per 3 KB, per language.
 *
 * Inputs are prepared once per article by the stages before entities (langid, normalize, segment,
 * time) outside the timing; then only the entities stage's `run` is timed, with
 * `process.cpuUsage()` (user + system CPU), because the bench machine is shared and wall time is
 * noise. The stage's one-time load (knowledge base, gazetteer, one tagger per language) is measured
 * separately: one warm-up article per language is run first and its cost beyond the steady-state
 * mean is reported as load. `--dump FILE` writes the mentions of the first `--dump-count` (300)
 * articles as JSON Lines, to check that a speed change leaves the output identical.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadLanguage } from '../src/languages/index.js';
import { createArticle } from '../src/model/article.js';
import { emptyAnalysis, type Analysis } from '../src/model/analysis.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import type { Stage, StageContext } from '../src/pipeline/stage.js';
import { silentTrace } from '../src/pipeline/trace.js';
import { loadBaseCorpus } from './corpus.js';

// Costs are also given per 3 KB (3,072 UTF-16 code units), the article size issue 3 states.
const UNIT_CHARS = 3072;

function flag(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

function contextFor(analysis: Readonly<Analysis>, now: Date): StageContext {
  const published = analysis.article.publishedAt ? new Date(analysis.article.publishedAt) : now;
  return { reference: published, now, language: loadLanguage, trace: silentTrace, report: () => undefined };
}

// CPU milliseconds (user + system) spent by `work`.
async function cpuMs(work: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

interface Sample {
  ms: number;
  per3k: number;
}

async function main(argv: string[]): Promise<void> {
  const size = Number(flag(argv, '--articles', '1000'));
  const dataDir = resolve(flag(argv, '--data', '/work/shared/data'));
  const dumpPath = flag(argv, '--dump', '');
  const dumpCount = Number(flag(argv, '--dump-count', '300'));
  if (!existsSync(dataDir)) throw new Error(`bench: data folder ${dataDir} not found (pass --data DIR)`);

  // Mixed languages: the base corpus is grouped by language, so take every k-th article.
  const base = loadBaseCorpus(dataDir);
  const stride = Math.max(1, Math.floor(base.length / size));
  const picked = base.filter((_, i) => i % stride === 0).slice(0, size);

  const pipeline = await createDefaultPipeline();
  const entities = pipeline.stages.find((s) => s.name === 'entities')!;
  const before = pipeline.stages.slice(0, pipeline.stages.indexOf(entities));
  const now = new Date('2026-01-01T00:00:00Z');

  const prepared: Analysis[] = [];
  for (const b of picked) {
    let analysis: Analysis = emptyAnalysis(createArticle({ id: b.id, title: b.title, text: b.text, publishedAt: b.publishedAt }, b.id));
    for (const stage of before) analysis = { ...analysis, ...(await stage.run(analysis, contextFor(analysis, now))) };
    prepared.push(analysis);
  }

  // Warm-up: the first article of each language pays the stage's one-time load.
  const firstCost = new Map<string, number>();
  const run = (stage: Stage, a: Analysis) => stage.run(a, contextFor(a, now));
  const loadTotal = await cpuMs(async () => {
    for (const a of prepared) {
      const language = a.language ?? 'und';
      if (firstCost.has(language)) continue;
      firstCost.set(language, await cpuMs(() => run(entities, a)));
    }
  });

  const samples = new Map<string, Sample[]>();
  const dump: string[] = [];
  for (const [i, a] of prepared.entries()) {
    let patch: Partial<Analysis> = {};
    const ms = await cpuMs(async () => {
      patch = await run(entities, a);
    });
    const language = a.language ?? 'und';
    const list = samples.get(language) ?? [];
    list.push({ ms, per3k: (ms * UNIT_CHARS) / Math.max(1, a.article.text.length) });
    samples.set(language, list);
    if (dumpPath && i < dumpCount) dump.push(JSON.stringify({ id: a.article.id, mentions: patch.mentions, entities: patch.entities }));
  }
  if (dumpPath) writeFileSync(dumpPath, `${dump.join('\n')}\n`);
  pipeline.dispose();

  const rows: string[][] = [['lang', 'articles', 'KB/article', 'mean ms', 'p95 ms', 'mean ms/3KB', 'p95 ms/3KB', 'first-call ms']];
  const all: Sample[] = [];
  let allChars = 0;
  for (const language of [...samples.keys()].sort()) {
    const list = samples.get(language)!;
    all.push(...list);
    const chars = prepared.filter((a) => (a.language ?? 'und') === language).reduce((n, a) => n + a.article.text.length, 0);
    allChars += chars;
    rows.push(summaryRow(language, list, chars, firstCost.get(language)));
  }
  rows.push(summaryRow('all', all, allChars, undefined));
  printTable(rows);
  const steady = all.reduce((n, s) => n + s.ms, 0) / Math.max(1, all.length);
  console.log(`\nload (KB + gazetteer + taggers, warm-up ${firstCost.size} articles minus steady mean): ${(loadTotal - steady * firstCost.size).toFixed(0)} ms CPU`);
  if (dumpPath) console.log(`mentions of the first ${Math.min(dumpCount, prepared.length)} articles written to ${dumpPath}`);
}

function summaryRow(language: string, list: readonly Sample[], chars: number, first: number | undefined): string[] {
  const mean = (xs: readonly number[]) => xs.reduce((n, x) => n + x, 0) / Math.max(1, xs.length);
  const ms = list.map((s) => s.ms).sort((x, y) => x - y);
  const per3k = list.map((s) => s.per3k).sort((x, y) => x - y);
  return [
    language,
    String(list.length),
    (chars / Math.max(1, list.length) / 1024).toFixed(1),
    mean(ms).toFixed(2),
    percentile(ms, 0.95).toFixed(2),
    mean(per3k).toFixed(2),
    percentile(per3k, 0.95).toFixed(2),
    first === undefined ? '' : first.toFixed(0),
  ];
}

function printTable(rows: readonly string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
}

await main(process.argv.slice(2));
