/**
 * Measures entity recognition alone (KB matching, linking, roles; no tagger) in CPU time per
 * article and per 3 KB of UTF-8 text, over the texts of ../shared/data/stories/xling-dev.jsonl
 * (five languages), after a warm-up pass. Also reports the one-off KB load + lexicon build.
 * Run: `node --import tsx scripts/kb/bench-recognition.ts [--data DIR] [--rounds 5]`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clearKnowledgeBaseCache, loadKnowledgeBase } from '../../src/kb/index.js';
import { isSupportedLanguage, loadLanguage } from '../../src/languages/index.js';
import { recognizeEntities, type RecognizeInput } from '../../src/stages/entities/index.js';
import { segmentSentences, tokenize } from '../../src/stages/segment/index.js';

function flag(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

const argv = process.argv.slice(2);
const dataDir = resolve(flag(argv, '--data', '../shared/data'));
const rounds = Number(flag(argv, '--rounds', '5'));
const records = readFileSync(join(dataDir, 'stories', 'xling-dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { lang: string; text: string });
const inputs: RecognizeInput[] = records
  .filter((r) => isSupportedLanguage(r.lang))
  .map((r) => ({ text: r.text, tokens: tokenize(r.text), sentences: segmentSentences(r.text, loadLanguage(r.lang)).map((span) => ({ span })), language: r.lang, date: '2025-08-20' }));

clearKnowledgeBaseCache();
let t = process.cpuUsage();
const kb = loadKnowledgeBase({ userDir: null });
const loadMs = cpuMs(t);
t = process.cpuUsage();
recognizeEntities(inputs[0]!, { kb });
const firstMs = cpuMs(t);
for (const input of inputs) recognizeEntities(input, { kb });
t = process.cpuUsage();
let mentions = 0;
for (let r = 0; r < rounds; r++) for (const input of inputs) mentions += recognizeEntities(input, { kb }).length;
const total = cpuMs(t);
const n = inputs.length * rounds;
const bytes = inputs.reduce((s, i) => s + Buffer.byteLength(i.text), 0) * rounds;
console.log(`KB load ${loadMs.toFixed(0)} ms (${kb.size} entities); first article incl. lexicon build ${firstMs.toFixed(0)} ms`);
console.log(`${inputs.length} articles × ${rounds}: ${(total / n).toFixed(3)} ms/article, ${((total * 3000) / bytes).toFixed(3)} ms per 3 KB (UTF-8), ${(mentions / n).toFixed(1)} mentions/article`);
