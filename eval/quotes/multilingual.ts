/**
 * The ar/fa/ro/ru quote set: `eval/gold/quotes-<code>.jsonl` holds references into real articles
 * (the seed articles, factRuEval texts), never their text. An `article` line names the file (relative
 * to the shared folder, the parent of the data folder) and the entities to mention by hand; a `quote`
 * line gives a quoted statement's offsets, an 8-hex SHA-1 prefix of its text (to notice a changed
 * file), and the expected speaker and via entity ids.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { loadLanguage } from '../../src/languages/index.js';
import { silentTrace } from '../../src/pipeline/trace.js';
import { findQuotes } from '../../src/stages/quotes/index.js';
import { analysisWithMentions } from '../../src/stages/quotes/testing.js';
import { fmt, sharedLength } from './score.js';

const EntitySchema = z.object({
  id: z.string(),
  type: z.enum(['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC']),
  name: z.string(),
  surfaces: z.array(z.string().min(1)),
  form: z.enum(['name', 'demonym', 'role']).optional(),
});

const LineSchema = z.union([
  z.object({ article: z.string(), entities: z.array(EntitySchema) }).strict(),
  z.object({
    article: z.string(), start: z.number().int(), end: z.number().int(), sha1: z.string().length(8),
    speaker: z.string().nullable(), via: z.string().nullable(),
  }).strict(),
]);

type Line = z.infer<typeof LineSchema>;
type QuoteLine = Extract<Line, { start: number }>;

const LANGUAGES = ['ar', 'fa', 'ro', 'ru'] as const;

/** Digest used to check a reference still points at the same words. */
export function shortSha1(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

/** Scores every language with a gold file; returns `<code>.R`, `<code>.P`, `<code>.speaker`, `<code>.via`. */
export async function evaluateMultilingual(dataDir: string): Promise<Record<string, number>> {
  const shared = dirname(dataDir);
  const scores: Record<string, number> = {};
  for (const code of LANGUAGES) {
    const file = new URL(`../gold/quotes-${code}.jsonl`, import.meta.url);
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => LineSchema.parse(JSON.parse(l)));
    let gold = 0, found = 0, speaker = 0, via = 0, predicted = 0, matched = 0, articles = 0;
    for (const line of lines) {
      if (!('entities' in line)) continue;
      const path = join(shared, line.article);
      if (!existsSync(path)) {
        console.log(`quotes ${code}: ${path} not found — skipped`);
        continue;
      }
      articles++;
      const text = readFileSync(path, 'utf8');
      const quotes = findQuotes(analysisWithMentions(text, code, line.entities), { language: loadLanguage, trace: silentTrace, report: () => {} });
      const golds = lines.filter((l): l is QuoteLine => 'start' in l && l.article === line.article);
      for (const g of golds) {
        if (shortSha1(text.slice(g.start, g.end)) !== g.sha1) throw new Error(`eval/gold/quotes-${code}.jsonl: ${g.article} [${g.start}, ${g.end}) no longer matches its digest`);
      }
      gold += golds.length;
      predicted += quotes.length;
      matched += quotes.filter((q) => golds.some((g) => sharedLength(q.span, g) > 0)).length;
      for (const g of golds) {
        const hit = quotes.filter((q) => sharedLength(q.span, g) >= 0.5 * (g.end - g.start)).sort((a, b) => sharedLength(b.span, g) - sharedLength(a.span, g))[0];
        if (!hit) {
          console.log(`  missed ${code} ${g.article} [${g.start}, ${g.end})`);
          continue;
        }
        found++;
        if ((hit.speaker?.id ?? null) === g.speaker) speaker++;
        else console.log(`  speaker ${code} [${g.start}, ${g.end}) got ${hit.speaker?.id ?? null} want ${g.speaker}`);
        if ((hit.via?.id ?? null) === g.via) via++;
        else console.log(`  via ${code} [${g.start}, ${g.end}) got ${hit.via?.id ?? null} want ${g.via}`);
      }
    }
    if (!articles) continue;
    const r = gold ? found / gold : 0;
    const p = predicted ? matched / predicted : 0;
    console.log(`${code}: ${articles} articles, ${gold} gold quotes — recall ${fmt(r)}, precision ${fmt(p)}, speaker ${fmt(found ? speaker / found : 0)}, via ${fmt(found ? via / found : 0)}`);
    Object.assign(scores, { [`${code}.R`]: r, [`${code}.P`]: p, [`${code}.speaker`]: found ? speaker / found : 0, [`${code}.via`]: found ? via / found : 0 });
  }
  return scores;
}
