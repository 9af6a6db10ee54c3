/**
 * `npm run eval:quotes`: quote extraction and attribution.
 *
 * 1. PolNeAR dev (English political news, `quotes/en-polnear`): content spans, speakers, wire credit.
 *    - content P/R/F1, *partial match*: a predicted quote is correct when it overlaps a gold Content span;
 *      a gold Content is found when a prediction overlaps it. Also character-level P/R/F1 over the union of spans.
 *    - speaker accuracy on found quotes: the gold attribution with the largest overlap is the reference; the
 *      speaker is right when the span it was read from overlaps the gold Source span, or its last word equals
 *      the Source's last word ("Donald Trump" vs "Trump"; a possessive ending is dropped), or the Source's
 *      first words hold a mention of the predicted speaker entity. Gold attributions without a Source are left out.
 *      Mentions come from the default pipeline (entities stage); `--rough-mentions` uses a capitalised-run
 *      tagger (eval/quotes/rough-mentions.ts) instead.
 *    - wire credit: the dateline credit found vs `metadata.tsv` `wire` (AP, UPI, reuters or None; NA skipped).
 * 2. The multilingual set `eval/gold/quotes-<code>.jsonl`: hand-made references (offsets, never text) into the
 *    seed articles and factRuEval texts, with hand-given mentions; recall of gold quotes (≥ 50% overlap),
 *    precision of predictions, speaker and via accuracy by entity id.
 *
 * Flags: `--compartment=train` to score the PolNeAR train portion instead of dev, `--show-errors`,
 * `--rough-mentions`.
 */
import { loadLanguage } from '../src/languages/index.js';
import { createArticle } from '../src/model/article.js';
import { emptyAnalysis, type Analysis, type Mention } from '../src/model/analysis.js';
import { silentTrace } from '../src/pipeline/trace.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { foldText } from '../src/stages/normalize/fold.js';
import { findDatelineCredit, findQuotes, type AttributedQuote } from '../src/stages/quotes/index.js';
import { segmentSentences } from '../src/stages/segment/sentences.js';
import { tokenize } from '../src/stages/segment/tokens.js';
import { evaluateMultilingual } from './quotes/multilingual.js';
import { loadPolnear, type GoldDocument } from './quotes/polnear.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { roughMentions } from './quotes/rough-mentions.js';
import { coveredLength, fmt, intersectionLength, prf, sharedLength, sharedWithAny } from './quotes/score.js';
import { join } from 'node:path';

/** Runs both evaluations and returns the named scores for the gate. */
export async function evaluate(options: { dataDir: string; args: string[] }): Promise<Record<string, number>> {
  const compartment = options.args.includes('--compartment=train') ? 'train' : 'dev';
  const scores: Record<string, number> = {};
  const flags = { showErrors: options.args.includes('--show-errors'), rough: options.args.includes('--rough-mentions') };
  Object.assign(scores, await evaluatePolnear(join(options.dataDir, 'quotes', 'en-polnear'), compartment, flags));
  Object.assign(scores, await evaluateMultilingual(options.dataDir));
  return scores;
}

/** Builds an analysis the way the pipeline would, with the given mentions. */
export function analysisOf(text: string, code: string, mentions: (a: Analysis) => Mention[]): Analysis {
  const pack = loadLanguage(code);
  const base: Analysis = {
    ...emptyAnalysis(createArticle({ text }, 'eval')),
    language: code,
    normalized: foldText(text),
    sentences: segmentSentences(text, pack).map((span) => ({ span })),
    tokens: tokenize(text),
  };
  return { ...base, mentions: mentions(base) };
}

const QUIET = { language: loadLanguage, trace: silentTrace, report: () => {} };

/** Quotes and mentions of one article: through the default pipeline, or with the rough tagger. */
type Analyse = (doc: GoldDocument) => Promise<{ quotes: AttributedQuote[]; mentions: readonly Mention[] }>;

async function evaluatePolnear(root: string, compartment: string, flags: { showErrors: boolean; rough: boolean }): Promise<Record<string, number>> {
  const docs = loadPolnear(root, compartment);
  if (docs.length === 0) {
    console.log(`quotes: PolNeAR not found at ${root} — skipped`);
    return {};
  }
  const { showErrors } = flags;
  const pipeline = flags.rough ? null : await createDefaultPipeline();
  try {
    return await scorePolnear(docs, compartment, showErrors, pipeline ? pipelineAnalyse(pipeline) : roughAnalyse());
  } finally {
    pipeline?.dispose();
  }
}

function pipelineAnalyse(pipeline: Pipeline): Analyse {
  return async (doc) => {
    const article = createArticle({ text: doc.text, publishedAt: doc.published }, doc.name);
    // No publication date: anchor at the corpus period so role mentions resolve the same on every run.
    const analysis = await pipeline.run(article, { now: new Date(`${doc.published ?? '2016-06-01'}T12:00:00Z`) });
    // The stage emits AttributedQuote (Quote plus coSpeakers and speakerSpan).
    return { quotes: analysis.quotes as AttributedQuote[], mentions: analysis.mentions };
  };
}

function roughAnalyse(): Analyse {
  const en = loadLanguage('en');
  const stopwords = new Set(en.stopwords);
  const calendar = new Set([...en.weekdays.weekdays.flat(), ...(en.months.calendars.gregorian ?? []).flat()].map((w) => w.toLowerCase()));
  return async (doc) => {
    const analysis = analysisOf(doc.text, 'en', (a) => roughMentions(doc.text, a.tokens, stopwords, calendar));
    return { quotes: findQuotes(analysis, QUIET), mentions: analysis.mentions };
  };
}

async function scorePolnear(docs: readonly GoldDocument[], compartment: string, showErrors: boolean, analyse: Analyse): Promise<Record<string, number>> {
  const en = loadLanguage('en');
  let predicted = 0, correct = 0, gold = 0, found = 0;
  let charPred = 0, charGold = 0, charBoth = 0;
  let speakerTotal = 0, speakerRight = 0, surfaceRight = 0, namedTotal = 0, namedRight = 0;
  const pronouns = new Set([...en.quotes.pronouns, ...en.quotes.relativePronouns]);
  let creditTotal = 0, creditRight = 0;
  for (const doc of docs) {
    const { quotes, mentions } = await analyse(doc);
    const goldSpans = doc.attributions.flatMap((g) => g.content);
    predicted += quotes.length;
    gold += doc.attributions.length;
    for (const q of quotes) {
      const hit = bestGold(q.span, doc.attributions);
      if (!hit) {
        if (showErrors) console.log(`  FP ${doc.name} ${JSON.stringify(q.text.slice(0, 80))}`);
        continue;
      }
      correct++;
      if (hit.source.length === 0) continue;
      speakerTotal++;
      const surface = speakerMatches(doc.text, q.speakerSpan, hit.source);
      const right = surface || namesSpeaker(doc.text, q.speaker?.id, hit.source, mentions);
      if (right) speakerRight++;
      if (surface) surfaceRight++;
      // Sources a linker can name: a name or a pronoun, not "sources" or "a campaign operative".
      if (hit.source.some((s) => mentions.some((m) => sharedLength(m.span, s) > 0) || pronouns.has(doc.text.slice(s.start, s.end).toLowerCase()))) {
        namedTotal++;
        if (right) namedRight++;
      }
      if (!right && showErrors) console.log(`  SPK ${doc.name} ${JSON.stringify(q.text.slice(0, 50))} got ${q.speakerSpan ? doc.text.slice(q.speakerSpan.start, q.speakerSpan.end) : '∅'} want ${hit.source.map((s) => doc.text.slice(s.start, s.end)).join(' ')}`);
    }
    for (const g of doc.attributions) if (quotes.some((q) => sharedWithAny(q.span, g.content) > 0)) found++;
    const predSpans = quotes.map((q) => q.span);
    charPred += coveredLength(predSpans);
    charGold += coveredLength(goldSpans);
    charBoth += intersectionLength(predSpans, goldSpans);
    if (doc.wire !== 'NA') {
      creditTotal++;
      const credit = findDatelineCredit(doc.text, mentions)?.text.toLowerCase() ?? 'none';
      if (credit === doc.wire.toLowerCase()) creditRight++;
      else if (showErrors) console.log(`  CREDIT ${doc.name} got ${credit} want ${doc.wire}`);
    }
  }
  const partial = { p: predicted ? correct / predicted : 0, r: gold ? found / gold : 0 };
  const partialF1 = partial.p + partial.r ? (2 * partial.p * partial.r) / (partial.p + partial.r) : 0;
  const chars = prf(charBoth, charPred, charGold);
  const speakerAcc = speakerTotal ? speakerRight / speakerTotal : 0;
  const creditAcc = creditTotal ? creditRight / creditTotal : 0;
  console.log(`PolNeAR ${compartment}: ${docs.length} articles, ${gold} gold attributions, ${predicted} predicted quotes`);
  console.log(`  content (partial match)  P ${fmt(partial.p)}  R ${fmt(partial.r)}  F1 ${fmt(partialF1)}`);
  console.log(`  content (characters)     P ${fmt(chars.p)}  R ${fmt(chars.r)}  F1 ${fmt(chars.f1)}`);
  console.log(`  speaker accuracy on found quotes  ${fmt(speakerAcc)} (${speakerRight}/${speakerTotal})`);
  console.log(`    of which by span alone (overlap or last word; the rule before 2026-11-23)  ${fmt(speakerTotal ? surfaceRight / speakerTotal : 0)} (${surfaceRight}/${speakerTotal})`);
  console.log(`  speaker accuracy, named or pronoun sources  ${fmt(namedTotal ? namedRight / namedTotal : 0)} (${namedRight}/${namedTotal})`);
  console.log(`  wire credit accuracy     ${fmt(creditAcc)} (${creditRight}/${creditTotal})`);
  return {
    'en.P': partial.p, 'en.R': partial.r, 'en.F1': partialF1,
    'en.charF1': chars.f1, 'en.speaker': speakerAcc, 'en.speakerNamed': namedTotal ? namedRight / namedTotal : 0, 'en.credit': creditAcc,
  };
}

function bestGold(span: { start: number; end: number }, golds: readonly { content: readonly { start: number; end: number }[]; source: readonly { start: number; end: number }[] }[]) {
  let best = null;
  let bestShared = 0;
  for (const g of golds) {
    const shared = sharedWithAny(span, g.content);
    if (shared > bestShared) {
      best = g;
      bestShared = shared;
    }
  }
  return best;
}

function speakerMatches(text: string, span: { start: number; end: number } | undefined, source: readonly { start: number; end: number }[]): boolean {
  if (!span) return false;
  if (source.some((s) => sharedLength(s, span) > 0)) return true;
  // "Sanders's" and "Sanders" end in the same word: a possessive ending is not a word.
  const lastWord = (s: string) => s.replace(/['’]s?$/u, '').toLowerCase().match(/[\p{L}]+/gu)?.pop() ?? '';
  const got = lastWord(text.slice(span.start, span.end));
  return got !== '' && source.some((s) => lastWord(text.slice(s.start, s.end)) === got);
}

// Words of a gold Source that name its head: "Senator Marco Rubio of Florida", not "a longtime adviser to Trump".
const SOURCE_HEAD_WORDS = 3;

/**
 * Whether the gold Source names the predicted speaker entity: a mention of it lies in the Source's first
 * words. A pronoun read and resolved to Rubio, or Rubio carried from an earlier statement, is right when
 * the Source says "Senator Marco Rubio of Florida"; the span rule alone cannot tell.
 */
function namesSpeaker(text: string, speakerId: string | undefined, source: readonly { start: number; end: number }[], mentions: readonly Mention[]): boolean {
  if (!speakerId) return false;
  return source.some((s) => {
    const words = [...text.slice(s.start, s.end).matchAll(/\S+/gu)].slice(0, SOURCE_HEAD_WORDS);
    const last = words[words.length - 1];
    const head = { start: s.start, end: last ? s.start + last.index! + last[0].length : s.start };
    return mentions.some((m) => m.entityId === speakerId && sharedLength(m.span, head) > 0);
  });
}
