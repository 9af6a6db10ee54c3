import type { EntityRef, Mention, Quote, Token } from '../../model/analysis.js';
import { contains, overlaps, type Span } from '../../model/span.js';
import type { Attribution } from './attribution.js';
import type { Frame } from './frames.js';
import type { MarkedSpan } from './quote-marks.js';

/**
 * Turns attributed frames and quotation marks into `Quote`s (the refiner step): a frame whose
 * content is one quotation is a direct quote; otherwise it is reported speech, one quote whose text
 * keeps the quoted words inside it ("the deal was “a disaster” for workers").
 */

/** A quote as the stage emits it: the contract's `Quote` plus the further speakers of a joint statement. */
export interface AttributedQuote extends Quote {
  /** Other speakers of a joint statement; `speaker` holds the first one named. */
  readonly coSpeakers?: readonly EntityRef[];
  /**
   * Evidence for the speaker: the name, role or pronoun it was read from (absent when unknown). With
   * `speaker: null` it is a source no entity names ("officials", "a campaign aide"): recorded, never linked.
   */
  readonly speakerSpan?: Span;
}

// A quotation covering this share of a frame's content is the content: the rest is a complementizer or comma.
const WHOLE_SHARE = 0.8;
// An unattributed quotation this long is still a statement (a paragraph that is only a quote); shorter ones are scare quotes or titles.
const MIN_STANDALONE_WORDS = 8;

/** Whether a quotation only wraps a name ("وسمح “لوكاشينكو”", «الکساندر لوکاشنکو»), which is no statement. */
export function isNameOnly(mark: MarkedSpan, mentions: readonly Mention[]): boolean {
  return mentions.some((m) => m.span.start <= mark.inner.start + 1 && m.span.end >= mark.inner.end - 1);
}

/** Builds the quotes of one frame. */
export function quotesOfFrame(text: string, tokens: readonly Token[], frame: Frame, who: Attribution, marks: readonly MarkedSpan[]): AttributedQuote[] {
  const cueSpan = { start: tokens[frame.cueStart]!.span.start, end: tokens[frame.cueEnd - 1]!.span.end };
  const base = {
    speaker: who.speaker,
    via: who.via,
    cue: { ...cueSpan, text: text.slice(cueSpan.start, cueSpan.end) },
    stance: frame.stance,
    ...(who.coSpeakers.length ? { coSpeakers: who.coSpeakers } : {}),
    // With `speaker: null` the span is an unnamed source ("officials"), kept as evidence.
    ...(who.speakerSpan ? { speakerSpan: who.speakerSpan } : {}),
  };
  const inside = marks.filter((m) => overlaps(m.outer, frame.content));
  const content = frame.content;
  const whole = inside.find((m) => shared(content, m.inner) >= WHOLE_SHARE * (content.end - content.start));
  if (whole && inside.length === 1) return [{ span: whole.inner, text: text.slice(whole.inner.start, whole.inner.end), direct: true, ...base }];
  // Quoted words inside reported speech are part of that one statement, not a second quote of it.
  return [{ span: content, text: text.slice(content.start, content.end), direct: false, ...base }];
}

/** A quotation outside every frame: attached to the unit's nearest earlier cue, else standalone if long. */
export function quoteOfLooseMark(
  text: string,
  tokens: readonly Token[],
  mark: MarkedSpan,
  nearest: { frame: Frame; who: Attribution } | null,
  recent: Attribution | null = null,
): AttributedQuote | null {
  const span: Span = mark.inner;
  const quoted = { span, text: text.slice(span.start, span.end), direct: true };
  if (nearest) return quotesOfFrame(text, tokens, { ...nearest.frame, content: mark.inner }, nearest.who, [mark])[0]!;
  const words = tokens.filter((t) => t.kind === 'word' && contains(span, t.span)).length;
  if (words < MIN_STANDALONE_WORDS) return null;
  // A quotation paragraph after a statement continues it: the speaker and relay carry over, the cue does not.
  return { ...quoted, speaker: recent?.speaker ?? null, via: recent?.via ?? null, cue: null, ...(recent?.speakerSpan ? { speakerSpan: recent.speakerSpan } : {}) };
}

function shared(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
