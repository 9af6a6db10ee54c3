import { isSupportedLanguage, loadLanguage } from '../../languages/index.js';
import type { LanguagePack } from '../../languages/schema.js';
import type { Timex } from '../../model/analysis.js';
import { toOriginalSpan, type MappedText } from '../../model/offset-map.js';
import { foldText } from '../normalize/fold.js';
import { fromEpochDay, type CalendarDate } from './calendars/convert.js';
import { extractCalendarDate } from './extractors/calendar-date.js';
import { extractDecade } from './extractors/decade.js';
import { extractDuration } from './extractors/duration.js';
import { extractHoliday } from './extractors/holiday.js';
import { extractNumericDate } from './extractors/numeric-date.js';
import { extractRelative } from './extractors/relative.js';
import { extractSet } from './extractors/set.js';
import { extractWeekday } from './extractors/weekday.js';
import { extractYear } from './extractors/year.js';
import { buildLexicon, emptyLexicon, type TimeLexicon } from './lexicon.js';
import { extendModifier } from './refiners/extend-modifier.js';
import { mergeClockDate } from './refiners/merge-clock-date.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import { shareRangeYear } from './refiners/share-range-year.js';
import { noteResolved, type DiscourseContext } from './discourse.js';
import { resolveSpec, type ResolveOptions } from './resolve.js';
import { TimeScanner } from './scanner.js';
import type { Candidate } from './spec.js';
import { tokenizeTime } from './tokens.js';

/**
 * Finding temporal expressions: extractors propose candidates at every token, refiners clean them up
 * (chrono's parser/refiner design), and `resolve` gives each a TIMEX3 value.
 *
 * Why not chrono-node for English: chrono returns JavaScript Dates, not TIMEX3 values (no granularity
 * such as `1998-W08` or `1989-Q3`, no durations, sets or PRESENT_REF), and its locales are copies of
 * one another's logic. One pack-driven engine gives all five languages the same coverage, and English
 * is just another pack (src/languages/en/*.json).
 */

/** A candidate proposer: looks at token `i` and returns what starts there, if anything. */
export type Extractor = (s: TimeScanner, i: number) => Candidate | undefined;

/** A refiner: filters or merges the candidates of one text. */
export type Refiner = (candidates: Candidate[], s: TimeScanner) => Candidate[];

/** The extractors, all tried at every token; overlaps are settled by the refiners (longest wins). */
export const EXTRACTORS: readonly Extractor[] = [
  extractNumericDate,
  extractCalendarDate,
  extractYear,
  extractDecade,
  extractHoliday,
  extractWeekday,
  extractDuration,
  extractSet,
  extractRelative,
];

/**
 * In order: merges and modifiers widen spans first, so the overlap check compares final spans; a range's
 * year is shared before the overlap check so both ends are still there to read.
 */
export const REFINERS: readonly Refiner[] = [mergeClockDate, extendModifier, shareRangeYear, removeOverlaps];

/** Options for {@link extractTimexes}. */
export interface ExtractOptions {
  /** May year-less dates take the anchor's year (default true)? */
  readonly inferYear?: boolean;
}

const DAY_MS = 86_400_000;

/** The UTC calendar date of an instant. */
export function dateOf(d: Date): CalendarDate {
  return fromEpochDay(Math.floor(d.getTime() / DAY_MS));
}

/** The time lexicon of a language, or the empty one for a language without a pack. */
export function lexiconFor(language: string, load: (code: string) => LanguagePack = loadLanguage): TimeLexicon {
  return isSupportedLanguage(language) ? buildLexicon(load(language)) : emptyLexicon();
}

/**
 * Finds and normalises the temporal expressions of a text, with spans into the text as given.
 * @example extractTimexes('روز چهارشنبه ۲۹ مرداد', 'fa', new Date('2025-08-21'))
 *   // [{ text: 'چهارشنبه ۲۹ مرداد', value: '2025-08-20', type: 'DATE', span: { start: 4, end: 21 }, … }]
 */
export function extractTimexes(text: string, language: string, anchor: Date | null, options: ExtractOptions = {}): Timex[] {
  return extractFromMapped(text, foldText(text), lexiconFor(language), anchor ? dateOf(anchor) : null, options.inferYear ?? true);
}

/** A candidate with its span in the original text. */
export interface PlacedCandidate extends Candidate {
  readonly span: { readonly start: number; readonly end: number };
}

/** Runs the extractors and refiners over a folded text; spans are mapped to the original. */
export function findCandidates(original: string, mapped: MappedText, lexicon: TimeLexicon): PlacedCandidate[] {
  const tokens = tokenizeTime(mapped.text);
  const capitalized = (i: number): boolean => {
    const t = tokens[i];
    if (!t) return false;
    const ch = original[toOriginalSpan(mapped, { start: t.start, end: t.end }, original).start] ?? '';
    return ch !== ch.toLowerCase();
  };
  const scanner = new TimeScanner(tokens, lexicon, capitalized);
  let candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const extract of EXTRACTORS) {
      const c = extract(scanner, i);
      if (c && c.end > c.first) candidates.push(c);
    }
  }
  for (const refine of REFINERS) candidates = refine(candidates, scanner);
  return candidates.map((c) => ({
    ...c,
    span: toOriginalSpan(mapped, { start: c.start, end: tokens[c.end - 1]!.end }, original),
  }));
}

/** Resolves placed candidates into Timexes (those that do not resolve are dropped). */
export function resolveCandidates(original: string, candidates: readonly PlacedCandidate[], options: ResolveOptions): Timex[] {
  const timexes: Timex[] = [];
  // In text order, so an expression can lean on the ones before it ("the third quarter … a year ago").
  const context: DiscourseContext = {};
  for (const c of candidates) {
    const resolved = resolveSpec(c.spec, options, context);
    if (!resolved) continue;
    noteResolved(context, c.spec, resolved.value);
    timexes.push({ span: c.span, text: original.slice(c.span.start, c.span.end), ...resolved });
  }
  return timexes;
}

/** The engine behind {@link extractTimexes}, over an already folded text (the `normalized` analysis). */
export function extractFromMapped(
  original: string,
  mapped: MappedText,
  lexicon: TimeLexicon,
  anchor: CalendarDate | null,
  inferYear: boolean,
): Timex[] {
  return resolveCandidates(original, findCandidates(original, mapped, lexicon), { anchor, inferYear });
}
