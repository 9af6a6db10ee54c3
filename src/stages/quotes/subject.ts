import type { EntityRef, Mention, Token } from '../../model/analysis.js';
import { contains, type Span } from '../../model/span.js';
import type { Frame } from './frames.js';
import { isClosingMark } from './frame-parts.js';
import type { QuoteLexicon } from './lexicon.js';
import { matchAny } from './match.js';
import { firstTokenAt } from './units.js';
import {
  clauseEnd, clauseStart, isNamePunctuation, isAgency, lastAgencyBefore, mentionStartingIn, rememberAgency, type AttributionContext,
} from './context.js';

/**
 * The subject search: a speech cue's subject after it (verb-first languages, postposed cues) or before
 * it (the name nearest the verb in SVO, the clause's first name in SOV), told apart from the relaying
 * outlet ("the agency", an agency noun, a report verb), the addressee ("lui", "إلى") and joint speakers.
 * A subject no entity names ("a campaign aide", "Some", "I", a credit's "exit polls") is found too, as a
 * span only; a chained cue ("…, adding", "… and said") shares the subject of the predicate before it.
 */

// A relative pronoun this close before the cue is its subject ("who said", "who has long said").
const RELATIVE_REACH = 3;
// Its antecedent is at most this many tokens before it ("Rubio, who" is two).
const ANTECEDENT_REACH = 3;
// An appositive between a subject and its cue is short: "Butz, 49," or "X, the state party chairwoman,".
const MAX_APPOSITIVE_TOKENS = 12;
// Words (auxiliaries, adverbs) between a pronoun subject and its cue: "some have also argued".
const AUXILIARY_REACH = 3;
// An unnamed subject is a short noun phrase: "a senior Homeland Security Department official" is six words.
const MAX_UNNAMED_TOKENS = 8;

/** What a subject search found. */
export interface Found {
  speaker: EntityRef | null;
  coSpeakers: EntityRef[];
  via: EntityRef | null;
  span: Span | null;
  pronoun: boolean;
  method: string;
}

/** The subject after the cue: between cue and content, or after a postposed cue up to the clause end. */
export function findSubjectAfter(ctx: AttributionContext, frame: Frame, usable: (m: Mention) => boolean, types: ReadonlySet<string>): Found | null {
  const { tokens, lexicon } = ctx;
  const from = frame.cueEnd;
  const to = frame.postposed ? clauseEnd(tokens, from, frame.unit.tokenEnd) : frame.contentToken;
  const found: Found = { speaker: null, coSpeakers: [], via: null, span: null, pronoun: false, method: 'after' };
  let relayed = false;
  let lastEnd = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const anaphor = matchAny(tokens, i, lexicon.agencyAnaphors, lexicon, to);
    if (!found.via && !found.speaker && anaphor > 0) {
      const agency = lastAgencyBefore(ctx, t.span.start);
      if (agency) found.via = ctx.toRef(agency);
      i = anaphor - 1;
      continue;
    }
    if (found.via && matchAny(tokens, i, lexicon.relayedFrom, lexicon, to) > 0) relayed = true;
    if (!found.speaker && !found.via && lexicon.pronouns.has(t.norm)) {
      found.pronoun = true;
      found.span = t.span;
      return found;
    }
    const m = mentionStartingIn(ctx.mentions, t.span);
    if (!m || !usable(m) || !types.has(m.type) || afterAddressee(ctx, i)) continue;
    if (found.speaker) {
      // A joint statement: "الرئيسان … لوكاشينكو، والإيراني … بيزشكيان"; a name not joined by a conjunction ends it.
      if (!joined(ctx, lastEnd, i)) break;
      const ref = ctx.toRef(m);
      if (ref.id !== found.speaker.id && !found.coSpeakers.some((c) => c.id === ref.id)) found.coSpeakers.push(ref);
    } else if (m.type === 'ORG' && !relayed && (frame.report || isAgency(ctx, m))) {
      found.via = ctx.toRef(m);
      found.span = m.span;
      rememberAgency(ctx, m);
    } else {
      found.speaker = ctx.toRef(m);
      found.span = m.span;
      found.method = relayed ? 'relayed' : 'after';
    }
    i = skipMention(tokens, i, m, to);
    lastEnd = i + 1;
  }
  return found.speaker || found.via || found.pronoun ? found : null;
}

/** The subject before the cue: the first name of its clause (SVO "Trump says", SOV "لوکاشنکو … گفت"). */
export function findSubjectBefore(
  ctx: AttributionContext,
  frame: Frame,
  usable: (m: Mention) => boolean,
  floor: number,
  types: ReadonlySet<string>,
): Found | null {
  const { tokens, lexicon } = ctx;
  // After its content, a cue's subject sits between the two ("“…,” Lukashenko said").
  const start = frame.postposed
    ? (frame.subjectFrom ?? firstTokenAt(tokens, frame.content.end))
    : Math.max(floor, clauseStart(tokens, frame.cueStart, frame.unit.tokenStart));
  // SOV: the subject opens the clause; SVO: it is the name nearest the verb ("At a rally in Novi, Trump says").
  // A participle after a comma shares the clause's subject, named first: "Romney went after Trump, calling it …".
  const participle = isChained(ctx, frame);
  const nearestFirst = lexicon.subjectOrder !== 'verb-final' && !participle;
  const order = subjectOrder(tokens, start, frame, nearestFirst);
  const appositive = appositiveSubject(ctx, frame);
  if (appositive && usable(appositive) && types.has(appositive.type) && appositive.span.start >= (tokens[start]?.span.start ?? 0)) {
    return { speaker: ctx.toRef(appositive), coSpeakers: [], via: null, span: appositive.span, pronoun: false, method: 'appositive' };
  }
  // "Though the White House kept mum, all signs pointed to …": a phrase right before the cue that names no one
  // is the subject; a name further back is not.
  if (lexicon.subjectOrder === 'subject-first' && nearestFirst) {
    const unnamed = unnamedAdjacentSubject(ctx, frame, start);
    if (unnamed) return { speaker: null, coSpeakers: [], via: null, span: unnamed, pronoun: false, method: 'unnamed' };
  }
  for (const i of order) {
    const t = tokens[i]!;
    const subjectSlot = i === start || tokens[i - 1]!.kind === 'punct' || nextToCue(ctx, i, frame.cueStart);
    if (lexicon.pronouns.has(t.norm) && subjectSlot) {
      return { speaker: null, coSpeakers: [], via: null, span: t.span, pronoun: true, method: 'pronoun' };
    }
    // "I told …", "Some accused …": a subject that names no entity; a name further back is not it.
    if (lexicon.indefiniteSubjects.has(t.norm) && nextToCue(ctx, i, frame.cueStart)) {
      return { speaker: null, coSpeakers: [], via: null, span: t.span, pronoun: false, method: 'indefinite' };
    }
    if (lexicon.relativePronouns.has(t.norm) && frame.cueStart - i <= RELATIVE_REACH) {
      // "Luis Rubio, who said …": the name before the relative pronoun; the pronoun is the evidence.
      const antecedent = nearestMentionBefore(ctx, i, usable, types);
      if (antecedent) return { speaker: ctx.toRef(antecedent), coSpeakers: [], via: null, span: t.span, pronoun: false, method: 'relative' };
      // "6 in 10 voters who say …": an antecedent no entity names; a name further back is not the subject.
      return { speaker: null, coSpeakers: [], via: null, span: t.span, pronoun: false, method: 'relative-unnamed' };
    }
    const m = mentionStartingIn(ctx.mentions, t.span);
    if (!m || !usable(m) || !types.has(m.type) || afterAddressee(ctx, i)) continue;
    if (m.type === 'ORG' && (frame.report || isAgency(ctx, m))) {
      rememberAgency(ctx, m);
      return { speaker: null, coSpeakers: [], via: ctx.toRef(m), span: m.span, pronoun: false, method: 'outlet' };
    }
    // "Lukașenko și Pezeshkian au declarat": the names joined to this one speak with it, the first named first.
    const joint = jointMentions(ctx, m, start, frame.cueStart, usable, types);
    const refs = joint.map((x) => ctx.toRef(x)).filter((r, k, all) => all.findIndex((o) => o.id === r.id) === k);
    return { speaker: refs[0]!, coSpeakers: refs.slice(1), via: null, span: joint[0]!.span, pronoun: false, method: 'before' };
  }
  return null;
}

// The subject phrase nearest the cue (to the punctuation before it, or between content and a postposed cue)
// when it holds a content word and no name, pronoun or relative pronoun: its unnamed span.
function unnamedAdjacentSubject(ctx: AttributionContext, frame: Frame, start: number): Span | null {
  const { tokens, lexicon } = ctx;
  let from = frame.cueStart;
  while (from > start && (frame.postposed || tokens[from - 1]!.kind !== 'punct')) from--;
  let head = false;
  for (let i = from; i < frame.cueStart; i++) {
    const t = tokens[i]!;
    if (lexicon.pronouns.has(t.norm) || lexicon.indefiniteSubjects.has(t.norm) || lexicon.relativePronouns.has(t.norm)) return null;
    // Any name in the phrase may head it ("В тот же день Южная Корея заявила"): the name search decides.
    if (ctx.mentions.some((x) => x.span.start < t.span.end && x.span.end > t.span.start && !ctx.quoted.some((q) => contains(q, x.span)))) return null;
    if (isContentWord(ctx, t)) head = true;
  }
  return head ? unnamedSubject(ctx, frame, from) : null;
}

// A word that can head an unnamed subject: not a function word, not quoted, not part of a time expression.
function isContentWord(ctx: AttributionContext, t: Token): boolean {
  const { lexicon } = ctx;
  if (t.kind !== 'word' || lexicon.functionWords.has(t.norm) || lexicon.inserts.has(t.norm)) return false;
  return !ctx.quoted.some((q) => contains(q, t.span)) && !ctx.times.some((x) => contains(x, t.span));
}

// Only a few words, none a name, between token i and the cue: auxiliaries and adverbs ("he has rarely said").
function nextToCue(ctx: AttributionContext, i: number, cue: number): boolean {
  if (cue - i > AUXILIARY_REACH + 1) return false;
  for (let k = i + 1; k < cue; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || mentionStartingIn(ctx.mentions, t.span)) return false;
  }
  return true;
}

// Token order of the subject search. Between a content and its cue the head of the subject is the name
// nearest the first comma ("“…,” Brent Bozell, founder of the Media Research Center, said" → Bozell).
function subjectOrder(tokens: readonly Token[], start: number, frame: Frame, nearestFirst: boolean): number[] {
  const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
  if (!nearestFirst) return range(start, frame.cueStart);
  const comma = frame.postposed ? range(start, frame.cueStart).find((i) => /^[,،(]$/u.test(tokens[i]!.norm)) : undefined;
  const head = comma ?? frame.cueStart;
  return [...range(start, head).reverse(), ...range(head, frame.cueStart).reverse()];
}

/**
 * The name an appositive follows when the cue closes it: "Roberta Lange, the state party chairwoman, said …"
 * (a comma, words without a name or clause punctuation, a comma, the cue). Such a cue is no participle.
 */
export function appositiveSubject(ctx: AttributionContext, frame: Frame): Mention | null {
  const { tokens } = ctx;
  const comma = frame.cueStart - 1;
  if (frame.postposed || !/^[,،]$/u.test(tokens[comma]?.norm ?? '')) return null;
  for (let i = comma - 1; i > frame.unit.tokenStart && comma - i <= MAX_APPOSITIVE_TOKENS; i--) {
    const t = tokens[i]!;
    if (mentionStartingIn(ctx.mentions, t.span)) return null;
    if (t.kind !== 'punct' || isNamePunctuation(tokens, i)) continue;
    if (!/^[,،]$/u.test(t.norm) || i === comma - 1) return null;
    const before = tokens[i - 1]!;
    const m = ctx.mentions.find((x) => x.span.end === before.span.end);
    return m && (m.type === 'PER' || m.type === 'ORG') && !ctx.quoted.some((q) => contains(q, m.span)) ? m : null;
  }
  return null;
}

/**
 * A cue chained to the predicate before it shares that predicate's subject: after a comma, a participle
 * ("، مشيراً إلى", ", adding", "“fantastic,” telling"), or after a conjunction ("… and said", "… و افزود").
 */
export function isChained(ctx: AttributionContext, frame: Frame): boolean {
  const { tokens, lexicon } = ctx;
  if (frame.postposed || frame.cueKind !== 'verb' || appositiveSubject(ctx, frame)) return false;
  let i = frame.cueStart - 1;
  while (i >= frame.unit.tokenStart && (lexicon.inserts.has(tokens[i]!.norm) || isClosingMark(tokens[i]!.norm))) i--;
  const t = tokens[i];
  return !!t && i >= frame.unit.tokenStart && (/^[,،]$/u.test(t.norm) || lexicon.conjunctions.has(t.norm));
}

function skipMention(tokens: readonly Token[], i: number, m: Mention, to: number): number {
  while (i + 1 < to && tokens[i + 1]!.span.start < m.span.end) i++;
  return i;
}

// Names between the first and a later one must be joined by a conjunction ("و", "and", "și"), or a
// clitic one ("والإيراني"), with at most a title between.
function joined(ctx: AttributionContext, from: number, to: number): boolean {
  const between = ctx.tokens.slice(from, to).filter((t) => t.kind === 'word');
  if (between.length > 3) return false;
  return between.some((t) => ctx.lexicon.conjunctions.has(t.norm) || [...ctx.lexicon.conjunctions].some((c) => c.length === 1 && t.norm.startsWith(c) && t.norm.length > 2));
}

// "l-a declarat Pezeshkian lui Lukașenko": the addressee is not the speaker.
function afterAddressee(ctx: AttributionContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return !!prev && ctx.lexicon.addressees.has(prev.norm);
}

/**
 * The subject no entity names ("officials said", "“…,” a Homeland Security official said", "said six-million
 * people"): the span of the word run nearest the cue where its subject would be, or null when there is none.
 * It is evidence only: the stage records it as `speakerSpan` with `speaker: null`, never as an entity.
 */
export function unnamedSubject(ctx: AttributionContext, frame: Frame, floor: number): Span | null {
  const { tokens, lexicon } = ctx;
  // A chained cue ("…, adding", "… and said") shares its clause's subject: the clause's first phrase.
  const chained = isChained(ctx, frame);
  // A credit names its source after it in every language ("according to exit polls", "potrivit surselor").
  const credit = frame.cueKind === 'according';
  const afterCue = credit || (!frame.postposed && lexicon.subjectOrder === 'verb-first');
  const [from, to] = credit
    ? [frame.cueEnd, clauseEnd(tokens, frame.cueEnd, frame.unit.tokenEnd)]
    : frame.postposed
      ? [(frame.subjectFrom ?? firstTokenAt(tokens, frame.content.end)), frame.cueStart]
      : afterCue
        ? [frame.cueEnd, frame.contentToken]
        : [Math.max(floor, clauseStart(tokens, frame.cueStart, frame.unit.tokenStart)), frame.cueStart];
  const content = (i: number) => isContentWord(ctx, tokens[i]!);
  // The head is the content word nearest the cue (SVO, SOV: before it; verb-first: after it), or the
  // clause's first one for a chained cue, whose phrase then stops at the first function word.
  const forward = afterCue || chained;
  const order = Array.from({ length: Math.max(0, to - from) }, (_, k) => (forward ? from + k : to - 1 - k));
  const head = order.find(content);
  if (head === undefined) return null;
  // The phrase runs away from the cue over words (not punctuation, not quotations), then sheds function words.
  const step = forward ? 1 : -1;
  const inPhrase = (i: number) => i >= from && i < to && (chained ? content(i) : tokens[i]!.kind !== 'punct' && !ctx.quoted.some((q) => contains(q, tokens[i]!.span)));
  let edge = head;
  while (Math.abs(edge - head) < MAX_UNNAMED_TOKENS - 1 && inPhrase(edge + step)) edge += step;
  while (edge !== head && !content(edge)) edge -= step;
  const [a, b] = forward ? [head, edge] : [edge, head];
  return { start: tokens[a]!.span.start, end: tokens[b]!.span.end };
}

function nearestMentionBefore(ctx: AttributionContext, i: number, usable: (m: Mention) => boolean, types: ReadonlySet<string>): Mention | null {
  const from = ctx.tokens[Math.max(0, i - ANTECEDENT_REACH)]!.span.start;
  const to = ctx.tokens[i]!.span.start;
  let best: Mention | null = null;
  for (const m of ctx.mentions) if (m.span.end <= to && m.span.end > from && usable(m) && types.has(m.type)) best = m;
  return best;
}

// The chain of names joined to `m` by conjunctions within tokens [from, to), in text order.
function jointMentions(ctx: AttributionContext, m: Mention, from: number, to: number, usable: (x: Mention) => boolean, types: ReadonlySet<string>): Mention[] {
  const { tokens } = ctx;
  const lo = tokens[from]?.span.start ?? 0;
  const hi = tokens[to - 1]?.span.end ?? 0;
  const candidates = ctx.mentions.filter((x) => x.span.start >= lo && x.span.end <= hi && usable(x) && types.has(x.type) && x.type === m.type);
  const at = (x: Mention) => firstTokenAt(tokens, x.span.start);
  const end = (x: Mention) => firstTokenAt(tokens, x.span.end);
  const chain = [m];
  const k = candidates.indexOf(m);
  for (let j = k - 1; j >= 0 && joined(ctx, end(candidates[j]!), at(chain[0]!)); j--) chain.unshift(candidates[j]!);
  for (let j = k + 1; j < candidates.length && joined(ctx, end(chain[chain.length - 1]!), at(candidates[j]!)); j++) chain.push(candidates[j]!);
  return chain;
}
