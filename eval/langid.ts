/**
 * `npm run eval:langid`: language-identification accuracy per language on whole sentences and on
 * 2–8-word snippets from the NER corpora in ../shared/data/ner (each corpus has one known language).
 * Flags: `--limit=N` sentences per language (default 3000), `--snippets=N` per bucket (1000),
 * `--seed=N` for snippet sampling, `--memory` to also check that RSS stays flat over 20k calls,
 * `--speed` to time the langid stage on ~3 KB multi-paragraph articles (CPU time, one core).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadLanguage } from '../src/languages/index.js';
import { emptyAnalysis } from '../src/model/analysis.js';
import { createArticle } from '../src/model/article.js';
import type { StageContext } from '../src/pipeline/stage.js';
import { silentTrace } from '../src/pipeline/trace.js';
import { createLangidStage, createLanguageIdentifier, type LanguageIdentifier } from '../src/stages/langid/index.js';
import { createRandom } from '../src/util/random.js';

/** Sentences of one language. */
export interface LangSample {
  readonly language: string;
  readonly sentences: readonly string[];
}

// No space before closing punctuation, none after opening brackets (ASCII, Arabic and Persian marks).
const CLOSING = new Set(['.', ',', ':', ';', '!', '?', ')', ']', '}', '»', '"', '%', '…', '،', '؛', '؟', '٪']);
const OPENING = new Set(['(', '[', '{', '«']);
const SENTENCE_FINAL = new Set(['.', '!', '?', '؟', '…']);

/** Joins tokens into text the way a newspaper prints them. */
export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let glue = true;
  for (const token of tokens) {
    if (!glue && !CLOSING.has(token)) out += ' ';
    out += token;
    glue = OPENING.has(token);
  }
  return out;
}

// `token TAG` lines; blank lines end sentences when `blankEnds`, sentence-final tokens otherwise.
function readTokenLines(path: string, blankEnds: boolean): string[] {
  const sentences: string[] = [];
  let tokens: string[] = [];
  const flush = (): void => {
    if (tokens.length) sentences.push(detokenize(tokens));
    tokens = [];
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const token = line.trim().split(/\s+/)[0] ?? '';
    if (token === '-DOCSTART-') continue;
    if (token === '') {
      if (blankEnds) flush();
      continue;
    }
    tokens.push(token);
    if (!blankEnds && SENTENCE_FINAL.has(token)) flush();
  }
  flush();
  return sentences;
}

function readRonec(path: string): string[] {
  const records = JSON.parse(readFileSync(path, 'utf8')) as { tokens: string[]; space_after: boolean[] }[];
  return records.map((r) => r.tokens.map((t, i) => t + (r.space_after[i] ? ' ' : '')).join('').trim());
}

// factRuEval ships raw text: split after . ! ? … when the next word starts with a capital or a quote.
function readFactRuEval(dir: string): string[] {
  const sentences: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const paragraph of text.split(/\n+/)) {
      for (const s of paragraph.split(/(?<=[.!?…])\s+(?=[«"„А-ЯЁA-Z0-9])/u)) {
        if (s.trim()) sentences.push(s.trim());
      }
    }
  }
  return sentences;
}

/** Reads every available corpus; missing files are skipped with a note. */
export function readCorpora(dataDir: string): LangSample[] {
  const ner = join(dataDir, 'ner');
  const sources: [string, string[], () => string[]][] = [
    ['ar', ['ar-anercorp-train.txt'], () => readTokenLines(join(ner, 'ar-anercorp-train.txt'), false)],
    ['fa', ['fa-arman-part1.txt', 'fa-arman-part2.txt'], () => [
      ...readTokenLines(join(ner, 'fa-arman-part1.txt'), true),
      ...readTokenLines(join(ner, 'fa-arman-part2.txt'), true),
    ]],
    ['ro', ['ro-ronec-valid.json'], () => readRonec(join(ner, 'ro-ronec-valid.json'))],
    ['en', ['en-conll2003-dev.txt'], () => readTokenLines(join(ner, 'en-conll2003-dev.txt'), true)],
    ['ru', ['ru-factrueval-dev'], () => readFactRuEval(join(ner, 'ru-factrueval-dev'))],
  ];
  const out: LangSample[] = [];
  for (const [language, files, read] of sources) {
    if (!files.every((f) => existsSync(join(ner, f)))) {
      console.log(`langid: ${language} corpus absent under ${ner}, skipped`);
      continue;
    }
    out.push({ language, sentences: read() });
  }
  return out;
}

const LETTER = /\p{L}/u;

/** Words (white-space pieces with at least one letter) of a sentence. */
export function lettered(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => LETTER.test(w));
}


/** Snippet length buckets (words). */
export const BUCKETS = [[2, 3], [4, 5], [6, 8]] as const;

/** Draws `count` snippets of `min..max` consecutive lettered words from the sentences. */
export function drawSnippets(sentences: readonly string[], min: number, max: number, count: number, random: () => number): string[] {
  const pool = sentences.map(lettered).filter((w) => w.length >= min);
  const out: string[] = [];
  for (let i = 0; i < count && pool.length; i++) {
    const words = pool[Math.floor(random() * pool.length)]!;
    const n = Math.min(words.length, min + Math.floor(random() * (max - min + 1)));
    const start = Math.floor(random() * (words.length - n + 1));
    out.push(words.slice(start, start + n).join(' '));
  }
  return out;
}

// Sentence-final marks, Latin and Arabic script, optionally followed by closing quotes/brackets.
const ENDS_SENTENCE = /[.!?؟…]["»”')\]]*$/u;

/**
 * A prose sentence: at least 5 lettered words, ending in sentence-final punctuation, and at least
 * two thirds of its pieces lettered. This keeps CoNLL's sports tables, score lines and datelines
 * ("Pohang 3 Ulsan 2 (halftime 1-0)", "LONDON 1996-08-30") out of the sentence figure; they are
 * counted separately as "all lines".
 */
export function isProse(sentence: string): boolean {
  const pieces = sentence.split(/\s+/).filter(Boolean);
  const words = pieces.filter((w) => LETTER.test(w)).length;
  return words >= 5 && ENDS_SENTENCE.test(sentence) && words * 3 >= pieces.length * 2;
}

interface Tally {
  total: number;
  correct: number;
  undetermined: number;
  confusion: Map<string, number>;
}

function tally(identifier: LanguageIdentifier, language: string, texts: readonly string[]): Tally {
  const t: Tally = { total: 0, correct: 0, undetermined: 0, confusion: new Map() };
  for (const text of texts) {
    const guess = identifier.identify(text);
    t.total++;
    if (guess.language === language) t.correct++;
    else {
      if (guess.language === 'und') t.undetermined++;
      t.confusion.set(guess.language, (t.confusion.get(guess.language) ?? 0) + 1);
    }
  }
  return t;
}

const pct = (n: number, d: number, digits = 1): string => (d ? ((100 * n) / d).toFixed(digits) : '—');

function topConfusions(t: Tally, n = 4): string {
  return [...t.confusion].sort((a, b) => b[1] - a[1]).slice(0, n).map(([l, c]) => `${l} ${c}`).join(', ') || '—';
}

function flag(args: string[], name: string, fallback: number): number {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
}

/** Runs the evaluation, prints a Markdown table, and returns `<lang>.<measure>` accuracies (0–1). */
export async function evaluate({ dataDir, args }: { dataDir: string; args: string[] }): Promise<Record<string, number>> {
  const limit = flag(args, 'limit', 3000);
  const perBucket = flag(args, 'snippets', 1000);
  const random = createRandom(flag(args, 'seed', 20250806));
  const identifier = await createLanguageIdentifier();
  const scores: Record<string, number> = {};
  const rows: string[] = [];
  const confusions: string[] = [];
  let timedSentences = 0;
  let timedMs = 0;
  try {
    for (const { language, sentences } of readCorpora(dataDir)) {
      const prose = sentences.filter(isProse).slice(0, limit);
      const lines = sentences.filter((s) => LETTER.test(s)).slice(0, limit);
      const started = performance.now();
      const sent = tally(identifier, language, prose);
      timedMs += performance.now() - started;
      timedSentences += prose.length;
      const all = tally(identifier, language, lines);
      const cells = [`${pct(sent.correct, sent.total, 2)} (${sent.total})`, `${pct(all.correct, all.total)} (${all.total})`];
      scores[`${language}.sentences`] = sent.correct / Math.max(1, sent.total);
      confusions.push(`| ${language} | sentences | ${topConfusions(sent)} |`);
      for (const [min, max] of BUCKETS) {
        const t = tally(identifier, language, drawSnippets(prose, min, max, perBucket, random));
        cells.push(`${pct(t.correct, t.total)} / ${pct(t.undetermined, t.total)}`);
        scores[`${language}.snippets${min}-${max}`] = t.correct / Math.max(1, t.total);
        confusions.push(`| ${language} | ${min}–${max} words | ${topConfusions(t)} |`);
      }
      rows.push(`| ${language} | ${cells.join(' | ')} |`);
    }
  } finally {
    identifier.dispose();
  }
  console.log('| lang | sentences % (n) | all lines % (n) | 2–3 words % / und % | 4–5 words % / und % | 6–8 words % / und % |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log('\n| lang | set | mistaken for (count) |\n|---|---|---|');
  for (const row of confusions) console.log(row);
  if (args.includes('--memory')) await checkMemory(dataDir);
  if (args.includes('--speed')) await timeStage(dataDir);
  const perSecond = timedSentences / (timedMs / 1000);
  console.log(`\nthroughput: ${Math.round(perSecond)} sentences/s (${timedSentences} prose sentences, one core)`);
  scores['throughput.sentencesPerSecond'] = perSecond;
  return scores;
}

/** Identifies 20k texts in a loop and prints RSS along the way: it must stay flat (native vectors freed). */
async function checkMemory(dataDir: string): Promise<void> {
  const texts = readCorpora(dataDir).flatMap((c) => c.sentences.filter(isProse).slice(0, 400));
  const identifier = await createLanguageIdentifier();
  const mb = (): string => (process.memoryUsage().rss / 2 ** 20).toFixed(1);
  const marks: string[] = [];
  try {
    for (let i = 0; i < 2000; i++) identifier.identify(texts[i % texts.length]!);
    marks.push(`after warm-up ${mb()} MB`);
    for (let i = 1; i <= 20000; i++) {
      identifier.identify(texts[i % texts.length]!);
      if (i % 5000 === 0) marks.push(`${i}: ${mb()} MB`);
    }
  } finally {
    identifier.dispose();
  }
  console.log(`\nmemory (RSS): ${marks.join(', ')}`);
}

/**
 * Times the stage on ~3 KB articles: three texts of one language from stories/xling-dev.jsonl
 * joined by blank lines (≈ 3.3 KB, 3–10 paragraphs). CPU time, so other processes on the machine
 * distort it less than wall time.
 */
async function timeStage(dataDir: string): Promise<void> {
  const path = join(dataDir, 'stories', 'xling-dev.jsonl');
  if (!existsSync(path)) return console.log(`speed: ${path} absent, skipped`);
  const byLanguage = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').trim().split('\n')) {
    const { lang, text } = JSON.parse(line) as { lang: string; text: string };
    byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), text]);
  }
  const inputs = [...byLanguage.values()].flatMap((texts) =>
    Array.from({ length: Math.floor(texts.length / 3) }, (_, i) =>
      emptyAnalysis(createArticle({ text: texts.slice(i * 3, i * 3 + 3).join('\n\n') }, `a${i}`)),
    ),
  );
  const identifier = await createLanguageIdentifier();
  const stage = createLangidStage(identifier);
  const ctx: StageContext = { reference: new Date(0), now: new Date(0), language: loadLanguage, trace: silentTrace, report: () => {} };
  try {
    for (const input of inputs) await stage.run(input, ctx);
    const rounds = 5;
    const started = process.cpuUsage().user;
    for (let r = 0; r < rounds; r++) for (const input of inputs) await stage.run(input, ctx);
    const msPerArticle = (process.cpuUsage().user - started) / 1000 / (rounds * inputs.length);
    const chars = inputs.reduce((sum, a) => sum + a.article.text.length, 0) / inputs.length;
    console.log(`\nspeed: langid stage ${msPerArticle.toFixed(3)} ms CPU per article (${inputs.length} articles of ${Math.round(chars)} chars avg), ${Math.round(1000 / msPerArticle)} articles/s`);
  } finally {
    identifier.dispose();
  }
}
