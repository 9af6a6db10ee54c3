import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Analysis, EventRecord, Mention, Token } from '../../model/analysis.js';
import type { Span } from '../../model/span.js';
import type { Trace } from '../../pipeline/trace.js';
import { findDatelineCredit } from '../quotes/dateline.js';
import { countryOf, readParticipants, type Actor, type ActorContext, type Place } from './actors.js';
import { findAgents, isAgentId, readAgents } from './agents.js';
import { assignWindows, dropComplements, type EventWindow } from './clauses.js';
import { findCueHits, isNegated, wordsOf } from './cues.js';
import { findMainDyad, statedDate } from './dates.js';
import type { EventLexicon } from './lexicon.js';
import { anyPhraseIn } from './match.js';
import { assignRoles, type Roles } from './roles.js';

/** What {@link codeEvents} needs besides the analysis. */
export interface CodeEventsOptions {
  readonly kb: KnowledgeBase;
  readonly lexicon: EventLexicon;
  /** YYYY-MM-DD: the article's date, for office holders. */
  readonly date: string;
  readonly trace?: Trace;
}

type Input = Pick<Analysis, 'article' | 'publishedAt' | 'sentences' | 'tokens' | 'mentions' | 'timexes' | 'eventDate' | 'quotes'>;

/** How an event got its date: stated in its clause, carried by "also/كما", or the article's main event. */
type DateSource = 'stated' | 'carried' | 'main' | 'none';

interface Draft {
  record: EventRecord;
  dateSource: DateSource;
  place: string | null;
}

// Leading and trailing punctuation, quotation marks and spaces are not part of the evidence.
const EDGE = /[\s\p{P}]/u;

/**
 * Codes the events of an article, clause by clause: PLOVER category and mode from the cue, actors
 * from the clause's mentions, the date the clause states (else the main event's date for events
 * between the article's two main countries, never blindly the publication date), the place, and
 * negation. Background events keep their own dates or none.
 * @example codeEvents(analysis, { kb, lexicon: compileEventLexicon(loadLanguage('ro')), date: '2025-08-20' })
 */
export function codeEvents(input: Input, options: CodeEventsOptions): EventRecord[] {
  const { kb, lexicon, date } = options;
  const text = input.article.text;
  const mentions = [...input.mentions].sort((a, b) => a.span.start - b.span.start);
  const dyad = findMainDyad(mentions, kb, date);
  // Outlets relaying statements or credited in the dateline ("طهران / … /ارنا-") report events, they are no party to them.
  const relays = new Set(input.quotes.flatMap((q) => (q.via ? [q.via.id] : [])));
  const dateline = findDatelineCredit(text, mentions);
  if (dateline) relays.add(dateline.entityId);
  for (const m of mentions) if (m.type === 'ORG' && isDatelineCredit(text, m.span)) relays.add(m.entityId);
  const mainDate = input.eventDate ?? publicationDay(input.publishedAt);
  const timexSpans = input.timexes.map((t) => t.span);
  const drafts: Draft[] = [];
  let lastStated: { date: string; place: string | null } | null = null;
  for (const sentence of input.sentences) {
    const tokens = input.tokens.filter((t) => t.span.start >= sentence.span.start && t.span.end <= sentence.span.end);
    const words = wordsOf(tokens);
    const inSentence = mentions.filter((m) => m.span.start >= sentence.span.start && m.span.end <= sentence.span.end);
    const agentHits = findAgents(words, lexicon, inSentence);
    // A word of a name ("Askar" is no "ask") or of a generic actor ("settlers", "protesters") is no cue.
    const blocked = [...timexSpans, ...inSentence.map((m) => m.span), ...agentHits.map((a) => a.span)];
    const hits = dropComplements(findCueHits(words, lexicon, blocked), tokens, words, lexicon);
    const agents = readAgents(agentHits, inSentence, words, text, lexicon, (id) => countryOf(id, kb, date));
    const actx: ActorContext = { text, words, lexicon, kb, date, relays, agents };
    const sentenceAnaphor = anyPhraseIn(words, 0, words.length, lexicon.dyadAnaphors, lexicon.prefixes);
    let previousSource: Roles['source'] | null = null;
    const whole = readParticipants(sentence.span, mentions, actx);
    // A sentence naming no party but a place ("opposition parties in Nepal organised a strike"): the
    // place's country acts. Only then: a named party elsewhere in the sentence is a better subject.
    const fallback = whole.actors.length === 0 ? placeActors(whole.places) : [];
    const windows = absorbNounComplements(assignWindows(sentence.span, tokens, words, hits, lexicon), (w) => readParticipants(w, mentions, actx).actors.length > 0);
    for (const { hit, span } of windows) {
      const [lo, hi] = wordRange(words, span);
      const read = readParticipants(span, mentions, actx, hit.mode === 'visit' ? hit.span.end : null);
      const { places } = read;
      const actors = read.actors.length > 0 || hit.type === 'CONSULT' ? read.actors : fallback;
      // "8 documents were signed … between the two sides": a clause naming nobody takes the sentence's "two sides".
      const dyadAnaphor = anyPhraseIn(words, lo, hi, lexicon.dyadAnaphors, lexicon.prefixes) || (actors.length === 0 && sentenceAnaphor);
      // A noun cue in a clause that names nobody ("… used in the war") codes no event; a verb borrows
      // the subject of the sentence's previous clause ("Belarus and Iran – … – intend to deepen ties").
      if (actors.length === 0 && !dyadAnaphor && (hit.noun || !previousSource)) {
        extendEvidence(drafts, sentence.span, span, text);
        continue;
      }
      const roles = assignRoles(hit, actors, places, { text, lexicon, previousSource, dyad, dyadAnaphor });
      if (roles.source.length === 0 && roles.target.length === 0) {
        extendEvidence(drafts, sentence.span, span, text);
        continue;
      }
      if (roles.source.length > 0) previousSource = roles.source;
      // Negation may precede the clause ("و هیچگونه | حمایتی"), but never reaches into the next one.
      const negated = isNegated(words, hit, lexicon, 0, hi);
      const stated = statedDate(span, input.timexes);
      const carried = !stated && anyPhraseIn(words, lo, lo + 2, lexicon.continuation, lexicon.prefixes) ? lastStated : null;
      const city = places.find((p) => p.city)?.id ?? null;
      const main = !stated && !carried && !negated && mainDate !== null && withinDyad(roles, dyad);
      const dateSource: DateSource = stated ? 'stated' : carried ? 'carried' : main ? 'main' : 'none';
      if (stated) lastStated = { date: stated, place: city };
      const source = unique(roles.source.flatMap((a) => a.ids));
      // An id already on the source side is not repeated, except within an agent ("Israeli police" arrest "Israeli protesters").
      const target = unique(roles.target.flatMap((a) => (isAgentId(a.ids[0]!) ? a.ids : a.ids.filter((id) => !source.includes(id)))));
      const record: EventRecord = {
        type: hit.type,
        ...(hit.mode ? { mode: hit.mode } : {}),
        source,
        target,
        date: stated ?? carried?.date ?? (main ? mainDate : null),
        // "Also signed …" after "signed in Tehran in 2022" happened there too.
        location: city ?? carried?.place ?? null,
        negated,
        evidence: trimEdges(text, span),
      };
      options.trace?.(() => `events: ${hit.type}${hit.mode ? `/${hit.mode}` : ''} by "${hit.form}" ${source.join('+')} → ${target.join('+')} on ${record.date} (${dateSource})`);
      drafts.push({ record, dateSource, place: city });
    }
  }
  return fillMainPlace(drafts, mainDate);
}

// Events dated by the main event happened where it happened: "8 documents were signed" after
// "talks in Tehran" were signed in Tehran.
function fillMainPlace(drafts: readonly Draft[], eventDate: string | null): EventRecord[] {
  const mainPlace = drafts.find((d) => d.place && d.record.date === eventDate && d.dateSource !== 'carried')?.place ?? null;
  return drafts.map((d) => (d.dateSource === 'main' && !d.record.location && mainPlace ? { ...d.record, location: mainPlace } : d.record));
}

// A credit in the opening dateline: "طهران / 6 تشرين الاول /اكتوبر/ارنا- دعا …", "MINSK (BelTA) -".
const DATELINE_REACH = 120;
function isDatelineCredit(text: string, span: Span): boolean {
  if (span.start > DATELINE_REACH) return false;
  const before = text.slice(Math.max(0, span.start - 2), span.start);
  const after = text.slice(span.end, span.end + 2);
  return /[/(]\s*$/u.test(before) && /^\s*[-–—)]/u.test(after);
}

// A report with no dated event is news of its own day: its main event falls on the publication day.
function publicationDay(published: string | null): string | null {
  return published && /^\d{4}-\d{2}-\d{2}/u.test(published) ? published.slice(0, 10) : null;
}

function placeActors(places: readonly Place[]): Actor[] {
  const country = places.find((p) => p.country)?.country;
  return country ? [{ ids: [country], country, span: places[0]!.span, partner: false }] : [];
}

/**
 * "The ministers agreed on Saturday to provide 70 million dollars of aid for Romania": a verb whose own
 * clause names nobody governs the noun cue right after it, and takes that clause's names (PLOVER codes
 * the governing verb). Windows are adjacent, so absorbing means extending the verb's window.
 */
function absorbNounComplements(windows: readonly EventWindow[], named: (span: Span) => boolean): EventWindow[] {
  const out: EventWindow[] = [];
  for (const w of windows) {
    const head = out.at(-1);
    if (head && !head.hit.noun && w.hit.noun && head.span.end === w.span.start && !named(head.span)) {
      out[out.length - 1] = { hit: head.hit, span: { start: head.span.start, end: w.span.end } };
      continue;
    }
    out.push(w);
  }
  return out;
}

// A clause that codes nothing ("… pentru a fi folosite în | război") belongs to the event before it
// in the same sentence: its evidence runs on to the clause's end.
function extendEvidence(drafts: Draft[], sentence: Span, clause: Span, text: string): void {
  const last = drafts.at(-1);
  if (!last || last.record.evidence.start < sentence.start) return;
  const evidence = trimEdges(text, { start: last.record.evidence.start, end: clause.end });
  drafts[drafts.length - 1] = { ...last, record: { ...last.record, evidence } };
}

function withinDyad(roles: Roles, dyad: readonly [string, string] | null): boolean {
  if (!dyad) return false;
  const countries = [...roles.source, ...roles.target].map((a) => a.country).filter((c): c is string => c !== null);
  return countries.length > 0 && countries.every((c) => c === dyad[0] || c === dyad[1]);
}

function wordRange(words: readonly Token[], span: Span): [number, number] {
  let lo = words.findIndex((w) => w.span.start >= span.start);
  if (lo < 0) lo = words.length;
  let hi = lo;
  while (hi < words.length && words[hi]!.span.end <= span.end) hi++;
  return [lo, hi];
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function trimEdges(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && EDGE.test(text[start]!) && !/[«“"„]/u.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!) && !/[»”"]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Mentions sorted by position (exported for tests). */
export function sortMentions(mentions: readonly Mention[]): Mention[] {
  return [...mentions].sort((a, b) => a.span.start - b.span.start);
}
