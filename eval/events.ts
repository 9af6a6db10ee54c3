/**
 * `npm run eval:events`: event coding.
 *
 * 1. PLOVER gold standard records, half (`events/plover-gsr-half.json`, English): each record is a
 *    sentence with its gold category, source and target actors (CAMEO country codes). The sentence
 *    runs through the real stages (entities without the statistical tagger) and the event coder; the
 *    first coded event is the prediction. Category accuracy maps the GSR's PLOVER 0.5 names to the
 *    2021 categories the coder uses (CAMEO2PLOVER-2021.txt: DEMAND → REQUEST, DISAPPROVE and
 *    INVESTIGATE → ACCUSE, FIGHT → ASSAULT). Source / target country accuracy is over records whose
 *    first gold actor has a country code (IGO, NGO and the like are left out).
 * 2. The seeds (`eval/gold/events-seeds.jsonl`, hand-annotated): recall of gold events (same type,
 *    countries on the right sides, or either side for AGREE/CONSULT/COOPERATE, same date, same city
 *    when annotated, same negation) and precision of the coder's events between countries.
 *
 * Flags: `--show-errors` lists category misses and, for the right category, wrong source/target
 * countries; `--tagger` runs the PLOVER sentences with the English statistical tagger when a model is
 * found (only a locally trained `.models/en.bin.gz`: none is shipped), so names the KB does not know
 * become provisional `x:` actors. The default, and CI, run without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { loadTagger } from '../src/stages/entities/tagger/index.js';
import type { Analysis } from '../src/model/analysis.js';
import { loadLanguage } from '../src/languages/index.js';
import { compileEventLexicon, countryOf, dropComplements, findCueHits, wordsOf } from '../src/stages/events/index.js';
import { analyzeForTest, SEED_ARTICLES } from '../src/stages/events/test-support.js';

const kb = loadKnowledgeBase({ userDir: null });
const taggerFound = loadTagger('en') !== null;

// PLOVER 0.5 (GSR) category names → PLOVER 2021 (CAMEO2PLOVER-2021.txt).
const CATEGORY_2021: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

// CAMEO country codes (ISO 3166-1 alpha-3, except JAP) → alpha-2 as the KB stores them.
const ALPHA2: Record<string, string> = {
  AFG: 'AF', AGO: 'AO', ALB: 'AL', ARG: 'AR', AZE: 'AZ', BDI: 'BI', BGR: 'BG', BIH: 'BA', BRA: 'BR', CHE: 'CH', CHL: 'CL', CHN: 'CN',
  CIV: 'CI', COG: 'CG', CRI: 'CR', CUB: 'CU', CZE: 'CZ', DEU: 'DE', DNK: 'DK', DZA: 'DZ', ECU: 'EC', EGY: 'EG', FRA: 'FR', GBR: 'GB',
  GHA: 'GH', GRC: 'GR', HKG: 'HK', HRV: 'HR', HTI: 'HT', IDN: 'ID', IRN: 'IR', IRQ: 'IQ', ISR: 'IL', JAP: 'JP', JPN: 'JP', JOR: 'JO',
  KGZ: 'KG', KHM: 'KH', KOR: 'KR', LBN: 'LB', LBR: 'LR', LBY: 'LY', LKA: 'LK', LTU: 'LT', LVA: 'LV', MAR: 'MA', MEX: 'MX', MKD: 'MK',
  MMR: 'MM', MNE: 'ME', NGA: 'NG', NOR: 'NO', NPL: 'NP', PAK: 'PK', PAN: 'PA', PER: 'PE', PHL: 'PH', POL: 'PL', PRK: 'KP', PRT: 'PT',
  PSE: 'PS', ROU: 'RO', RUS: 'RU', SAU: 'SA', SDN: 'SD', SRB: 'RS', SVN: 'SI', SWE: 'SE', SYR: 'SY', TLS: 'TL', TUR: 'TR', UGA: 'UG',
  USA: 'US', VNM: 'VN', YEM: 'YE', ZAF: 'ZA', ZMB: 'ZM',
};

interface GsrActor {
  readonly actorText: string;
  readonly code?: string;
}
interface GsrRecord {
  readonly id: string;
  readonly event: string;
  readonly text?: string;
  readonly date?: string;
  readonly source?: readonly GsrActor[] | '';
  readonly target?: readonly GsrActor[] | '';
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

// The ISO alpha-2 codes of the countries of an event side's entity ids.
function isoOf(ids: readonly string[], date: string): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const country = countryOf(id, kb, date);
    const iso = country ? kb.get(country)?.iso : undefined;
    if (iso) out.add(iso);
  }
  return out;
}

async function evaluatePlover(path: string, showErrors: boolean, tagger: boolean): Promise<Record<string, number>> {
  const records = (JSON.parse(readFileSync(path, 'utf8')) as GsrRecord[]).filter((r) => r.text && r.event !== 'DOCUMENT');
  let correct = 0;
  let cueCorrect = 0;
  let coded = 0;
  const lexicon = compileEventLexicon(loadLanguage('en'));
  const sides = { source: { right: 0, total: 0 }, target: { right: 0, total: 0 } };
  const confusion = new Map<string, number>();
  for (const r of records) {
    const date = /^\d{4}-\d{2}-\d{2}$/u.test(r.date ?? '') ? r.date! : '2000-01-01';
    const a: Analysis = await analyzeForTest({ text: r.text!, language: 'en', date }, undefined, { tagger });
    const gold = CATEGORY_2021[r.event] ?? r.event;
    const first = a.events[0];
    if (first) coded++;
    if (first?.type === gold) correct++;
    // The cue coder alone: the sentence's first governing cue, whether or not its actors were found.
    const words = wordsOf(a.tokens);
    const timexSpans = a.timexes.map((t) => t.span);
    const cue = first?.type ?? dropComplements(findCueHits(words, lexicon, timexSpans), a.tokens, words, lexicon)[0]?.type;
    if (cue === gold) cueCorrect++;
    else {
      confusion.set(`${gold} → ${first?.type ?? 'none'}`, (confusion.get(`${gold} → ${first?.type ?? 'none'}`) ?? 0) + 1);
      if (showErrors) console.log(`  ${r.id}: gold ${gold}, coded ${first?.type ?? 'none'} — ${r.text!.slice(0, 100)}`);
    }
    const wrongSides: string[] = [];
    for (const side of ['source', 'target'] as const) {
      const actors = r[side];
      const code = Array.isArray(actors) ? ALPHA2[actors[0]?.code ?? ''] : undefined;
      if (!code) continue;
      sides[side].total++;
      if (first && isoOf(first[side], date).has(code)) sides[side].right++;
      else wrongSides.push(`${side} ${actors && Array.isArray(actors) ? `"${actors[0]!.actorText}" ${code}` : ''} ≠ [${first?.[side].join(' ') ?? ''}]`);
    }
    if (showErrors && cue === gold && wrongSides.length > 0) console.log(`  ${r.id}: ${first?.type ?? 'none'} ${wrongSides.join('; ')} — ${r.text!.slice(0, 100)}`);
  }
  console.log(`PLOVER GSR half (en, ${tagger ? `statistical tagger ${taggerFound ? 'on' : 'requested but no en model found'}` : 'no statistical tagger'}): ${records.length} sentences, ${coded} coded`);
  console.log(`  category accuracy, coded events: ${pct(correct, records.length)} (${correct}/${records.length}); target ≥ 75%`);
  console.log(`  category accuracy, first cue when no event was coded (actors not found): ${pct(cueCorrect, records.length)} (${cueCorrect}/${records.length})`);
  console.log(`  source country accuracy ${pct(sides.source.right, sides.source.total)} (${sides.source.right}/${sides.source.total})`);
  console.log(`  target country accuracy ${pct(sides.target.right, sides.target.total)} (${sides.target.right}/${sides.target.total})`);
  const top = [...confusion.entries()].sort((x, y) => y[1] - x[1]).slice(0, 8);
  console.log(`  most frequent errors: ${top.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  return {
    'plover.category': correct / records.length,
    'plover.categoryCue': cueCorrect / records.length,
    'plover.source': sides.source.total ? sides.source.right / sides.source.total : 0,
    'plover.target': sides.target.total ? sides.target.right / sides.target.total : 0,
  };
}

interface GoldEvent {
  readonly article: string;
  readonly type: string;
  readonly mode: string | null;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly date: string | null;
  readonly location: string | null;
  readonly negated: boolean;
}

const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

// A generic agent with no country ("agent:GOV") names no country.
function countries(ids: readonly string[], date: string): Set<string> {
  return new Set(ids.flatMap((id) => countryOf(id, kb, date) ?? (id.startsWith('agent:') ? [] : [id])));
}

function matches(g: GoldEvent, e: Analysis['events'][number], date: string): boolean {
  if (e.type !== g.type || (e.negated ?? false) !== g.negated || e.date !== g.date) return false;
  if (g.mode && e.mode !== g.mode) return false;
  if (g.location && e.location !== g.location) return false;
  const s = countries(e.source, date);
  const t = countries(e.target, date);
  const covers = (side: Set<string>, ids: readonly string[]) => ids.every((id) => side.has(id));
  if (covers(s, g.source) && covers(t, g.target)) return true;
  return SYMMETRIC.has(g.type) && !g.mode && covers(t, g.source) && covers(s, g.target);
}

async function evaluateSeeds(seedsDir: string, goldPath: string, showErrors: boolean): Promise<Record<string, number>> {
  const gold = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('//'))
    .map((l) => JSON.parse(l) as GoldEvent);
  let found = 0;
  let predicted = 0;
  let predictedRight = 0;
  for (const seed of SEED_ARTICLES) {
    const id = seed.id!;
    const file = join(seedsDir, `${id}.txt`);
    if (!existsSync(file)) continue;
    const a = await analyzeForTest({ ...seed, text: readFileSync(file, 'utf8') });
    const mine = gold.filter((g) => g.article === id);
    const used = new Set<number>();
    for (const g of mine) {
      const at = a.events.findIndex((e, i) => !used.has(i) && matches(g, e, seed.date));
      if (at >= 0) {
        used.add(at);
        found++;
      } else if (showErrors) console.log(`  missed ${id}: ${JSON.stringify(g)}`);
    }
    // Precision over events between countries: an event right for some gold event of its article.
    const between = a.events.filter((e) => countries(e.source, seed.date).size > 0 && countries(e.target, seed.date).size > 0);
    predicted += between.length;
    predictedRight += between.filter((e) => mine.some((g) => matches(g, e, seed.date))).length;
  }
  console.log(`Seeds (ar, fa, ro; hand-annotated): ${gold.length} gold events`);
  console.log(`  recall ${pct(found, gold.length)} (${found}/${gold.length}); precision ${pct(predictedRight, predicted)} (${predictedRight}/${predicted})`);
  return { 'seeds.recall': gold.length ? found / gold.length : 0, 'seeds.precision': predicted ? predictedRight / predicted : 0 };
}

/** Runs both evaluations and returns the named scores. */
export async function evaluate(options: { dataDir: string; args: string[] }): Promise<Record<string, number>> {
  const showErrors = options.args.includes('--show-errors');
  const tagger = options.args.includes('--tagger');
  const scores: Record<string, number> = {};
  const plover = join(options.dataDir, 'events', 'plover-gsr-half.json');
  if (existsSync(plover)) Object.assign(scores, await evaluatePlover(plover, showErrors, tagger));
  else console.log(`PLOVER data not found at ${plover}`);
  const seeds = join(options.dataDir, '..', 'seeds');
  Object.assign(scores, await evaluateSeeds(seeds, new URL('./gold/events-seeds.jsonl', import.meta.url).pathname, showErrors));
  return scores;
}
