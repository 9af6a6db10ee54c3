/**
 * The corpus of `npm run bench:serve`: 100k distinct, realistic articles built quickly without
 * the pipeline. Each article is 12–24 real sentences of one language drawn (deterministically)
 * from the NER corpora in ../shared/data/ner — so words follow a natural distribution and search
 * has realistic posting lists — or, without that folder, from the seed articles' sentences.
 * Metadata is varied the way a news store is: outlets per language, dates over two years, and a
 * record with entities (real QIDs), timexes and quotes whose offsets point into the text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SaveItem } from '../src/store/store.js';
import { makeSaveItem } from '../src/store/test-items.js';
import { createRandom } from '../src/util/random.js';
import { detokenize } from './corpus.js';

/** Sentences per language. */
export type SentencePools = Map<string, string[]>;

// Outlets per language (real names, so the source facet looks like production).
const OUTLETS: Readonly<Record<string, readonly string[]>> = {
  ar: ['SANA', 'Al Jazeera', 'IRNA Arabic', 'Al Mayadeen', 'RT Arabic'],
  fa: ['IRNA', 'Tasnim', 'Radio Farda', 'BBC Persian', 'Hamshahri'],
  ro: ['Digi24', 'Agerpres', 'HotNews', 'Libertatea', 'G4Media'],
  en: ['Reuters', 'AP', 'BBC', 'The Guardian', 'Al Jazeera English'],
  ru: ['TASS', 'RIA Novosti', 'Interfax', 'Kommersant', 'BelTA'],
};
const ENTITIES = [
  { id: 'Q2866', type: 'PER', name: 'Alexander Lukashenko' },
  { id: 'Q7747', type: 'PER', name: 'Vladimir Putin' },
  { id: 'Q184', type: 'GPE', name: 'Belarus' },
  { id: 'Q794', type: 'GPE', name: 'Iran' },
  { id: 'Q2280', type: 'GPE', name: 'Minsk' },
  { id: 'Q3616', type: 'GPE', name: 'Tehran' },
];
const DAY_MS = 86_400_000;
const START = Date.UTC(2024, 0, 1);



function conll(path: string, end: RegExp | null): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 3) out.push(detokenize(current));
    current = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const token = line.split(/\s+/)[0] ?? '';
    if (!token || token === '-DOCSTART-') flush();
    else {
      current.push(token);
      if (end?.test(token)) flush();
    }
  }
  flush();
  return out;
}

/** Loads sentence pools from ../shared/data/ner, else splits the seed texts. */
export function loadSentencePools(dataDir: string, seedsDir: string): SentencePools {
  const pools: SentencePools = new Map();
  const ner = join(dataDir, 'ner');
  if (existsSync(ner)) {
    pools.set('ar', conll(join(ner, 'ar-anercorp-train.txt'), /^[.!?؟]$/u));
    pools.set('fa', conll(join(ner, 'fa-arman-part1.txt'), /^[.!?؟]$/u));
    pools.set('en', conll(join(ner, 'en-conll2003-dev.txt'), null));
    const ronec = JSON.parse(readFileSync(join(ner, 'ro-ronec-valid.json'), 'utf8')) as { tokens: string[] }[];
    pools.set('ro', ronec.map((s) => detokenize(s.tokens)));
    const ru = join(ner, 'ru-factrueval-dev');
    pools.set('ru', readdirSync(ru).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => readFileSync(join(ru, f), 'utf8').split(/(?<=[.!?])\s+/u)).filter((s) => s.length > 20));
    return pools;
  }
  if (!existsSync(seedsDir)) throw new Error(`bench:serve needs ${ner} or ${seedsDir} for article text`);
  for (const f of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(seedsDir, f), 'utf8');
    const language = /[\u0600-\u06ff]/.test(text) ? (/[پچژگ]/.test(text) ? 'fa' : 'ar') : 'ro';
    pools.set(language, [...(pools.get(language) ?? []), ...text.split(/(?<=[.!?؟])\s+/u).filter((s) => s.length > 20)]);
  }
  return pools;
}

/** Builds article `i` of the corpus (deterministic in `i`). */
export function buildItem(pools: SentencePools, i: number): SaveItem {
  const random = createRandom(i * 2654435761);
  const languages = [...pools.keys()];
  const language = languages[i % languages.length]!;
  const pool = pools.get(language)!;
  const count = 12 + Math.floor(random() * 13);
  const sentences = Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)]!);
  const paragraphs: string[] = [];
  for (let k = 0; k < sentences.length; k += 4) paragraphs.push(sentences.slice(k, k + 4).join(' '));
  const text = paragraphs.join('\n\n');
  const title = sentences[0]!.slice(0, 100);
  const outlets = OUTLETS[language] ?? OUTLETS.en!;
  const day = Math.floor(random() * 730);
  const publishedAt = new Date(START + day * DAY_MS + Math.floor(random() * DAY_MS)).toISOString().slice(0, 19) + 'Z';
  const item = makeSaveItem({ id: `serve-${i}`, text, title, url: `https://news.example/${language}/${i}`, source: outlets[i % outlets.length]!, publishedAt, language });
  return { ...item, record: recordFor(item, text, random, publishedAt) };
}

// A record shaped like toRecord's, offsets inside the text, about 2–3 KB like a real analysis.
function recordFor(item: SaveItem, text: string, random: () => number, date: string): object {
  const span = () => {
    const start = Math.floor(random() * Math.max(1, text.length - 20));
    return { start, end: start + 12, text: text.slice(start, start + 12) };
  };
  const entities = ENTITIES.filter(() => random() < 0.5).map((e) => ({ ...e, mentions: [{ ...span(), form: 'name' }, { ...span(), form: 'name' }] }));
  return {
    ...item.record,
    schema: 1,
    url: item.article.url,
    source: item.article.source,
    publishedAt: date,
    entities,
    timexes: Array.from({ length: 3 }, () => ({ ...span(), type: 'DATE', value: date.slice(0, 10) })),
    quotes: Array.from({ length: 2 }, () => ({ ...span(), direct: true, speaker: entities[0] ? { id: entities[0].id, name: entities[0].name } : null, via: null, cue: null, stance: null })),
    events: [],
    story: null,
    diagnostics: [],
  };
}

/** Which words the load searches for. */
export type TermMix = 'mixed' | 'common';

/**
 * Words a reader would search for in each language. `common`: the 21st–60th most frequent words
 * of 5+ letters (each matches a large share of the corpus: the worst case for ranking). `mixed`:
 * ranks drawn log-uniformly from 20 to 5,000, so frequent and rare words both occur, as in real
 * query logs (Zipfian); names and topics sit in that range.
 */
export function searchTerms(pools: SentencePools, perLanguage: number, mix: TermMix = 'mixed'): string[] {
  const terms: string[] = [];
  const random = createRandom(7);
  for (const sentences of pools.values()) {
    const counts = new Map<string, number>();
    for (const s of sentences.slice(0, 5000)) for (const w of s.split(/[^\p{L}]+/u)) if (w.length >= 5) counts.set(w, (counts.get(w) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
    if (mix === 'common') terms.push(...ranked.slice(20, 20 + perLanguage));
    else for (let k = 0; k < perLanguage; k++) terms.push(ranked[Math.min(ranked.length - 1, Math.floor(20 * Math.pow(250, random())))]!);
  }
  return terms;
}
