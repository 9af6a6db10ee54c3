/**
 * `npm run bench [-- --articles N] [--data DIR]`: throughput and memory of ingest and each stage,
 * printed as a table. No thresholds: figures are recorded in docs/benchmarks.md by hand.
 */
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { readInput } from '../src/stages/ingest/index.js';
import type { Article } from '../src/model/article.js';
import { toRecord } from '../src/output/record.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { startRun, type StageRun } from '../src/pipeline/pipeline.js';
import { segmentSentences, tokenize } from '../src/stages/segment/index.js';
import { createDefaultStoryClusterer } from '../src/corpus/stories/index.js';
import { createStore } from '../src/store/index.js';
import { loadBaseCorpus, replicate } from './corpus.js';

const CHUNK = 200;

interface Timing {
  ms: number;
  /** Process CPU time (user + system): steadier than wall time on a machine shared with other jobs. */
  cpuMs: number;
  peakRss: number;
}

function flag(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

// memoryUsage.rss() reads one figure; memoryUsage() walks the heap spaces too, per timed step.
const rssMb = () => process.memoryUsage.rss() / 2 ** 20;

async function writeCorpus(dataDir: string, size: number, path: string): Promise<number> {
  const out = createWriteStream(path);
  for (const article of replicate(loadBaseCorpus(dataDir), size)) {
    if (!out.write(`${JSON.stringify(article)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return statSync(path).size;
}

async function* articles(path: string): AsyncGenerator<Article> {
  for await (const item of readInput(path)) if (!('kind' in item)) yield item;
}

// The floor: reading plus sentence and token segmentation, what any pipeline must at least do.
async function floorPass(path: string): Promise<{ n: number; ms: number }> {
  const start = performance.now();
  let n = 0;
  for await (const article of articles(path)) {
    segmentSentences(article.text, null);
    tokenize(article.text);
    n++;
  }
  return { n, ms: performance.now() - start };
}

async function main(argv: string[]): Promise<void> {
  const size = Number(flag(argv, '--articles', '5000'));
  const dataDir = resolve(flag(argv, '--data', '../shared/data'));
  if (!existsSync(dataDir)) throw new Error(`bench: data folder ${dataDir} not found (pass --data DIR)`);
  const workDir = resolve('.bench');
  mkdirSync(workDir, { recursive: true });
  const corpus = join(workDir, `corpus-${size}.jsonl`);
  const bytes = await writeCorpus(dataDir, size, corpus);
  const mb = bytes / 2 ** 20;
  console.log(`corpus: ${size} articles, ${mb.toFixed(1)} MB (${(bytes / size / 1024).toFixed(1)} KB/article) at ${corpus}`);

  const floor = await floorPass(corpus);

  const dbPath = join(workDir, 'bench.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const store = createStore({ path: dbPath });
  const pipelineStart = performance.now();
  // --only langid,normalize,segment: time a subset of the default stages (in their order).
  const only = argv.includes('--only') ? new Set(flag(argv, '--only', '').split(',')) : null;
  const defaults = await createDefaultPipeline();
  const pipeline = only ? defaults.with((stages) => stages.filter((s) => only.has(s.name))) : defaults;
  const loadMs = performance.now() - pipelineStart;
  const timings = new Map<string, Timing>([['read', { ms: 0, cpuMs: 0, peakRss: 0 }]]);
  for (const stage of pipeline.stages) timings.set(stage.name, { ms: 0, cpuMs: 0, peakRss: 0 });
  // With --only, story assignment runs only when listed ('stories'), like any stage.
  const withStories = !only || only.has('stories');
  if (withStories) timings.set('stories', { ms: 0, cpuMs: 0, peakRss: 0 });
  timings.set('store', { ms: 0, cpuMs: 0, peakRss: 0 });
  const stories = createDefaultStoryClusterer({ index: store.storyIndex() });
  const time = async (name: string, work: () => unknown) => {
    const t = timings.get(name)!;
    const start = performance.now();
    const cpu = process.cpuUsage();
    await work();
    t.ms += performance.now() - start;
    const used = process.cpuUsage(cpu);
    t.cpuMs += (used.user + used.system) / 1000;
    t.peakRss = Math.max(t.peakRss, rssMb());
  };

  const now = new Date();
  let n = 0;
  let chunk: { article: Article; run: StageRun }[] = [];
  const processChunk = async () => {
    // Stage-major within a chunk, so each stage's time and memory are measured on their own.
    for (const stage of pipeline.stages) {
      await time(stage.name, async () => {
        for (const item of chunk) await item.run.apply(stage);
      });
    }
    let analyses = chunk.map(({ run }) => run.finish());
    // As in the CLI batch: a chunk's story assignments are written in one transaction.
    if (withStories) {
      await time('stories', () => {
        store.transaction(() => {
          analyses = analyses.map((analysis) => ({ ...analysis, story: stories.assign(analysis).storyId }));
        });
      });
    }
    await time('store', () => {
      store.saveBatch(chunk.map(({ article }, i) => ({ article, analysis: analyses[i]!, record: toRecord(analyses[i]!) })));
    });
    chunk = [];
  };
  const iterator = articles(corpus)[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Article> | undefined;
    await time('read', async () => {
      next = await iterator.next();
    });
    if (!next || next.done) break;
    chunk.push({ article: next.value, run: startRun(next.value, { now }) });
    n++;
    if (chunk.length === CHUNK) await processChunk();
  }
  await processChunk();
  store.close();
  pipeline.dispose();

  console.log(`models loaded in ${loadMs.toFixed(0)} ms\n`);
  console.log('stage          total s   articles/s      MB/s   peak RSS MB   CPU s   articles/CPU-s');
  const row = (name: string, ms: number, peak: number, cpuMs?: number) =>
    console.log(
      `${name.padEnd(14)}${(ms / 1000).toFixed(2).padStart(8)}${(n / (ms / 1000)).toFixed(0).padStart(13)}` +
        `${(mb / (ms / 1000)).toFixed(2).padStart(10)}${peak.toFixed(0).padStart(14)}` +
        (cpuMs === undefined ? '' : `${(cpuMs / 1000).toFixed(2).padStart(8)}${(n / (cpuMs / 1000)).toFixed(0).padStart(17)}`),
    );
  let total = 0;
  let totalCpu = 0;
  for (const [name, t] of timings) {
    row(name, t.ms, t.peakRss, t.cpuMs);
    total += t.ms;
    totalCpu += t.cpuMs;
  }
  row('whole', total, Math.max(...[...timings.values()].map((t) => t.peakRss)), totalCpu);
  row('floor', floor.ms, rssMb());
  const foundationStages = ['read', 'langid', 'normalize', 'segment', 'store'];
  const foundation = foundationStages.reduce((s, k) => s + (timings.get(k)?.ms ?? 0), 0);
  const foundationCpu = foundationStages.reduce((s, k) => s + (timings.get(k)?.cpuMs ?? 0), 0);
  console.log(
    `\ningest + LID + normalisation (+ segmentation) + store: ${(n / (foundation / 1000)).toFixed(0)} articles/s wall, ` +
      `${(n / (foundationCpu / 1000)).toFixed(0)} per CPU-second`,
  );
  console.log(`whole pipeline / floor pass: ${(total / floor.ms).toFixed(2)}×`);
  console.log(`peak RSS (process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main(process.argv.slice(2));
