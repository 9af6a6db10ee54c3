import type { Analysis, EntityRef, Mention, Quote, Token } from '../../model/analysis.js';
import { contains, type Span } from '../../model/span.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { isSupportedLanguage } from '../../languages/index.js';
import { attribute, type Attribution, type AttributionContext } from './attribution.js';
import { isNameOnly, quoteOfLooseMark, quotesOfFrame, type AttributedQuote } from './assemble.js';
import { findDatelineCredit } from './dateline.js';
import { extractFrames, type Frame } from './frames.js';
import { compileLexicon } from './lexicon.js';
import type { CueHit } from './match.js';
import { findMarkedSpans, type MarkedSpan } from './quote-marks.js';
import { isChained } from './subject.js';
import { buildUnits, firstTokenAt, type Unit } from './units.js';

/** A quote as the stage emits it (see assemble.ts). */
export type { AttributedQuote } from './assemble.js';
export { filterQuotes, type QuoteQuery, type FoundQuote } from './filter.js';
export { findDatelineCredit } from './dateline.js';

/**
 * The quotes stage. Extractors propose frames (cue + content) per unit; attribution resolves the
 * speaker and relay of each in text order (it carries state: the previous speaker, the outlets
 * named so far); refiners drop relay frames and turn frames and quotation marks into quotes.
 */

// A quotation standing alone continues the statement of the paragraph before (a blank line is two newlines).
const CARRY_NEWLINES = 2;
// Credits name their source within this many tokens: "بحسب ما أوردته وكالة “إرنا”" is five.
const CREDIT_REACH = 6;

type Context = Pick<StageContext, 'language' | 'trace' | 'report'>;

/** One frame with its attribution. */
interface Attributed {
  readonly frame: Frame;
  readonly who: Attribution;
}

/**
 * Finds the quotes of an article (direct and reported) with speaker, relaying outlet, cue and
 * stance. Speakers and relays are chosen among the article's mentions only.
 * @example findQuotes(analysis, ctx).map((q) => [q.text, q.speaker?.name, q.via?.name])
 */
export function findQuotes(input: Readonly<Analysis>, ctx: Context): AttributedQuote[] {
  if (!isSupportedLanguage(input.language)) return [];
  const lexicon = compileLexicon(ctx.language(input.language));
  const { text } = input.article;
  const { tokens } = input;
  const mentions = [...input.mentions].sort((a, b) => a.span.start - b.span.start);
  const allMarks = findMarkedSpans(text);
  // A name in quotation marks ("وسمح “لوكاشينكو”") is not a statement.
  const statements = allMarks.filter((m) => m.inner.end > m.inner.start && !isNameOnly(m, mentions));
  const actx: AttributionContext = {
    tokens, mentions, lexicon, toRef: refMaker(input.entities), agencies: [], quoted: statements.map((m) => m.inner), times: input.timexes.map((t) => t.span), previous: null,
  };
  const out: AttributedQuote[] = [];
  let last: Attributed | null = null;
  for (const unit of buildUnits(text, input.sentences, allMarks, tokens)) {
    const inUnit = (m: MarkedSpan) => m.outer.start >= unit.span.start && m.outer.start < unit.span.end;
    const unitStatements = statements.filter(inUnit);
    const { frames, credits } = extractFrames(tokens, unit, allMarks.filter(inUnit), lexicon, unitStatements);
    const attributed = attributeUnit(actx, frames, creditedMentions(tokens, unit, credits, mentions), text, ctx)
      // A colon is a cue only after a name ("PENCE: …", "X: «…»"), not after "Update:" or a heading.
      .filter((a) => a.frame.cueKind !== 'colon' || (a.who.speaker && a.who.method !== 'carried'));
    const recent = last && newlinesBetween(text, last.frame.content.end, unit.span.start) <= CARRY_NEWLINES ? last.who : null;
    out.push(...quotesOfUnit(text, tokens, attributed, unitStatements, recent));
    if (attributed.length) last = attributed[attributed.length - 1]!;
  }
  // A dateline credit ("WASHINGTON (AP) —", "طهران- سانا") relays what no other relay is credited for.
  const wire = findDatelineCredit(text, mentions);
  if (wire) for (let i = 0; i < out.length; i++) if (!out[i]!.via) out[i] = { ...out[i]!, via: actx.toRef(wire) };
  // An unclosed mark is read to the end of its paragraph (seed 003); say so, the reader may want to check.
  for (const m of allMarks) {
    if (!m.closed) ctx.report({ code: 'quotes/unclosed-mark', severity: 'info', message: `Quotation mark at ${m.outer.start} is not closed; read to the end of its paragraph`, span: m.outer });
  }
  for (const q of out) {
    if (!q.speaker) ctx.report({ code: 'quotes/no-speaker', severity: 'info', message: `No speaker found for the quote "${q.text.slice(0, 40)}"`, span: q.span });
  }
  return dedupe(out);
}

/** The quotes stage: `quotes[]` of the output contract. */
export const quotes: Stage = {
  name: 'quotes',
  version: 1,
  // Speakers and relays are entities: mentions come from the entities stage, sentences and tokens from segment;
  // time expressions (time stage) are never a subject.
  requires: ['language', 'normalized', 'sentences', 'tokens', 'timexes', 'mentions', 'entities'],
  provides: ['quotes'],
  run(input, ctx) {
    const found: Quote[] = findQuotes(input, ctx);
    return { quotes: found };
  },
};

// The mention each according cue names ("potrivit Reuters" → Reuters).
function creditedMentions(tokens: readonly Token[], unit: Unit, credits: readonly CueHit[], mentions: readonly Mention[]): Mention[] {
  return credits.flatMap((c) => {
    const from = tokens[c.end]?.span.start ?? Infinity;
    const to = tokens[Math.min(c.end + CREDIT_REACH, unit.tokenEnd) - 1]?.span.end ?? -1;
    const m = mentions.find((x) => x.span.start >= from && x.span.start < to);
    return m ? [m] : [];
  });
}

function attributeUnit(actx: AttributionContext, frames: readonly Frame[], credits: Mention[], text: string, ctx: Context): Attributed[] {
  const { tokens } = actx;
  const done: Attributed[] = [];
  frames.forEach((frame, k) => {
    const prev = frames[k - 1];
    // The subject of a frame comes after the previous frame's content, or inside a relay's ("تاس نوشت: «لوکاشنکو» … گفت").
    const floor = !prev ? frame.unit.tokenStart : isRelay(prev, frames) ? prev.contentToken : Math.max(prev.cueEnd, firstTokenAt(tokens, prev.content.end));
    // A cue chained to the previous one ("…, adding", "… and said") continues its statement's subject.
    const chainedTo = prev && !isRelay(prev, frames) && isChained(actx, frame) ? done[k - 1]!.who : null;
    let who = attribute(actx, frame, { credits, floor, chainedTo });
    // Under a relay ("تاس نوشت: … گفت: «…»") the outlet is the via of what follows.
    const relay = done.find((d) => isRelay(d.frame, frames));
    if (relay && !who.via) {
      who = { ...who, via: relay.who.via ?? relay.who.speaker };
      actx.previous = who;
    }
    const cue = text.slice(tokens[frame.cueStart]!.span.start, tokens[frame.cueEnd - 1]!.span.end);
    ctx.trace(() => `quote cue "${cue}" → speaker ${who.speaker?.name ?? '∅'} (${who.method}), via ${who.via?.name ?? '∅'}`);
    done.push({ frame, who });
  });
  return done;
}

// A report verb followed by another cue in its unit introduces someone else's words: a relay, not a statement.
function isRelay(frame: Frame, frames: readonly Frame[]): boolean {
  return frame.report && frames.some((f) => f.cueStart > frame.cueStart && f.cueKind === 'verb');
}

function newlinesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n') n++;
  return n;
}

function quotesOfUnit(
  text: string,
  tokens: readonly Token[],
  attributed: readonly Attributed[],
  marks: readonly MarkedSpan[],
  recent: Attribution | null,
): AttributedQuote[] {
  const frames = attributed.map((a) => a.frame);
  const kept = attributed.filter((a) => !isRelay(a.frame, frames));
  const quotes = kept.flatMap((a) => quotesOfFrame(text, tokens, a.frame, a.who, marks));
  for (const mark of marks) {
    if (quotes.some((q) => covers(q.span, mark.inner))) continue;
    // A quotation outside every frame belongs to the unit's nearest cue, before it if any ("با تاکید بر «…» … گفت").
    const start = (a: Attributed) => tokens[a.frame.cueStart]!.span.start;
    const nearest = [...kept].reverse().find((a) => start(a) < mark.outer.start) ?? kept.find((a) => start(a) > mark.outer.start) ?? null;
    const q = quoteOfLooseMark(text, tokens, mark, nearest, recent);
    if (q) quotes.push(q);
  }
  return quotes;
}

function covers(outer: Span, inner: Span): boolean {
  return contains(outer, inner) || (outer.start <= inner.start + 1 && outer.end >= inner.end - 1);
}

function refMaker(entities: readonly EntityRef[]): (m: Mention) => EntityRef {
  const byId = new Map(entities.map((e) => [e.id, e]));
  return (m) => byId.get(m.entityId) ?? { id: m.entityId, type: m.type, name: m.text };
}

function dedupe(list: AttributedQuote[]): AttributedQuote[] {
  const seen = new Set<string>();
  return list
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
    .filter((q) => {
      const key = `${q.span.start}:${q.span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

