/**
 * ar/fa/ro/ru evaluation on real sentences: `eval/gold/time-multilingual.jsonl` points at sentences of
 * the NER corpora (ANERcorp, ArmanPersoNER, RONEC, factRuEval-2016) and the seed articles (text read
 * from the data folder, never copied) and lists every temporal expression with a hand-annotated TIMEX3
 * value; `XXXX` where the sentence does not give the year. `value: null` marks an expression whose
 * value depends on an unknown publication date (corpora without one): it counts for spans only.
 * Without an anchor, the engine runs with a placeholder anchor and `inferYear: false`, as the stage
 * does for an article whose date is unknown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractTimexes } from '../src/stages/time/index.js';
import { corpusSentences } from './time-sentences.js';

interface GoldLine {
  readonly lang: string;
  readonly corpus: string;
  readonly sentence: number;
  readonly anchor: string | null;
  readonly expect: readonly { text: string; value: string | null }[];
}

const GOLD = new URL('./gold/time-multilingual.jsonl', import.meta.url);
// Only relative expressions read it, and their gold value is null when the anchor is unknown.
const PLACEHOLDER_ANCHOR = new Date('2000-06-15T12:00:00Z');

interface LangCounts { gold: number; system: number; strict: number; relaxed: number; valued: number; valueOk: number }

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Scores the hand-annotated multilingual set; per language span F1 and value accuracy. */
export function evaluateMultilingual(dataDir: string, verbose: boolean): Record<string, number> {
  const lines = readFileSync(GOLD, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldLine);
  const counts = new Map<string, LangCounts>();
  for (const line of lines) {
    const path = line.corpus.startsWith('seeds/') ? `${dataDir}/../${line.corpus}` : `${dataDir}/${line.corpus}`;
    if (!existsSync(path)) {
      console.log(`multilingual: ${line.corpus} absent; skipped`);
      continue;
    }
    const text = corpusSentences(dataDir, line.corpus)[line.sentence]!;
    const c = counts.get(line.lang) ?? { gold: 0, system: 0, strict: 0, relaxed: 0, valued: 0, valueOk: 0 };
    counts.set(line.lang, c);
    const found = extractTimexes(text, line.lang, line.anchor ? new Date(`${line.anchor}T12:00:00Z`) : PLACEHOLDER_ANCHOR, {
      inferYear: line.anchor !== null,
    });
    c.system += found.length;
    c.gold += line.expect.length;
    const used = new Set<number>();
    let from = 0;
    for (const g of line.expect) {
      const start = text.indexOf(g.text, from);
      if (start < 0) throw new Error(`gold "${g.text}" not in ${line.corpus}#${line.sentence}`);
      from = start + g.text.length;
      const end = start + g.text.length;
      if (g.value !== null) c.valued++;
      const k = found.findIndex((s, i) => !used.has(i) && s.span.start < end && start < s.span.end);
      if (k < 0) {
        if (verbose) console.log(`MISS\t${line.lang}\t${g.text}\t${g.value}`);
        continue;
      }
      used.add(k);
      const s = found[k]!;
      c.relaxed++;
      if (s.span.start === start && s.span.end === end) c.strict++;
      if (g.value !== null && s.value === g.value) c.valueOk++;
      else if (g.value !== null && verbose) console.log(`VALUE\t${line.lang}\t${g.text}\t${g.value}\t${s.text}\t${s.value}`);
    }
    if (verbose) found.forEach((s, i) => used.has(i) || console.log(`EXTRA\t${line.lang}\t${s.text}\t${s.value}`));
  }
  const scores: Record<string, number> = {};
  console.log('Multilingual real-sentence set (eval/gold/time-multilingual.jsonl)');
  console.log('  lang  gold  found  strictF1  relaxedF1  valued  valueAcc');
  for (const [lang, c] of [...counts].sort()) {
    const strict = round(f1(c.strict / Math.max(1, c.system), c.strict / Math.max(1, c.gold)));
    const relaxed = round(f1(c.relaxed / Math.max(1, c.system), c.relaxed / Math.max(1, c.gold)));
    const value = round(c.valueOk / Math.max(1, c.valued));
    Object.assign(scores, { [`${lang}.time.strictF1`]: strict, [`${lang}.time.relaxedF1`]: relaxed, [`${lang}.time.valueAccuracy`]: value });
    console.log(`  ${lang.padEnd(4)}  ${String(c.gold).padStart(4)}  ${String(c.system).padStart(5)}  ${strict.toFixed(3).padStart(8)}  ${relaxed.toFixed(3).padStart(9)}  ${String(c.valued).padStart(6)}  ${value.toFixed(3).padStart(8)}`);
  }
  return scores;
}
