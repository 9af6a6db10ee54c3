/**
 * Throughput of saveBatch on a real file: N synthetic-but-realistic articles (the seed texts, or
 * built-in real sentences when ../shared/seeds is absent, each made distinct by a varied sentence),
 * in batches of 200, with a JSON record the size of a typical analysis.
 * Usage: node --import tsx bench/store.ts [articles=10000] [batch=200]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStore } from '../src/store/index.js';
import type { SaveItem } from '../src/store/store.js';
import { makeSaveItem, readSeedTexts } from '../src/store/test-items.js';

/** Options for {@link benchSaveBatch}. */
export interface SaveBenchOptions {
  readonly articles?: number;
  readonly batchSize?: number;
  readonly fullSync?: boolean;
}

/** What one run measured. */
export interface SaveBenchResult {
  readonly articles: number;
  readonly batchSize: number;
  readonly fullSync: boolean;
  readonly averageTextChars: number;
  readonly averageRecordBytes: number;
  /** Building the items (fold + hash input), outside saveBatch. */
  readonly prepareMs: number;
  readonly saveMs: number;
  /** CPU time (user + system) of the save phase: steadier than wall time on a shared machine. */
  readonly saveCpuMs: number;
  readonly articlesPerSecond: number;
  readonly articlesPerCpuSecond: number;
  readonly databaseBytes: number;
}

const FALLBACK_TEXTS = [
  'Belarus și Iran intenționează să aprofundeze relațiile bilaterale în toate domeniile, inclusiv în apărare, au declarat președinții lor miercuri, la Minsk. ',
  'پزشکیان برای مقابله با تحریمهای غرب، به رییس‌جمهور بلاروس مشاوره می‌دهد و از گسترش همکاری‌ها سخن می‌گوید. ',
  'قال الرئيسان البيلاروسي ألكسندر لوكاشينكو والإيراني مسعود بيزشكيان، الأربعاء، خلال محادثات في مينسك، إن البلدين يعتزمان تعزيز العلاقات. ',
].map((s) => s.repeat(22));

/**
 * Saves `articles` distinct articles into a fresh temporary store and times it.
 * @example benchSaveBatch({ articles: 10_000 }).articlesPerSecond
 */
export function benchSaveBatch(options: SaveBenchOptions = {}): SaveBenchResult {
  const n = options.articles ?? 10_000;
  const batchSize = options.batchSize ?? 200;
  const bases = [...(readSeedTexts()?.values() ?? FALLBACK_TEXTS)];
  const dir = mkdtempSync(join(tmpdir(), 'crosswire-bench-'));
  const path = join(dir, 'bench.db');
  try {
    let t = performance.now();
    const items = Array.from({ length: n }, (_, i) => benchItem(bases, i));
    const prepareMs = performance.now() - t;
    const store = createStore({ path, fullSync: options.fullSync });
    t = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < n; i += batchSize) store.saveBatch(items.slice(i, i + batchSize));
    const saveMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const saveCpuMs = (used.user + used.system) / 1000;
    store.close();
    const databaseBytes = statSync(path).size;
    return {
      articles: n,
      batchSize,
      fullSync: options.fullSync ?? false,
      averageTextChars: Math.round(items.reduce((sum, it) => sum + it.article.text.length, 0) / n),
      averageRecordBytes: Math.round(items.reduce((sum, it) => sum + JSON.stringify(it.record).length, 0) / n),
      prepareMs,
      saveMs,
      saveCpuMs,
      articlesPerSecond: n / (saveMs / 1000),
      articlesPerCpuSecond: n / (saveCpuMs / 1000),
      databaseBytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A seed text plus one varied sentence, so every article is distinct (no duplicates).
function benchItem(bases: readonly string[], i: number): SaveItem {
  const base = bases[i % bases.length]!;
  const text = `${base}\n\nActualizare ${i}: ministerul a confirmat ${(i * 7919) % 100_000} de semnături până la ora ${i % 24}.`;
  const day = String((i % 28) + 1).padStart(2, '0');
  const item = makeSaveItem({
    id: `bench-${i}`,
    text,
    title: base.slice(0, 80),
    url: `https://news.example/${i % 5}/article-${i}`,
    source: ['Digi24', 'SANA', 'IRNA', 'Radio Farda', 'Reuters'][i % 5],
    publishedAt: `2024-10-${day}T08:00:00Z`,
    language: ['ro', 'ar', 'fa', 'ar', 'ar'][i % 5],
  });
  return { ...item, record: typicalRecord(item, text) };
}

// About what toRecord emits for a news article: a dozen entities with mentions, a few dates and quotes.
function typicalRecord(item: SaveItem, text: string): object {
  const at = (k: number) => ({ start: k * 97, end: k * 97 + 12, text: text.slice(k * 97, k * 97 + 12) });
  return {
    ...item.record,
    entities: Array.from({ length: 12 }, (_, k) => ({ id: `Q${1000 + k}`, type: 'PER', name: `Name ${k}`, mentions: [at(k), at(k + 12)] })),
    timexes: Array.from({ length: 4 }, (_, k) => ({ ...at(k + 3), type: 'DATE', value: '2024-10-02' })),
    quotes: Array.from({ length: 3 }, (_, k) => ({ ...at(k + 5), direct: true, speaker: { id: 'Q1000', name: 'Name 0' }, via: null, cue: at(k + 6), stance: 'neutral' })),
    events: [],
    diagnostics: [],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const articles = Number(process.argv[2] ?? 10_000);
  const batchSize = Number(process.argv[3] ?? 200);
  for (const fullSync of [false, true]) {
    const r = benchSaveBatch({ articles, batchSize, fullSync });
    console.log(
      `saveBatch ${r.articles} articles (avg ${r.averageTextChars} chars, record ${r.averageRecordBytes} B), batch ${r.batchSize}, ` +
        `synchronous=${fullSync ? 'FULL' : 'NORMAL'}: ${r.articlesPerSecond.toFixed(0)} articles/s wall, ` +
        `${r.articlesPerCpuSecond.toFixed(0)} per CPU-second (${r.saveMs.toFixed(0)} ms, CPU ${r.saveCpuMs.toFixed(0)} ms; ` +
        `items built in ${r.prepareMs.toFixed(0)} ms); db ${(r.databaseBytes / 2 ** 20).toFixed(1)} MiB`,
    );
  }
}
