import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { isActive } from '../../kb/knowledge-base.js';
import type { Mention, Token } from '../../model/analysis.js';
import { contains, type Span } from '../../model/span.js';
import { normalizeForMatch } from '../normalize/fold.js';
import { sameParticipant, type AgentActor } from './agents.js';
import type { EventLexicon, Phrase } from './lexicon.js';
import { firstMatchAt, matchAnyAt, matchPhraseAt } from './match.js';

/** A participant: its entity id, then its country when that differs (a person's, an agency's). */
export interface Actor {
  readonly ids: readonly string[];
  readonly country: string | null;
  readonly span: Span;
  /** Introduced by "with"/"مع"/"cu": a partner, so a target and never the subject. */
  readonly partner: boolean;
  /** Introduced by "by"/"de către": the doer of a passive verb. */
  readonly doer?: boolean;
}

/** A place named in a clause: a city after "in"/"في"/"la", or a country when no city is named. */
export interface Place {
  readonly id: string;
  readonly country: string | null;
  readonly city: boolean;
  readonly span: Span;
}

/** What the coder needs to know about the surroundings of the mentions. */
export interface ActorContext {
  readonly text: string;
  readonly words: readonly Token[];
  readonly lexicon: EventLexicon;
  readonly kb: KnowledgeBase;
  /** YYYY-MM-DD, for office holders' countries. */
  readonly date: string;
  /** Outlets the quotes stage found relaying statements (the `via` of quotes): never actors. */
  readonly relays: ReadonlySet<string>;
  /** The sentence's generic actors ("Israeli police"), read by {@link readAgents}. */
  readonly agents: readonly AgentActor[];
}

// A partner or relay cue counts within this many words before the name ("مع نظيره البيلاروسي X").
const LOOKBACK = 3;

/** The country an entity belongs to: its own (a country), its `country`, or the office it holds. */
export function countryOf(id: string, kb: KnowledgeBase, date: string): string | null {
  const e = kb.get(id);
  if (!e) return null;
  if (e.type === 'GPE' && !e.country) return id;
  if (e.country) return e.country;
  const role = e.roles.find((r) => isActive(r, date)) ?? e.roles[0];
  return role?.of ?? null;
}

/**
 * Reads the actors and places of a clause from its mentions. Cities are places after a location
 * preposition and capitals otherwise (metonymy: "Minsk and Tehran take steps" are the two states);
 * outlets credited as sources ("potrivit Belta") are relays, not actors. `visitEnd` is where a visit
 * cue ends, when the clause has one.
 */
export function readParticipants(
  window: Span,
  mentions: readonly Mention[],
  ctx: ActorContext,
  visitEnd: number | null = null,
): { actors: Actor[]; places: Place[] } {
  const actors: Actor[] = [];
  const places: Place[] = [];
  const absorbed = new Set(ctx.agents.map((a) => a.absorbed));
  const agents = ctx.agents.filter((a) => contains(window, a.span));
  const items = [...mentions.filter((m) => contains(window, m.span) && !absorbed.has(m)), ...agents].sort((a, b) => a.span.start - b.span.start);
  for (const item of items) {
    if (!('entityId' in item)) {
      addActor(actors, [...item.ids], item.country, item.span, partnerOf(item.span, ctx));
      continue;
    }
    const m = item;
    const entity = ctx.kb.get(m.entityId);
    const locative = introducedBy(m.span, ctx, ctx.lexicon.locationPrepositions, 1);
    if (m.type === 'GPE' || m.type === 'LOC') {
      const country = countryOf(m.entityId, ctx.kb, ctx.date);
      const city = country !== null && country !== m.entityId;
      const capital = city && ctx.kb.get(country)?.capital === m.entityId;
      // A city after a visit verb is its destination: "يزور مينسك", "زار الرئيس … مينسك", "visited Minsk".
      const visited = city && visitEnd !== null && m.span.start >= visitEnd;
      // A country after "in"/"to" is a place too (a visit's destination) but never an event's location.
      if (locative || visited || (city && !capital) || m.type === 'LOC') places.push({ id: m.entityId, country, city, span: m.span });
      else addActor(actors, [country ?? m.entityId], country ?? m.entityId, m.span, partnerOf(m.span, ctx));
      continue;
    }
    if (m.type === 'NORP') {
      addActor(actors, [m.entityId], countryOf(m.entityId, ctx.kb, ctx.date) ?? m.entityId, m.span, partnerOf(m.span, ctx));
      continue;
    }
    if (m.type === 'ORG' && (ctx.relays.has(m.entityId) || introducedBy(m.span, ctx, ctx.lexicon.relayCues, LOOKBACK) || followedBy(m.span, ctx, ctx.lexicon.relayCues, LOOKBACK))) continue;
    if (m.type === 'PER' || m.type === 'ORG') {
      const known = entity ? countryOf(m.entityId, ctx.kb, ctx.date) : null;
      const titled = known ? null : titledCountry(m, actors.at(-1), ctx);
      const country = known ?? titled?.country ?? null;
      // "Iraqi President Saddam Hussein": the country is the unknown person's, no participant of its own.
      if (titled) actors.pop();
      const span = titled ? { start: titled.span.start, end: m.span.end } : m.span;
      addActor(actors, country && country !== m.entityId ? [m.entityId, country] : [m.entityId], country, span, partnerOf(span, ctx));
    }
  }
  const doers = actors.map((a) => (introducedBy(a.span, ctx, ctx.lexicon.agentMarkers, LOOKBACK) ? { ...a, doer: true } : a));
  return { actors: doers, places };
}

// At most this many words between a country and the name its title introduces ("Iran's religious leader Ayatollah").
const TITLE_GAP = 4;

/**
 * A country right before a title and a name the KB does not know ("Iraqi President Saddam Hussein",
 * "Lebanon's new President Elias Hrawi"): the title makes the person that country's. The words
 * between must include a title and no cue or speech verb ("Iraq said President …" is no title).
 */
function titledCountry(m: Mention, last: Actor | undefined, ctx: ActorContext): Actor | null {
  if (!last || last.ids.length !== 1 || last.country !== last.ids[0]) return null;
  const between = ctx.text.slice(last.span.end, m.span.start);
  if (/[,;:()"«»“”]/u.test(between)) return null;
  const gap = ctx.words.filter((w) => w.span.start >= last.span.end && w.span.end <= m.span.start);
  if (gap.length > TITLE_GAP) return null;
  const { lexicon } = ctx;
  let titled = false;
  for (let i = 0; i < gap.length; i++) {
    if (firstMatchAt(gap, i, lexicon.cues, (c) => c.phrase, lexicon.prefixes)) return null;
    if (matchAnyAt(gap, i, lexicon.speechVerbs, lexicon.prefixes) > 0) return null;
    if (matchAnyAt(gap, i, lexicon.titles, lexicon.prefixes) > 0) titled = true;
  }
  return titled ? last : null;
}

function addActor(actors: Actor[], ids: string[], country: string | null, span: Span, partner: boolean): void {
  // A role and a name of one person ("رییس‌جمهور ایران … پزشکیان") are one participant; agents of one
  // code are one only when their countries agree ("Serb forces … Albanian forces" are two).
  const previous = actors.find((a) => sameParticipant(a, { ids, country }));
  if (previous) return;
  // A country right after its own leader ("President of Iran") belongs to the leader.
  const last = actors.at(-1);
  if (last && ids.length === 1 && last.country === ids[0] && span.start - last.span.end <= 2) return;
  // "الرئيس الإيراني مسعود بيزشكيان": the demonym of a title belongs to the person named next.
  if (last && last.ids.length === 1 && ids.length > 1 && country === last.ids[0] && span.start - last.span.end <= 2) {
    actors[actors.length - 1] = { ids, country, span: { start: last.span.start, end: span.end }, partner: last.partner || partner };
    return;
  }
  actors.push({ ids, country, span, partner });
}

// A partner ("with X") or a marked object ("X و Y را"): a target, never the subject.
function partnerOf(span: Span, ctx: ActorContext): boolean {
  return introducedBy(span, ctx, ctx.lexicon.partnerPrepositions, LOOKBACK) || markedObject(span, ctx);
}

// A conjunction ("و", "and") and nothing else joins two participants.
const joined = (gap: string): boolean => {
  const letters = gap.replace(/[\s\p{P}]/gu, '').length;
  return letters > 0 && letters <= 3;
};

// "پلیس اسرائیل معترضان را": a generic actor between a name and the object marker is the object,
// the name is the subject. Names joined to it ("X و Y را") stay objects.
function markedObject(span: Span, ctx: ActorContext): boolean {
  const at = ctx.words.findIndex((w) => w.span.start >= span.end);
  if (at < 0) return false;
  for (let i = at; i < Math.min(ctx.words.length, at + LOOKBACK); i++) {
    if (matchAnyAt(ctx.words, i, ctx.lexicon.objectMarkers, ctx.lexicon.prefixes) === 0) continue;
    const marker = ctx.words[i]!.span.start;
    const between = ctx.agents.filter((a) => a.span.start >= span.end && a.span.end <= marker);
    return between.every((a) => joined(ctx.text.slice(span.end, a.span.start)));
  }
  return false;
}

/**
 * True when one of `phrases` ends within `reach` words before the mention, or is glued to it as a
 * proclitic ("بمينسك", "لروسيا").
 */
export function introducedBy(span: Span, ctx: ActorContext, phrases: readonly Phrase[], reach: number): boolean {
  const { words, text } = ctx;
  const at = words.findIndex((w) => w.span.end > span.start);
  if (at < 0) return false;
  const host = words[at]!;
  if (host.span.start < span.start) {
    const glued = normalizeForMatch(text.slice(host.span.start, span.start)).replace(/^[وف]/u, '');
    if (glued.length > 0 && phrases.some((p) => p.length === 1 && !p[0]!.stem && p[0]!.text === glued)) return true;
  }
  for (let i = at - 1; i >= Math.max(0, at - reach); i--) {
    // "… به بلاروس نوشت: مقامات …": a colon or semicolon ends the preposition's reach.
    if (/[:;؛]/u.test(text.slice(words[i]!.span.end, words[i + 1]!.span.start))) break;
    for (const p of phrases) {
      const startAt = i - p.length + 1;
      if (startAt >= 0 && matchPhraseAt(words, startAt, p, ctx.lexicon.prefixes) === p.length) return true;
    }
  }
  return false;
}

/** True when one of `phrases` starts within `reach` words after the mention ("Independent … نوشت"). */
export function followedBy(span: Span, ctx: ActorContext, phrases: readonly Phrase[], reach: number): boolean {
  const at = ctx.words.findIndex((w) => w.span.start >= span.end);
  if (at < 0) return false;
  for (let i = at; i < Math.min(ctx.words.length, at + reach); i++) {
    for (const p of phrases) if (matchPhraseAt(ctx.words, i, p, ctx.lexicon.prefixes) === p.length) return true;
  }
  return false;
}
