/**
 * Story assignment cost per article at 1k and 100k stored articles (in-memory index):
 * `node --import tsx bench/stories.ts [sizes…]`. The index is prefilled with
 * synthetic feature sets drawn from the same Zipf-distributed vocabulary (Zipf 1949) and name pool
 * as the measured articles, which go through the whole assignment: features, duplicate check,
 * candidate retrieval, scoring. Prints milliseconds per article; no thresholds (docs/benchmarks.md).
 */
import { bandKeys } from '../src/corpus/dedup/index.js';
import { createStoryClusterer } from '../src/corpus/stories/clusterer.js';
import { rulesForLanguage } from '../src/corpus/stories/defaults.js';
import type { StoryFeatures } from '../src/corpus/stories/features.js';
import { createMemoryStoryIndex } from '../src/corpus/stories/memory-index.js';
import { nameKey } from '../src/corpus/stories/name-key.js';
import type { IndexedArticle, StoryIndex } from '../src/corpus/stories/story-index.js';
import { buildAnalysis } from '../src/corpus/stories/testing.js';
import { createRandom as random } from '../src/util/random.js';

const VOCABULARY = 20_000;
const NAMES = 5_000;
const WORDS_PER_ARTICLE = 250;
const NAMES_PER_ARTICLE = 8;
const MEASURED = 300;


const SYLLABLES = ['ka', 'ro', 'vin', 'sha', 'mel', 'dor', 'tu', 'nes', 'bar', 'gol', 'fi', 'zan', 'pek', 'lum', 'tor', 'hes'];
const words = Array.from({ length: VOCABULARY }, (_, i) => 'w' + i.toString(36));
const names = Array.from({ length: NAMES }, (_, i) => {
  const s = (k: number) => SYLLABLES[(i * 7 + k * 13 + (i >> k)) % SYLLABLES.length]!;
  const n = s(0) + s(1) + s(2) + (i % 97).toString(36).replace(/\d/g, '');
  return n[0]!.toUpperCase() + n.slice(1);
});

// Zipf rank sampling by inverse transform over a harmonic table.
function zipf(n: number, rand: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function sampleArticle(rand: () => number, pickWord: () => number): { text: string; words: string[]; names: string[]; numbers: number[] } {
  const topic = Math.floor(rand() * (NAMES / NAMES_PER_ARTICLE));
  const ws = Array.from({ length: WORDS_PER_ARTICLE }, () => words[pickWord()]!);
  const ns = Array.from({ length: NAMES_PER_ARTICLE }, (_, k) => names[(topic * NAMES_PER_ARTICLE + k + Math.floor(rand() * 3)) % NAMES]!);
  const numbers = [Math.floor(rand() * 5000) + 13, Math.floor(rand() * 5000) + 13];
  const text = [...ws.slice(0, 120), ...ns, ...ws.slice(120), String(numbers[0]), String(numbers[1])].join(' ') + '.';
  return { text, words: ws, names: ns, numbers };
}

// Prefills without analysing text: the same keys extraction would give, written straight to the index.
function prefill(index: StoryIndex, n: number, rand: () => number, pickWord: () => number): void {
  for (let i = 0; i < n; i++) {
    const a = sampleArticle(rand, pickWord);
    const counts: Record<string, number> = {};
    for (const w of a.words) counts[`t:en:${w}`] = (counts[`t:en:${w}`] ?? 0) + 1;
    for (const name of a.names) {
      const key = nameKey(name.toLowerCase());
      if (key) counts[`n:${key}`] = (counts[`n:${key}`] ?? 0) + 1;
    }
    for (const x of a.numbers) counts[`#:${x}`] = 1;
    const features: StoryFeatures = { articleId: `p${i}`, language: 'en', when: { day: null, dayOfYear: null, published: null }, counts, people: {} };
    const signature = Array.from({ length: 64 }, () => Math.floor(rand() * 2 ** 32));
    const storyId = `story-${i}`;
    const article: IndexedArticle = {
      id: `p${i}`,
      seq: i + 1,
      storyId,
      duplicateOf: null,
      features,
      signature,
      meta: { title: null, source: null, url: null, language: 'en', publishedAt: null, eventDate: null, lead: '', entities: [], quotes: [] },
      decision: { action: 'started', storyId, threshold: 0, best: null, others: [], duplicate: null, compared: 0, postingsRead: 0 },
    };
    // Prefilled articles are posted under all their keys (the clusterer posts only its most telling
    // terms), so retrieval here reads at least as many postings as in real use.
    const keys = [...Object.keys(counts), ...bandKeys(signature)];
    index.addArticle(article, { counted: keys, posted: keys }, { id: storyId, articleIds: [`p${i}`], firstDate: null, lastDate: null, lastSeq: i + 1 });
  }
}

/** Measures assignment cost per article with `stored` articles in the index. */
export function benchAssign(stored: number): { stored: number; msPerArticle: number; cpuMsPerArticle: number; compared: number; postingsRead: number } {
  const rand = random(42);
  const pickWord = zipf(VOCABULARY, rand);
  const index = createMemoryStoryIndex();
  prefill(index, stored, rand, pickWord);
  const clusterer = createStoryClusterer({ index, rules: rulesForLanguage });
  const analyses = Array.from({ length: MEASURED }, (_, i) => buildAnalysis({ id: `m${i}`, language: 'en', text: sampleArticle(rand, pickWord).text }));
  let compared = 0;
  let postingsRead = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const a of analyses) {
    const { decision } = clusterer.assign(a);
    compared += decision.compared;
    postingsRead += decision.postingsRead;
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  return { stored, msPerArticle: ms / MEASURED, cpuMsPerArticle: cpuMs / MEASURED, compared: compared / MEASURED, postingsRead: postingsRead / MEASURED };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const stored of sizes.length ? sizes : [1_000, 100_000]) {
    const r = benchAssign(stored);
    console.log(`${String(r.stored).padStart(7)} stored: ${r.msPerArticle.toFixed(2)} ms/article, ${r.cpuMsPerArticle.toFixed(2)} CPU ms (compared ${r.compared.toFixed(1)}, postings read ${r.postingsRead.toFixed(0)})`);
  }
}
