import type { EntityRef, Mention, Token } from '../../model/analysis.js';
import type { Span } from '../../model/span.js';
import type { QuoteLexicon } from './lexicon.js';

/**
 * The state attribution reads and keeps while it goes through an article in order, and the small
 * lookups over tokens and mentions it shares with the subject search (subject.ts).
 */

// Agency nouns within this many tokens before a name make it an outlet ("وكالة “بيلتا”", "agenția Belta").
const AGENCY_NOUN_REACH = 3;

/** The resolved attribution of one frame. */
export interface Attribution {
  readonly speaker: EntityRef | null;
  /** Further speakers of a joint statement ("the two presidents Lukashenko and Pezeshkian said"). */
  readonly coSpeakers: readonly EntityRef[];
  readonly via: EntityRef | null;
  /** Where the speaker was read: a name, role or pronoun; a carried statement keeps the previous one's. */
  readonly speakerSpan: Span | null;
  /** How the speaker was found, for the trace: `after`, `before`, `relayed`, `pronoun`, `carried`. */
  readonly method: string;
}

/** What attribution needs to know about the article, plus what it learns while reading it. */
export interface AttributionContext {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly lexicon: QuoteLexicon;
  readonly toRef: (m: Mention) => EntityRef;
  /** Outlets named so far (ORG mentions after an agency noun, or credited as relay), in text order. */
  readonly agencies: Mention[];
  /** Quoted statements: names inside them are what was said about, not who said it. */
  readonly quoted: readonly Span[];
  /** Time expressions ("on Saturday", "last month"): never a subject. */
  readonly times: readonly Span[];
  previous: Attribution | null;
}

/** Where one frame's subject may be looked for. */
export interface FrameScope {
  /** Mentions credited by an according cue of the unit ("potrivit Belta"): relays, not subjects. */
  readonly credits: readonly Mention[];
  /** First token the subject may start at (after the previous frame of the unit). */
  readonly floor: number;
  /** The previous frame's attribution when this cue is chained to it ("X said …, adding …"): same speaker. */
  readonly chainedTo?: Attribution | null;
}

/** A clause starts after the last colon or sentence end before the cue ("تاس نوشت: «…» … گفت"). */
export function clauseStart(tokens: readonly Token[], cue: number, unitStart: number): number {
  for (let i = cue - 1; i > unitStart; i--) if (tokens[i]!.norm === ':') return i + 1;
  return unitStart;
}

/** First clause-ending punctuation token at or after `from` ("said Mr. Pike, who …" ends at the comma). */
export function clauseEnd(tokens: readonly Token[], from: number, unitEnd: number): number {
  for (let i = from; i < unitEnd; i++) if (tokens[i]!.kind === 'punct' && /^[,،;؛.:!?؟]$/u.test(tokens[i]!.norm) && !isNamePunctuation(tokens, i)) return i;
  return unitEnd;
}

/** The period of "Mr.", the brackets of "(R-Ga.)" and its hyphen belong to a name, not to the clause. */
export function isNamePunctuation(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.norm === '(' || t.norm === ')') return true;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // A hyphen with no space on either side joins two words ("R-Iowa"); a dash between spaces separates clauses.
  if (/^[-‐‑]$/u.test(t.norm) && before?.span.end === t.span.start && after?.span.start === t.span.end) return true;
  return t.norm === '.' && !!before && before.kind === 'word' && before.norm.length <= 3;
}

/** The mention that starts inside `span`, if any. */
export function mentionStartingIn(mentions: readonly Mention[], span: Span): Mention | undefined {
  return mentions.find((m) => m.span.start >= span.start && m.span.start < span.end);
}

/** Whether an ORG mention is an outlet: credited before, or named after (or with) an agency noun. */
export function isAgency(ctx: AttributionContext, m: Mention): boolean {
  if (ctx.agencies.some((a) => a.entityId === m.entityId)) return true;
  const at = ctx.tokens.findIndex((t) => t.span.start >= m.span.start);
  for (let k = Math.max(0, at - AGENCY_NOUN_REACH); k < at; k++) if (ctx.lexicon.agencyNouns.has(ctx.tokens[k]!.norm)) return true;
  for (let k = at; k < ctx.tokens.length && ctx.tokens[k]!.span.start < m.span.end; k++) if (ctx.lexicon.agencyNouns.has(ctx.tokens[k]!.norm)) return true;
  return false;
}

/** Records an outlet, so "the agency" can refer back to it. */
export function rememberAgency(ctx: AttributionContext, m: Mention): void {
  if (!ctx.agencies.includes(m)) ctx.agencies.push(m);
}

/** The outlet "the agency" refers to: the last one named before `offset`. */
export function lastAgencyBefore(ctx: AttributionContext, offset: number): Mention | null {
  let best: Mention | null = null;
  for (const a of ctx.agencies) if (a.span.start < offset && (!best || a.span.start > best.span.start)) best = a;
  if (best) return best;
  // An outlet named before but not yet credited: the nearest ORG after an agency noun.
  for (const m of ctx.mentions) if (m.span.start < offset && m.type === 'ORG' && isAgency(ctx, m)) best = m;
  return best;
}

/** The last person named before `offset` (the antecedent of a pronoun). */
export function lastPersonBefore(ctx: AttributionContext, offset: number, usable: (m: Mention) => boolean): Mention | null {
  let best: Mention | null = null;
  for (const m of ctx.mentions) {
    if (m.span.start >= offset) break;
    if (m.type === 'PER' && usable(m)) best = m;
  }
  return best;
}

/** Start offset of token `i` (Infinity past the end). */
export function tokenOffset(ctx: AttributionContext, i: number): number {
  return ctx.tokens[i]?.span.start ?? Infinity;
}
