/**
 * Reads one sentence of a corpus in ../shared/data by reference, so gold files can point at real
 * text without copying it: `{ corpus, sentence }` where `sentence` is the 0-based index of
 * - `ner/fa-arman-*.txt`: a blank-line-separated sentence (tokens joined by spaces);
 * - `ner/ar-anercorp-train.txt`: a stretch of tokens ending with a "." token (the file has no breaks);
 * - `ner/ro-ronec-valid.json`: a sentence record (tokens joined by its `space_after`);
 * - `ner/ru-factrueval-dev/*.txt` and `seeds/*.txt`: a non-empty line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, string[]>();

function conllSentences(raw: string, splitOnPeriod: boolean): string[] {
  const out: string[] = [];
  let words: string[] = [];
  const flush = () => {
    if (words.length) out.push(words.join(' '));
    words = [];
  };
  for (const line of raw.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      if (!splitOnPeriod) flush();
      continue;
    }
    const token = trimmed.split(/\s+/)[0]!;
    words.push(token);
    if (splitOnPeriod && token === '.') flush();
  }
  flush();
  return out;
}

function ronecSentences(raw: string): string[] {
  const data = JSON.parse(raw) as { tokens: string[]; space_after: boolean[] }[];
  return data.map((s) => s.tokens.map((t, i) => t + (s.space_after[i] ? ' ' : '')).join('').trim());
}

function lines(raw: string): string[] {
  return raw.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

/** All sentences of a corpus file (cached). `root` is the data folder; `seeds/` is its sibling. */
export function corpusSentences(root: string, corpus: string): string[] {
  const hit = cache.get(corpus);
  if (hit) return hit;
  const path = corpus.startsWith('seeds/') ? join(root, '..', corpus) : join(root, corpus);
  const raw = readFileSync(path, 'utf8');
  let out: string[];
  if (corpus.includes('anercorp')) out = conllSentences(raw, true);
  else if (corpus.includes('arman')) out = conllSentences(raw, false);
  else if (corpus.endsWith('.json')) out = ronecSentences(raw);
  else out = lines(raw);
  cache.set(corpus, out);
  return out;
}
