/**
 * `npm run bench:serve [-- --articles 100000 --requests 2000 --concurrency 8 --terms mixed|common --filtered 0.3 --db PATH --rebuild]`:
 * latency and throughput of the API's search and story endpoints over a store of N articles.
 * The server runs in a child process (as `crosswire serve` would), the load comes from this one
 * over loopback with a bounded number of requests. Prints p50/p95/p99 per endpoint and requests/s.
 * No thresholds here: figures go to docs/benchmarks.md ("Serve").
 */
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { Agent, get as httpGet } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../src/api/index.js';
import { createStore } from '../src/store/index.js';
import { createRandom } from '../src/util/random.js';
import { buildItem, loadSentencePools, searchTerms } from './serve-corpus.js';

const BATCH = 1000;

function flag(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

/** Builds (or reuses) the store file with `n` articles. */
function ensureStore(path: string, n: number, rebuild: boolean): void {
  if (rebuild) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const store = createStore({ path });
  try {
    const have = store.countArticles();
    if (have >= n) {
      console.log(`store: reusing ${path} (${have} articles)`);
      return;
    }
    const pools = loadSentencePools(resolve('../shared/data'), resolve('../shared/seeds'));
    const started = performance.now();
    for (let i = have; i < n; i += BATCH) {
      const items = Array.from({ length: Math.min(BATCH, n - i) }, (_, k) => buildItem(pools, i + k));
      store.saveBatch(items);
      if ((i / BATCH) % 10 === 0) process.stdout.write(`\rstore: ${i + items.length}/${n} articles`);
    }
    console.log(`\rstore: built ${n} articles in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path} (${(statSync(path).size / 2 ** 20).toFixed(0)} MiB)`);
  } finally {
    store.close();
  }
}

/** Child process: serve the store on an ephemeral loopback port and report it. */
async function child(path: string): Promise<void> {
  const store = createStore({ path });
  const app = await createServer({ store, webRoot: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
  // 'cpu' starts or reads a CPU-time measurement (steadier than latency on a shared machine); 'stop' ends.
  let cpu = process.cpuUsage();
  process.on('message', async (message) => {
    if (message === 'cpu-start') cpu = process.cpuUsage();
    else if (message === 'cpu-read') {
      const used = process.cpuUsage(cpu);
      process.send!({ cpuMs: (used.user + used.system) / 1000 });
    } else {
      await app.close();
      store.close();
      process.exit(0);
    }
  });
}

/** GETs a URL, reads the whole body, and resolves with the status. */
function get(agent: Agent, url: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = httpGet(url, { agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => ok(res.statusCode ?? 0));
      res.on('error', fail);
    });
    req.on('error', fail);
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Request {
  readonly kind: string;
  readonly url: string;
}

/** Fires `requests` with `concurrency` in flight; returns latencies per kind and the wall time. */
async function load(base: string, plan: readonly Request[], concurrency: number): Promise<{ latencies: Map<string, number[]>; ms: number; errors: number }> {
  const latencies = new Map<string, number[]>();
  // node:http with a keep-alive pool of one socket per worker: the load is exactly `concurrency`
  // connections, and no client-side idle timer races the server (undici's fetch pool did, as ECONNRESET).
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  let done = 0;
  let errors = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < plan.length) {
      const request = plan[next++]!;
      const t = performance.now();
      try {
        const status = await get(agent, base + request.url);
        if (status !== 200) errors++;
      } catch (error) {
        errors++;
        if (errors <= 3) console.error(`request failed: ${request.url}: ${(error as Error).message}`);
      }
      const ms = performance.now() - t;
      latencies.set(request.kind, [...(latencies.get(request.kind) ?? []), ms]);
      if (++done % 100 === 0) process.stdout.write(`\rload: ${done}/${plan.length} requests`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { latencies, ms: performance.now() - started, errors };
}

async function main(argv: readonly string[]): Promise<void> {
  const n = Number(flag(argv, '--articles', '100000'));
  const total = Number(flag(argv, '--requests', '2000'));
  const concurrency = Number(flag(argv, '--concurrency', '8'));
  const path = resolve(flag(argv, '--db', join(tmpdir(), `crosswire-bench-serve-${n}.db`)));
  ensureStore(path, n, argv.includes('--rebuild'));

  const server: ChildProcess = fork(fileURLToPath(import.meta.url), ['--child', path], { execArgv: ['--import', 'tsx'] });
  const { port } = await new Promise<{ port: number }>((ok) => server.once('message', (m) => ok(m as { port: number })));
  const base = `http://127.0.0.1:${port}`;
  try {
    const health = (await (await fetch(`${base}/api/health`)).json()) as { articles: number; views: { stories: boolean } };
    const pools = loadSentencePools(resolve('../shared/data'), resolve('../shared/seeds'));
    const mix = flag(argv, '--terms', 'mixed') === 'common' ? 'common' : 'mixed';
    // Share of searches with language + date filters (see docs/benchmarks.md: the store's plan for
    // those drives from the filter index, so they can take seconds at 100k until that is fixed).
    const filteredShare = Number(flag(argv, '--filtered', '0.3'));
    const terms = searchTerms(pools, 40, mix);
    const random = createRandom(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const languages = [...pools.keys()];
    // Story ids when the story view exists; else the story page's per-article reads.
    const storyIds = health.views.stories
      ? ((await (await fetch(`${base}/api/stories?limit=1000`)).json()) as { items: { id: string }[] }).items.map((s) => s.id)
      : [];
    const plan: Request[] = Array.from({ length: total }, (_, i) => {
      if (i % 2 === 0) {
        const q = encodeURIComponent(pick(terms));
        const filtered = random() < filteredShare ? `&language=${pick(languages)}&since=2025` : '';
        return { kind: filtered ? 'search+filters' : 'search', url: `/api/search?q=${q}${filtered}` };
      }
      return storyIds.length
        ? { kind: 'story', url: `/api/stories/${encodeURIComponent(pick(storyIds))}` }
        : { kind: 'article (story page)', url: `/api/articles/serve-${Math.floor(random() * health.articles)}` };
    });
    await load(base, plan.slice(0, Math.min(200, plan.length)), concurrency); // warm-up: page cache, statement cache, JIT
    server.send('cpu-start');
    const { latencies, ms, errors } = await load(base, plan, concurrency);
    const cpuMs = await new Promise<number>((ok) => {
      server.once('message', (m) => ok((m as { cpuMs: number }).cpuMs));
      server.send('cpu-read');
    });
    console.log(`\n${health.articles} articles, ${total} requests, ${concurrency} concurrent, ${errors} errors, ${mix} search terms; stories view: ${health.views.stories ? 'yes' : 'no (article reads instead)'}`);
    console.log('endpoint               n     p50 ms   p95 ms   p99 ms   max ms');
    const all: number[] = [];
    for (const [kind, values] of [...latencies].sort()) {
      const sorted = [...values].sort((a, b) => a - b);
      all.push(...values);
      console.log(`${kind.padEnd(22)} ${String(values.length).padStart(5)} ${[50, 95, 99, 100].map((p) => percentile(sorted, p).toFixed(1).padStart(8)).join(' ')}`);
    }
    all.sort((a, b) => a - b);
    console.log(`${'all'.padEnd(22)} ${String(all.length).padStart(5)} ${[50, 95, 99, 100].map((p) => percentile(all, p).toFixed(1).padStart(8)).join(' ')}`);
    console.log(`throughput: ${(total / (ms / 1000)).toFixed(1)} requests/s (wall); server CPU ${(cpuMs / total).toFixed(1)} ms per request → ${(total / (cpuMs / 1000)).toFixed(1)} requests per CPU-second`);
    console.log(`load average during the run: ${loadavg().map((x) => x.toFixed(1)).join(', ')} on ${availableParallelism()} cores`);
  } finally {
    server.send('stop');
    await new Promise((ok) => server.once('exit', ok));
  }
}

if (process.argv.includes('--child')) await child(process.argv[process.argv.indexOf('--child') + 1]!);
else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
