import type { Token } from '../../model/analysis.js';
import type { QuoteLexicon } from './lexicon.js';
import { findCues, matchAny, type CueHit } from './match.js';
import type { MarkedSpan } from './quote-marks.js';
import type { Unit } from './units.js';
import {
  contentEnd, makeFrame, MAX_LABEL_TOKENS, MAX_SUBJECT_TOKENS, MIN_POSTPOSED_WORDS, type Frame, type UnitView,
} from './frame-parts.js';
import { accordingFrame, postposedFrame } from './postposed.js';

export type { Frame } from './frame-parts.js';

/**
 * The extractor: proposes attribution frames (a cue with the content it introduces) in one unit.
 * Content follows the cue after a complementizer or colon ("قال إن …", "a declarat că …", "گفت: …"),
 * directly when the language allows it ("Trump says voter fraud …"), or precedes a postposed cue
 * ("„…”, a spus Lukașenko"). Speakers are resolved later (see attribution.ts).
 */

/** Proposes the frames of one unit, in text order. */
export function extractFrames(
  tokens: readonly Token[],
  unit: Unit,
  marks: readonly MarkedSpan[],
  lexicon: QuoteLexicon,
  statements: readonly MarkedSpan[] = marks,
): UnitFrames {
  // Past the unit's last token nothing is masked or opens a quotation.
  const masked = (i: number) => i < unit.tokenEnd && marks.some((m) => tokens[i]!.span.start >= m.outer.start && tokens[i]!.span.end <= m.outer.end);
  const opensQuote = (i: number) => i < unit.tokenEnd && statements.some((m) => tokens[i]!.span.start === m.outer.start);
  const view: UnitView = { tokens, unit, masked, opensQuote, lexicon };
  const cues = findCues(tokens, unit.tokenStart, unit.tokenEnd, lexicon, masked);
  const frames: Frame[] = [];
  cues.forEach((cue, k) => {
    if (cue.entry.kind !== 'verb') return;
    const next = cues[k + 1];
    // A complementizer or colon is the strongest sign, then a comma before the cue, then a bare complement.
    const frame =
      forwardFrame(view, cue, next, false) ?? postposedFrame(view, cue, frames[frames.length - 1]) ?? forwardFrame(view, cue, next, true);
    if (frame) frames.push(frame);
  });
  for (const frame of colonFrames(view, cues, marks)) frames.push(frame);
  const credits = cues.filter((c) => c.entry.kind === 'according');
  // "potrivit Reuters" alone in a sentence makes the sentence a statement credited to its source.
  if (frames.length === 0) for (const cue of credits) {
    const frame = accordingFrame(view, cue);
    if (frame) frames.push(frame);
  }
  return { frames: frames.sort((a, b) => a.cueStart - b.cueStart), credits };
}

/** The frames of a unit and its `according` cues, whose sources credit every frame of the unit. */
export interface UnitFrames {
  readonly frames: Frame[];
  readonly credits: CueHit[];
}

// Content after the cue: complementizer, colon, a quotation mark, or (where allowed) the next word.
function forwardFrame(view: UnitView, cue: CueHit, next: CueHit | undefined, bare: boolean): Frame | null {
  const { tokens, unit, masked, lexicon } = view;
  const limit = Math.min(unit.tokenEnd, cue.end + MAX_SUBJECT_TOKENS);
  let start = -1;
  for (let i = cue.end; i < limit && start < 0 && !bare; i++) {
    if (next && i >= next.start && next.entry.kind === 'verb') break;
    if (view.opensQuote(i)) {
      start = i;
      break;
    }
    if (masked(i)) continue;
    const t = tokens[i]!;
    if (t.kind === 'punct' && (t.norm === ':' || t.norm === '：')) start = i + 1;
    else if (t.kind === 'punct' && /[.!?؟]/u.test(t.norm)) break;
    else {
      const end = matchAny(tokens, i, lexicon.complementizers, lexicon, unit.tokenEnd);
      if (end > 0) start = end;
    }
  }
  // "وقال، ينبغي …", "He says, …": a comma right after the verb, unless a credit or another cue follows it.
  // "He says, “…”": a comma right after the verb opens a quotation; in a verb-first language (where a
  // cue rarely follows its content) it may open plain speech too ("وقال، ينبغي …").
  const after = tokens[cue.end]?.norm;
  const opensSpeech = view.opensQuote(cue.end + 1) || (lexicon.subjectOrder === 'verb-first' && tokens[cue.end + 1]?.kind === 'word');
  if (start < 0 && !bare && (after === ',' || after === '،') && opensSpeech) start = cue.end + 1;
  if (bare) start = lexicon.complementizerOptional && tokens[cue.end]?.kind === 'word' && !masked(cue.end) ? cue.end : -1;
  if (start < 0 || start >= unit.tokenEnd) return null;
  const end = contentEnd(view, start, next);
  if (end.end <= tokens[start]!.span.start) return null;
  return makeFrame(view, cue, start, { start: tokens[start]!.span.start, end: end.end }, false);
}

// "X: «…»" with no speech verb, or a transcript's "PENCE: Well, …": the colon is the cue. Such a frame
// stands only if a name precedes the colon (checked when attributing).
function* colonFrames(view: UnitView, cues: readonly CueHit[], marks: readonly MarkedSpan[]): Generator<Frame> {
  const { tokens, unit } = view;
  for (let i = unit.tokenStart + 1; i < unit.tokenEnd - 1; i++) {
    if (tokens[i]!.norm !== ':' || view.masked(i)) continue;
    const mark = marks.find((m) => m.outer.start === tokens[i + 1]!.span.start);
    const label =
      i - unit.tokenStart <= MAX_LABEL_TOKENS &&
      tokens.slice(unit.tokenStart, i).every((t) => t.kind === 'word') &&
      !cues.some((c) => c.start < i && c.end > unit.tokenStart);
    if (!mark && label && tokens.slice(i + 1, unit.tokenEnd).filter((t) => t.kind === 'word').length >= MIN_POSTPOSED_WORDS) {
      const end = contentEnd(view, i + 1, undefined);
      yield { cueStart: i, cueEnd: i + 1, cueKind: 'colon', stance: 'neutral', report: false, contentToken: i + 1, content: end, postposed: false, unit };
      continue;
    }
    if (!mark) continue;
    // A verb just before the colon has its own frame ("گفت: «…»").
    if (cues.some((c) => c.end === i || (c.end < i && i - c.end <= MAX_SUBJECT_TOKENS && c.entry.kind === 'verb' && noColonBetween(tokens, c.end, i)))) continue;
    yield { cueStart: i, cueEnd: i + 1, cueKind: 'colon', stance: 'neutral', report: false, contentToken: i + 1, content: mark.inner, postposed: false, unit };
  }
}

function noColonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.norm === ':' || /[.!?؟]/u.test(tokens[i]!.norm)) return false;
  return true;
}
