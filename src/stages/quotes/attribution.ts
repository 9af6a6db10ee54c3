import type { Mention } from '../../model/analysis.js';
import { contains, type Span } from '../../model/span.js';
import type { Frame } from './frames.js';
import { lastPersonBefore, tokenOffset, type Attribution, type AttributionContext, type FrameScope } from './context.js';
import { findSubjectBefore, findSubjectAfter, unnamedSubject } from './subject.js';

export type { Attribution, AttributionContext, FrameScope } from './context.js';

/**
 * Who said it and who relayed it. The speaker is the cue's subject — after the cue (Arabic VSO,
 * "…, a spus Lukașenko"), else the first name of the clause before it (SVO, SOV) — or, for a
 * pronoun or a verb with no subject ("وأضاف"), the previous speaker. An outlet subject of a report
 * verb ("ذكرت وكالة بيلتا", "Belta a relatat") or "the agency" ("ونقلت الوكالة عن") is the relay.
 * Only entities with a mention in the article can be chosen: speakers come from mentions.
 */

const SPEAKER_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG']);
// A country speaks too ("Южная Корея заявила"), but only when no person or body is there to: "Pezeshkian,
// in Minsk, said" must not give Minsk.
const FALLBACK_TYPES: ReadonlySet<string> = new Set(['GPE']);

/** Resolves speaker and relay of `frame`; `credits` are the according-cue mentions of its unit. */
export function attribute(ctx: AttributionContext, frame: Frame, scope: FrameScope): Attribution {
  const { credits } = scope;
  if (scope.chainedTo?.speaker || scope.chainedTo?.speakerSpan) {
    // "X told CNN …, adding …": a chained cue keeps the subject of the predicate it continues.
    const result: Attribution = { ...scope.chainedTo, method: 'chained' };
    ctx.previous = result;
    return result;
  }
  const usable = (m: Mention) => !credits.includes(m) && !ctx.quoted.some((q) => contains(q, m.span));
  const after = (types: ReadonlySet<string>) => findSubjectAfter(ctx, frame, usable, types);
  const before = (types: ReadonlySet<string>) => findSubjectBefore(ctx, frame, usable, scope.floor, types);
  // A postposed cue's subject follows it ("“…,” said Bolton") unless one stands between the content and
  // the cue ("“…,” Sessions told CNN"): where the subject comes first, that one is tried first.
  const afterFirst = ctx.lexicon.subjectOrder === 'verb-first';
  const search = (types: ReadonlySet<string>) => (afterFirst ? after(types) ?? before(types) : before(types) ?? after(types));
  const found = search(SPEAKER_TYPES) ?? search(FALLBACK_TYPES);
  let via = found?.via ?? null;
  let result: Attribution;
  let unnamed: Span | null = null;
  if (found?.speaker) {
    result = { speaker: found.speaker, coSpeakers: found.coSpeakers, via, speakerSpan: found.span, method: found.method };
  } else if (found?.pronoun) {
    // A pronoun refers to the last person named outside quotations ("Acesta a declarat" → Pezeshkian).
    const antecedent = lastPersonBefore(ctx, tokenOffset(ctx, frame.cueStart), usable);
    const prev = ctx.previous;
    result = antecedent
      ? { speaker: ctx.toRef(antecedent), coSpeakers: [], via, speakerSpan: found.span, method: 'pronoun' }
      : { speaker: prev?.speaker ?? null, coSpeakers: prev?.coSpeakers ?? [], via, speakerSpan: found.span, method: 'pronoun' };
  } else if (found && !found.via && found.span) {
    // A relative pronoun whose antecedent no entity names ("voters who say"): the pronoun is the evidence.
    result = { speaker: null, coSpeakers: [], via, speakerSpan: found.span, method: 'unnamed' };
  } else if (!found?.via && (unnamed = unnamedSubject(ctx, frame, scope.floor))) {
    // "Российские власти объявили", "a Homeland Security official said": someone no entity names. The
    // words are kept as evidence (`speakerSpan`), but the speaker stays null: only entities speak.
    result = { speaker: null, coSpeakers: [], via, speakerSpan: unnamed, method: 'unnamed' };
  } else if (!found?.via) {
    // No subject ("وأضاف", "subliniind"): the statement continues the previous speaker's.
    const prev = ctx.previous;
    result = { speaker: prev?.speaker ?? null, coSpeakers: prev?.coSpeakers ?? [], via, speakerSpan: prev?.speakerSpan ?? null, method: 'carried' };
  } else {
    // An outlet speaking in its own name ("Belta a relatat că …").
    result = { speaker: via, coSpeakers: [], via, speakerSpan: found.span, method: 'outlet' };
  }
  for (const credit of credits) {
    if (credit.type === 'ORG') {
      via ??= ctx.toRef(credit);
      // "Как сообщает ТАСС, …" alone: the credited outlet is also the source.
      if (!result.speaker && frame.cueKind === 'according') result = { ...result, speaker: ctx.toRef(credit), speakerSpan: credit.span, method: 'according' };
    } else if (credit.type === 'PER' && !result.speaker) result = { ...result, speaker: ctx.toRef(credit), speakerSpan: credit.span, method: 'according' };
  }
  // A relay credited for a speaker's last statement covers the ones that follow it.
  if (!via && ctx.previous && result.speaker && ctx.previous.speaker?.id === result.speaker.id) via = ctx.previous.via;
  result = { ...result, via };
  // An outlet's own report is not a speaker later verbs continue ("تاس نوشت: … گفت").
  if (result.method !== 'outlet') ctx.previous = result;
  return result;
}

