import type { Token } from '../../model/analysis.js';
import type { Span } from '../../model/span.js';
import type { Stance, QuoteLexicon } from './lexicon.js';
import type { CueHit } from './match.js';
import type { Unit } from './units.js';

/** The frame type and the token-level helpers its extractors share (frames.ts, postposed.ts). */

/** A proposed statement. Token indexes refer to the analysis tokens. */
export interface Frame {
  /** The cue's tokens, or the colon alone for "X: «…»". */
  readonly cueStart: number;
  readonly cueEnd: number;
  readonly cueKind: 'verb' | 'according' | 'colon';
  readonly stance: Stance;
  readonly report: boolean;
  /** First token of the content; the speaker is looked for between the cue and it. */
  readonly contentToken: number;
  readonly content: Span;
  /** True when the cue follows its content ("…”, he said"). */
  readonly postposed: boolean;
  /** For a cue inside its content ("The museum, Mr. Bush said, celebrated …"): where its subject starts. */
  readonly subjectFrom?: number;
  readonly unit: Unit;
}

/** Token-level view of one unit shared by the extractor's steps. */
export interface UnitView {
  readonly tokens: readonly Token[];
  readonly unit: Unit;
  readonly masked: (i: number) => boolean;
  /** True at the first token of a quotation that is a statement (not a name in quotes). */
  readonly opensQuote: (i: number) => boolean;
  readonly lexicon: QuoteLexicon;
}

/** How far after a cue its complementizer or colon may be ("قال الرئيسان … الأربعاء، خلال محادثات في مينسك، إن"). */
export const MAX_SUBJECT_TOKENS = 30;
/** How many tokens (a subject) may sit between a postposed cue and the comma before it ("…, a Homeland official said"). */
export const MAX_POSTPOSED_GAP = 6;
/** After "subject + verb" a postposed cue may keep a few words before the clause ends ("said in his interview"). */
export const MAX_WORDS_AFTER_SUBJECT_CUE = 3;
/** A postposed cue needs a clause before it: "من جهة ثانية، أكّدت" (3 words) is a connective, not a statement. */
export const MIN_POSTPOSED_WORDS = 4;
/** A speaker label before a colon is short: "PENCE:", "Rep. Butterfield:", "بيلاروسيا:". */
export const MAX_LABEL_TOKENS = 4;
/** Words that may sit between a content's comma and the credit closing it ("، وذلك بحسب"). */
export const CREDIT_FILLER = 2;

/** Where content starting at token `start` ends: the unit's end, or the comma before a chained cue. */
export function contentEnd(view: UnitView, start: number, next: CueHit | undefined): Span {
  const { tokens, unit } = view;
  let stop = unit.tokenEnd;
  if (next && next.start > start) {
    let j = next.start;
    while (j > start && tokens[j - 1]!.kind === 'punct' && !isClosingMark(tokens[j - 1]!.norm)) j--;
    if (j < next.start) stop = j;
    else if (next.entry.kind === 'according') {
      // A credit ends the content, with a filler word before it ("…”، وذلك بحسب …").
      stop = next.start;
      for (let k = next.start - 1; k > start && k >= next.start - CREDIT_FILLER; k--) if (/^[,،]$/u.test(tokens[k]!.norm)) stop = k;
    } else if (view.lexicon.conjunctions.has(tokens[next.start - 1]?.norm ?? '')) {
      // A second verb joined by a conjunction opens a second statement: "… که مذاکرات ادامه دارد و افزود: «…»".
      stop = next.start - 1;
    } else if (view.lexicon.subjectOrder === 'verb-final') {
      // In SOV the next speech verb closes its own clause: "با تاکید بر اینکه … را در بر گیرد گفت: «…»".
      stop = next.start;
    }
  }
  // Trailing sentence punctuation is not part of what was said.
  while (stop > start && tokens[stop - 1]!.kind === 'punct' && !isClosingMark(tokens[stop - 1]!.norm)) stop--;
  return { start: tokens[start]!.span.start, end: tokens[stop - 1]?.span.end ?? tokens[start]!.span.start };
}

/** Whether a normalised punctuation token is a closing quotation mark (all fold to `"` or `'`). */
export function isClosingMark(norm: string): boolean {
  return norm === '"' || norm === "'";
}

/** Builds a verb frame. */
export function makeFrame(view: UnitView, cue: CueHit, contentToken: number, content: Span, postposed: boolean): Frame {
  return {
    cueStart: cue.start,
    cueEnd: cue.end,
    cueKind: 'verb',
    stance: cue.entry.stance,
    report: cue.entry.report,
    contentToken,
    content,
    postposed,
    unit: view.unit,
  };
}

/** Words from token `from` to the end of its clause. */
export function countWordsToClauseEnd(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && /^[,،;؛.:!?؟—–]$/u.test(t.norm)) break;
    if (t.kind === 'word') n++;
  }
  return n;
}
