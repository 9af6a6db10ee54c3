import type { Token } from '../../model/analysis.js';
import {
  contentEnd, countWordsToClauseEnd, isClosingMark, makeFrame, MAX_POSTPOSED_GAP, MAX_WORDS_AFTER_SUBJECT_CUE,
  MIN_POSTPOSED_WORDS, type Frame, type UnitView,
} from './frame-parts.js';
import type { CueHit } from './match.js';
import { isNamePunctuation } from './context.js';

// Unquoted content before a postposed cue is a clause, not an opener: "Later in the day, the FBI said it …"
// (four words) is no statement; "The economy is growing faster than expected, Sanders said" is.
const MIN_UNQUOTED_CONTENT_WORDS = 6;
// How far back from a cue a quotation may close before a subject with an appositive (tokens).
const MAX_APPOSITIVE_SUBJECT = 30;

/**
 * Frames whose cue comes after (or inside) the content: "„…”, a spus Lukașenko", "“…,” he said",
 * "The museum, Mr. Bush said, celebrated …", "…, potrivit Reuters", "According to X, …".
 */

/** Content before a cue that follows a comma or closing mark: "„…”, a spus Lukașenko". */
export function postposedFrame(view: UnitView, cue: CueHit, previous: Frame | undefined): Frame | null {
  const { tokens, unit } = view;
  const from = previous ? Math.max(unit.tokenStart, previous.cueEnd) : unit.tokenStart;
  const appositive = appositiveFrame(view, cue, from, previous);
  if (appositive) return appositive;
  for (let i = cue.start - 1; i >= from && cue.start - i <= MAX_POSTPOSED_GAP + 1; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'punct' || isNamePunctuation(tokens, i)) continue;
    if (!/^[,،—–-]$/u.test(t.norm) && !isClosingMark(t.norm)) return null;
    // "…, Trump claims voter fraud is rampant" is no postposed cue: a subject before the verb leaves
    // room for at most a time word after it ("…, an official said Friday"); an inverted one for the subject
    // after a quotation ("“…,” said Bree Maxwell, a volunteer"), but after unquoted words only a short one:
    // "Brian Abernathy, the deputy manager, said the flag was removed" is a subject and its statement.
    const wordsBefore = tokens.slice(i + 1, cue.start).filter((x) => x.kind === 'word').length;
    const wordsAfter = countWordsToClauseEnd(tokens, cue.end, unit.tokenEnd);
    const quotedBefore = isClosingMark(t.norm) || isClosingMark(tokens[i - 1]?.norm ?? '');
    if (wordsAfter > (wordsBefore > 0 || !quotedBefore ? MAX_WORDS_AFTER_SUBJECT_CUE : MAX_POSTPOSED_GAP)) return null;
    // The content keeps its closing mark ("“I love you,” he said"), not a comma or dash after it.
    let stop = isClosingMark(t.norm) ? i + 1 : i;
    while (stop > from && tokens[stop - 1]!.kind === 'punct' && !isClosingMark(tokens[stop - 1]!.norm)) stop--;
    const contentStart = previous && previous.content.end > tokens[from]!.span.start ? previous.content.end : tokens[from]!.span.start;
    const content = { start: contentStart, end: tokens[stop - 1]?.span.end ?? contentStart };
    const words = tokens.slice(from, stop).filter((x) => x.kind === 'word' && x.span.start >= contentStart).length;
    const quoted = stop > from && isClosingMark(tokens[stop - 1]!.norm);
    if (words < (quoted ? 1 : MIN_UNQUOTED_CONTENT_WORDS)) return interposedFrame(view, cue, i, wordsBefore);
    return makeFrame(view, cue, cue.end, content, true);
  }
  return null;
}

// "“…,” Jeff Sessions, a close adviser to Trump, told AFP": a quotation, then a subject with an appositive
// between commas, then the cue. The content ends at the closing mark; the subject is what follows it.
function appositiveFrame(view: UnitView, cue: CueHit, from: number, previous: Frame | undefined): Frame | null {
  const { tokens, unit } = view;
  if (!/^[,،]$/u.test(tokens[cue.start - 1]?.norm ?? '')) return null;
  for (let i = cue.start - 2; i >= from && cue.start - i <= MAX_APPOSITIVE_SUBJECT; i--) {
    const t = tokens[i]!;
    if (isClosingMark(t.norm)) {
      const subjectFrom = /^[,،]$/u.test(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
      const words = tokens.slice(subjectFrom, cue.start).filter((x) => x.kind === 'word').length;
      if (words === 0 || countWordsToClauseEnd(tokens, cue.end, unit.tokenEnd) > MAX_WORDS_AFTER_SUBJECT_CUE) return null;
      const contentStart = previous && previous.content.end > tokens[from]!.span.start ? previous.content.end : tokens[from]!.span.start;
      const content = { start: contentStart, end: t.span.end };
      return { ...makeFrame(view, cue, cue.end, content, true), subjectFrom };
    }
    if (t.kind === 'punct' && !/^[,،()\-–]$/u.test(t.norm) && !isNamePunctuation(tokens, i)) return null;
  }
  return null;
}

// "The museum, Mr. Bush said, celebrated …": a cue between commas inside its content. The whole sentence
// is the statement (its text keeps the attribution in the middle); the subject is between the commas.
function interposedFrame(view: UnitView, cue: CueHit, comma: number, wordsBefore: number): Frame | null {
  const { tokens, unit } = view;
  const close = cue.end + countTokensToComma(tokens, cue.end, unit.tokenEnd);
  if (wordsBefore === 0 || tokens[close]?.norm !== ',' || countWordsToClauseEnd(tokens, close + 1, unit.tokenEnd) < MIN_POSTPOSED_WORDS - 1) return null;
  const content = contentEnd(view, unit.tokenStart, undefined);
  return { ...makeFrame(view, cue, cue.end, content, true), subjectFrom: comma + 1 };
}

function countTokensToComma(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  while (from + n < to && tokens[from + n]!.kind === 'word') n++;
  return n;
}

/** A frame for an `according` cue alone in its unit. */
// "According to X, …" takes what follows the comma; "…, potrivit X" what precedes it.
export function accordingFrame(view: UnitView, cue: CueHit): Frame | null {
  const { tokens, unit } = view;
  const words = (a: number, b: number) => tokens.slice(a, b).filter((t) => t.kind === 'word').length;
  if (words(unit.tokenStart, cue.start) <= 1) {
    const comma = tokens.findIndex((t, i) => i >= cue.end && i < unit.tokenEnd && /^[,،]$/u.test(t.norm));
    if (comma < 0 || words(comma + 1, unit.tokenEnd) < 2) return null;
    const end = contentEnd(view, comma + 1, undefined);
    return { ...makeFrame(view, cue, comma + 1, end, false), cueKind: 'according', postposed: true };
  }
  let stop = cue.start;
  while (stop > unit.tokenStart && tokens[stop - 1]!.kind === 'punct' && !isClosingMark(tokens[stop - 1]!.norm)) stop--;
  if (words(unit.tokenStart, stop) < 2) return null;
  const content = { start: tokens[unit.tokenStart]!.span.start, end: tokens[stop - 1]!.span.end };
  return { ...makeFrame(view, cue, cue.end, content, true), cueKind: 'according' };
}
