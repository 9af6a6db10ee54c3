import type { Actor, Place } from './actors.js';
import { isBareAgent, sameParticipant } from './agents.js';
import type { CueHit } from './cues.js';
import type { EventLexicon } from './lexicon.js';

/** Source and target of one event, as participants. */
export interface Roles {
  readonly source: readonly Actor[];
  readonly target: readonly Actor[];
}

/** What roles may borrow from outside the clause. */
export interface RoleContext {
  readonly text: string;
  readonly lexicon: EventLexicon;
  /** The source of the previous event in the same sentence (coordinated verbs share a subject). */
  readonly previousSource: readonly Actor[] | null;
  /** The two countries the article is mostly about, for "the two countries"/"البلدين". */
  readonly dyad: readonly [string, string] | null;
  readonly dyadAnaphor: boolean;
}

// Names joined by "and"/"și"/"و"/"," are one compound subject: at most this many letters lie between
// ("and", "și", "و", "وال" where the article stays outside the mention).
const JOINER_LENGTH = 3;
const letters = (s: string): number => s.replace(/[\s\p{P}]/gu, '').length;
const CLAUSE_PUNCT = /[,،;؛]/u;

/**
 * Decides who did what to whom in a clause: the subject is the name group right before the cue
 * (or, in verb-first languages, the first name after it); names after the cue and partners ("with
 * X") are targets. For a CONSULT in a place, PLOVER's host/visit distinction applies: participants
 * of the place's country host, the others visit (PLOVER 0.8, CONSULT modes visit/host).
 */
export function assignRoles(hit: CueHit, actors: readonly Actor[], places: readonly Place[], ctx: RoleContext): Roles {
  const before = actors.filter((a) => a.span.end <= hit.span.start);
  const after = actors.filter((a) => a.span.start >= hit.span.end);
  let source: Actor[] = [];
  let target: Actor[] = [...before.filter((a) => a.partner), ...after];
  const subjects = before.filter((a) => !a.partner);
  // False when the subject is borrowed from the previous clause rather than named in this one.
  let named = true;
  if (subjects.length > 0) source = subjectGroup(subjects, hit, ctx.text);
  else if (ctx.lexicon.subjectOrder !== 'verb-first' && ctx.previousSource) {
    source = [...ctx.previousSource];
    named = false;
  } else if (after.length > 0 && !after[0]!.partner) {
    source = [after[0]!];
    target = target.filter((a) => a !== after[0]);
  } else if (ctx.previousSource) {
    source = [...ctx.previousSource];
    named = false;
  }
  if (hit.passive) {
    // "Three soldiers were killed by rebels": the subject suffers the act, the doer after "by" does it.
    const doers = after.filter((a) => a.doer);
    target = [...source, ...target.filter((a) => !a.doer)];
    source = doers;
  } else if (hit.addressee && named && source.length > 0 && adjacent(source.at(-1)!, hit, ctx.text)) {
    // "The administration declared that China must drop barriers": an obligation's subject is the one
    // asked (the REQUEST's target); the one asking is the first name before it, else the previous subject.
    const askers = subjects.filter((a) => !source.includes(a));
    target = [...source, ...target];
    source = askers.length > 0 ? [askers[0]!] : ctx.previousSource ? [...ctx.previousSource] : [];
  }
  // A party named again after the verb ("Raisi and Lukashenko agree on … between Iran and Belarus") is no target.
  target = target.filter((t) => !source.some((s) => sameParticipant(s, t) || (t.ids.length === 1 && s.country === t.country)));
  if (hit.mode === 'visit' && source.length === 0 && target.length > 0) {
    // "سفر پزشکیان به بلاروس", "the visit of X": the named person is the visitor.
    source = target;
    target = [];
  }
  const roles = applyHost(hit, splitJoint(hit, { source, target }), places, actors, ctx.previousSource);
  return applyDyad(placeAsTarget(hit, dropBareAgents(roles), places), ctx);
}

// An act with no one named on its receiving end is aimed at the place it names after the verb:
// "sent arms to Pakistan", "lifted the curfew in Montenegro", "shelled Juba" (CAMEO codes the
// location's country as target when no other is given). Meetings have their own host rule.
function placeAsTarget(hit: CueHit, roles: Roles, places: readonly Place[]): Roles {
  if (hit.type === 'CONSULT' || roles.source.length === 0 || roles.target.length > 0) return roles;
  const place = places.find((p) => p.span.start >= hit.span.end && p.country !== null);
  if (!place) return roles;
  return { source: roles.source, target: [{ ids: [place.country!], country: place.country, span: place.span, partner: false }] };
}

// A generic agent with no country is a participant only where nobody is named: in "Russia withdrew
// its troops from Ukraine" the troops are what moves, Ukraine is the target.
function dropBareAgents(roles: Roles): Roles {
  const prune = (side: readonly Actor[]) => (side.some((a) => !isBareAgent(a.ids)) ? side.filter((a) => !isBareAgent(a.ids)) : side);
  return { source: prune(roles.source), target: prune(roles.target) };
}

// A subject right before its verb ("China must"), with at most an article or a short word between.
const ADDRESSEE_GAP = 4;
function adjacent(subject: Actor, hit: CueHit, text: string): boolean {
  const gap = text.slice(subject.span.end, hit.span.start);
  return subject.span.end <= hit.span.start && !CLAUSE_PUNCT.test(gap) && letters(gap) <= ADDRESSEE_GAP;
}

// The nearest names before the cue, joined by conjunctions. When a comma separates them from the
// cue ("Lukașenko, un apropiat al lui Putin, a permis"), the nearest name is an apposition and the
// subject is the clause's first name.
function subjectGroup(subjects: readonly Actor[], hit: CueHit, text: string): Actor[] {
  const nearest = subjects.length - 1;
  const gap = text.slice(subjects[nearest]!.span.end, hit.span.start);
  let anchor = nearest;
  if (CLAUSE_PUNCT.test(gap) && subjects.length > 1) anchor = 0;
  const group = [subjects[anchor]!];
  if (anchor === nearest) {
    for (let i = anchor - 1; i >= 0; i--) {
      const between = letters(text.slice(subjects[i]!.span.end, group[0]!.span.start));
      if (between > JOINER_LENGTH) break;
      group.unshift(subjects[i]!);
    }
  } else {
    for (let i = anchor + 1; i <= nearest; i++) {
      const between = letters(text.slice(group.at(-1)!.span.end, subjects[i]!.span.start));
      if (between > JOINER_LENGTH) break;
      group.push(subjects[i]!);
    }
  }
  return group;
}

// Symmetric categories (PLOVER codes "Jordan and Britain have agreed" SRC/TAR on both sides): a joint
// subject with no object is split, the first party as source and the others as target.
const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE']);
function splitJoint(hit: CueHit, roles: Roles): Roles {
  if (!SYMMETRIC.has(hit.type) || roles.target.length > 0 || roles.source.length < 2) return roles;
  const first = roles.source[0]!;
  const others = roles.source.filter((a) => a.country !== first.country);
  if (others.length === 0) return roles;
  return { source: roles.source.filter((a) => a.country === first.country), target: others };
}

function applyHost(hit: CueHit, roles: Roles, places: readonly Place[], actors: readonly Actor[], previous: readonly Actor[] | null): Roles {
  if (hit.type !== 'CONSULT') return roles;
  const host = places.find((p) => p.city)?.country ?? places[0]?.country ?? null;
  if (!host) return roles;
  // Everyone named in the clause takes part in a meeting, including names the subject rule left out.
  const everyone = [...new Set([...roles.source, ...roles.target, ...actors])];
  // "… علي باقري الذي يزور مينسك": the visitor is the previous clause's subject.
  if (previous && everyone.every((a) => a.country === host) && previous.some((a) => a.country !== host)) {
    return { source: previous.filter((a) => a.country !== host), target: everyone };
  }
  const hosts = everyone.filter((a) => a.country === host);
  const guests = everyone.filter((a) => a.country !== host);
  if (hosts.length > 0 && guests.length > 0) return { source: guests, target: hosts };
  // A visit to a place with no host named: the place's country receives it.
  if (hit.mode === 'visit' && hosts.length === 0 && roles.source.length > 0 && roles.target.length === 0) {
    return { source: roles.source, target: [{ ids: [host], country: host, span: hit.span, partner: true }] };
  }
  return roles;
}

function applyDyad(roles: Roles, ctx: RoleContext): Roles {
  if (!ctx.dyad) return roles;
  const [a, b] = ctx.dyad;
  const make = (id: string): Actor => ({ ids: [id], country: id, span: { start: 0, end: 0 }, partner: false });
  // "أجرى محادثات مع رئيس بيلاروس" (he held talks with Belarus's president): in a report about two
  // countries, an unnamed subject acting on one of them is the other.
  const targetCountries = new Set(roles.target.map((t) => t.country));
  if (roles.source.length === 0 && targetCountries.size === 1 && (targetCountries.has(a) || targetCountries.has(b))) {
    return { source: [make(targetCountries.has(a) ? b : a)], target: roles.target };
  }
  if (!ctx.dyadAnaphor) return roles;
  if (roles.source.length === 0 && roles.target.length === 0) return { source: [make(a)], target: [make(b)] };
  if (roles.target.length === 0) {
    const countries = new Set(roles.source.map((s) => s.country));
    const other = countries.has(a) ? b : countries.has(b) ? a : null;
    if (other) return { source: roles.source, target: [make(other)] };
  }
  return roles;
}
