/**
 * Builds the benchmark corpus from ../shared/data texts: xling-dev news texts plus ~3 KB articles
 * assembled from the NER corpora's sentences (ar, fa, ro, en, ru). Replicated with distinct ids (and
 * a distinct closing line, so the store does not fold copies into duplicates) up to the size asked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One benchmark article, in the JSON Lines input format. */
export interface BenchArticle {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
}

// ~3 KB of text per assembled article, in paragraphs of four sentences (typical news layout).
const ARTICLE_CHARS = 3000;
const SENTENCES_PER_PARAGRAPH = 4;

/** Joins tokens into running text: no space before closing punctuation or after opening brackets. */
export function detokenize(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/\s+([.,;:!?،؛؟)\]»”])/gu, '$1')
    .replace(/([(\[«“])\s+/gu, '$1');
}

function conllSentences(path: string, sentenceEnd?: RegExp): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const token = line.split(/\s+/)[0] ?? '';
    if (!token || token === '-DOCSTART-') {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    current.push(token);
    if (sentenceEnd?.test(token)) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}

function assemble(language: string, sentences: readonly string[], into: BenchArticle[]): void {
  let paragraphs: string[] = [];
  let paragraph: string[] = [];
  let size = 0;
  const emit = () => {
    if (paragraph.length) paragraphs.push(paragraph.join(' '));
    if (paragraphs.length) {
      const text = paragraphs.join('\n\n');
      into.push({ id: `${language}-${into.length}`, title: paragraphs[0]!.slice(0, 80), text, publishedAt: '2025-08-20' });
    }
    paragraphs = [];
    paragraph = [];
    size = 0;
  };
  for (const sentence of sentences) {
    paragraph.push(sentence);
    size += sentence.length + 1;
    if (paragraph.length === SENTENCES_PER_PARAGRAPH) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
    if (size >= ARTICLE_CHARS) emit();
  }
  emit();
}

/** Reads the base corpus (unique texts) from the data folder. */
export function loadBaseCorpus(dataDir: string): BenchArticle[] {
  const out: BenchArticle[] = [];
  for (const line of readFileSync(join(dataDir, 'stories/xling-dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; title: string; text: string };
    out.push({ id: d.id, title: d.title, text: d.text, publishedAt: '2025-08-20' });
  }
  const ner = join(dataDir, 'ner');
  assemble('ar', conllSentences(join(ner, 'ar-anercorp-train.txt'), /^[.!?؟]$/u).map(detokenize), out);
  assemble('fa', conllSentences(join(ner, 'fa-arman-part1.txt')).map(detokenize), out);
  assemble('en', conllSentences(join(ner, 'en-conll2003-dev.txt')).map(detokenize), out);
  const ronec = JSON.parse(readFileSync(join(ner, 'ro-ronec-valid.json'), 'utf8')) as { tokens: string[] }[];
  assemble('ro', ronec.map((s) => detokenize(s.tokens)), out);
  const ru = join(ner, 'ru-factrueval-dev');
  const ruSentences = readdirSync(ru)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(ru, f), 'utf8').split(/(?<=[.!?])\s+/u));
  assemble('ru', ruSentences, out);
  return out;
}

/** Replicates the base corpus to `size` articles with distinct ids and texts. */
export function* replicate(base: readonly BenchArticle[], size: number): Generator<BenchArticle> {
  for (let i = 0; i < size; i++) {
    const a = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    yield copy === 0 ? a : { ...a, id: `${a.id}~${copy}`, text: `${a.text}\n\n#${copy}` };
  }
}
