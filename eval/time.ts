/**
 * `npm run eval:time`: TIMEX3 recognition and normalisation.
 * 1. TempEval-3 training data (TimeBank + AQUAINT, English, DCT as anchor): strict and relaxed span
 *    P/R/F1, type accuracy, value accuracy and value F1 as the TempEval-3 scorer defines them
 *    (value F1 = F1 over timexes whose span overlaps gold and whose value matches).
 * 2. ar/fa/ro/ru gold built by hand from real sentences of the NER corpora and the seed articles
 *    (eval/gold/time-multilingual.jsonl): the text is read from the data folder at run time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTimexes } from '../src/stages/time/index.js';
import { parseTimeML } from './time-tml.js';
import { evaluateMultilingual } from './time-multilingual.js';

interface Counts {
  system: number;
  gold: number;
  strict: number;
  relaxed: number;
  typeOk: number;
  valueOk: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number): number => Math.round(x * 1000) / 1000;

function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tmlFiles(p));
    else if (entry.name.endsWith('.tml')) out.push(p);
  }
  return out.sort();
}

/** Scores one document's system timexes against gold (one-to-one, first overlapping match). */
function scoreDoc(doc: ReturnType<typeof parseTimeML>, counts: Counts, errors: string[]): void {
  const system = extractTimexes(doc.text, 'en', new Date(`${doc.dct}T12:00:00Z`));
  counts.system += system.length;
  counts.gold += doc.timexes.length;
  const used = new Set<number>();
  for (const g of doc.timexes) {
    const k = system.findIndex((s, i) => !used.has(i) && s.span.start < g.end && g.start < s.span.end);
    if (k < 0) {
      errors.push(`MISS\t${g.text}\t${g.type}\t${g.value}\t${doc.dct}`);
      continue;
    }
    used.add(k);
    const s = system[k]!;
    counts.relaxed++;
    if (s.span.start === g.start && s.span.end === g.end) counts.strict++;
    if (s.type === g.type) counts.typeOk++;
    if (s.value === g.value) counts.valueOk++;
    else errors.push(`VALUE\t${g.text}\t${g.value}\t${s.text}\t${s.value}\t${doc.dct}`);
  }
  system.forEach((s, i) => {
    if (!used.has(i)) errors.push(`EXTRA\t${s.text}\t${s.type}\t${s.value}\t${doc.dct}`);
  });
}

function tempEval(dir: string, verbose: boolean): Record<string, number> {
  const counts: Counts = { system: 0, gold: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 };
  const errors: string[] = [];
  const files = tmlFiles(dir);
  for (const file of files) scoreDoc(parseTimeML(readFileSync(file, 'utf8')), counts, errors);
  const P = (n: number) => n / Math.max(1, counts.system);
  const R = (n: number) => n / Math.max(1, counts.gold);
  const scores = {
    'en.tempeval3.strictF1': round(f1(P(counts.strict), R(counts.strict))),
    'en.tempeval3.relaxedF1': round(f1(P(counts.relaxed), R(counts.relaxed))),
    'en.tempeval3.relaxedP': round(P(counts.relaxed)),
    'en.tempeval3.relaxedR': round(R(counts.relaxed)),
    'en.tempeval3.typeAccuracy': round(counts.typeOk / Math.max(1, counts.relaxed)),
    'en.tempeval3.valueAccuracy': round(counts.valueOk / Math.max(1, counts.relaxed)),
    'en.tempeval3.valueF1': round(f1(P(counts.valueOk), R(counts.valueOk))),
  };
  console.log(`TempEval-3 train (${files.length} documents, ${counts.gold} gold TIMEX3, ${counts.system} found)`);
  for (const [k, v] of Object.entries(scores)) console.log(`  ${k.padEnd(30)} ${v.toFixed(3)}`);
  if (verbose) for (const e of errors) console.log(e);
  return scores;
}

/** Runs both evaluations; `--verbose` lists every miss, extra and wrong value. */
export async function evaluate({ dataDir, args }: { dataDir: string; args: string[] }): Promise<Record<string, number>> {
  const verbose = args.includes('--verbose');
  let scores: Record<string, number> = {};
  const tempevalDir = join(dataDir, 'time', 'en-tempeval3-train');
  if (existsSync(tempevalDir)) scores = { ...scores, ...tempEval(tempevalDir, verbose) };
  else console.log(`TempEval-3 data absent at ${tempevalDir}; skipped`);
  scores = { ...scores, ...evaluateMultilingual(dataDir, verbose) };
  return scores;
}
