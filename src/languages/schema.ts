import { z } from 'zod';

/**
 * One schema for every file of a language pack. Packs are data: a contributor adds or extends a
 * language by editing these files, and the loader validates them with this schema.
 */

const WORD_LIST = z.array(z.string().min(1));
const SOURCES = z.array(z.string().min(1)).default([]);

/** `language.json`: identity, writing system and the letter folds used for matching. */
export const LanguageInfoSchema = z.object({
  code: z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code'),
  name: z.string().min(1),
  nativeName: z.string().min(1),
  /** ISO 15924 script code, e.g. Arab, Latn, Cyrl. */
  script: z.string().regex(/^[A-Z][a-z]{3}$/),
  direction: z.enum(['ltr', 'rtl']),
  hasCase: z.boolean(),
  /**
   * Single code points folded for matching (ي/ی/ى → ي, ş → ș …). The normaliser applies the union of
   * every pack's folds, so text in any language matches a query in any other.
   */
  folds: z.record(z.string().min(1), z.string()).default({}),
  sources: SOURCES,
});

/** `months.json`: month names per calendar (12 lists, January/Farvardin/Muharram first), all forms. */
export const MonthsSchema = z.object({
  calendars: z.partialRecord(z.enum(['gregorian', 'persian', 'islamic']), z.array(WORD_LIST).length(12)),
  sources: SOURCES,
});

/** `weekdays.json`: 7 lists, Monday first (ISO 8601 order), all forms (cases, abbreviations). */
export const WeekdaysSchema = z.object({
  weekdays: z.array(WORD_LIST).length(7),
  sources: SOURCES,
});

/** `calendars.json`: era markers that say which calendar a date is in ("هـ", "ش", "م"). */
export const CalendarsSchema = z.object({
  default: z.enum(['gregorian', 'persian', 'islamic']),
  eraMarkers: z.partialRecord(z.enum(['gregorian', 'persian', 'islamic']), WORD_LIST).default({}),
  sources: SOURCES,
});

/** `quote-verbs.json`: speech verbs by stance (said vs claimed vs affirmed). */
export const QuoteVerbsSchema = z.object({
  neutral: WORD_LIST,
  distancing: WORD_LIST.default([]),
  affirming: WORD_LIST.default([]),
  sources: SOURCES,
});

/** `attribution-cues.json`: phrases crediting a source ("according to", "citat de", "بحسب"). */
export const AttributionCuesSchema = z.object({
  according: WORD_LIST,
  via: WORD_LIST.default([]),
  sources: SOURCES,
});

/** `titles.json`: titles and roles that precede or stand for a person's name. */
export const TitlesSchema = z.object({
  titles: z.array(z.object({ form: z.string().min(1), role: z.string().min(1).optional() })),
  sources: SOURCES,
});

/** `clitics.json`: attachable prefixes and suffixes stripped when matching names. */
export const CliticsSchema = z.object({
  prefixes: WORD_LIST.default([]),
  suffixes: WORD_LIST.default([]),
  /** Whether the clitic may be joined by ZWNJ as well as directly (Persian). */
  zwnjJoins: z.boolean().default(false),
  sources: SOURCES,
});

/** `boilerplate.json`: markers of site furniture that survives HTML extraction. */
export const BoilerplateSchema = z.object({
  /** A line equal to (or starting with) one of these begins a tail to drop (related links, comments). */
  tailMarkers: WORD_LIST.default([]),
  /** Whole lines to drop wherever they appear (share buttons, "Read more"). */
  lineMarkers: WORD_LIST.default([]),
  sources: SOURCES,
});

/** The validated, frozen pack handed to stages. */
export interface LanguagePack {
  readonly code: string;
  readonly info: z.infer<typeof LanguageInfoSchema>;
  readonly months: z.infer<typeof MonthsSchema>;
  readonly weekdays: z.infer<typeof WeekdaysSchema>;
  readonly calendars: z.infer<typeof CalendarsSchema>;
  readonly quoteVerbs: z.infer<typeof QuoteVerbsSchema>;
  readonly attributionCues: z.infer<typeof AttributionCuesSchema>;
  readonly titles: z.infer<typeof TitlesSchema>;
  readonly clitics: z.infer<typeof CliticsSchema>;
  readonly boilerplate: z.infer<typeof BoilerplateSchema>;
  /** Lower-cased abbreviations that end with a period without ending a sentence ("dr.", "г."). */
  readonly abbreviations: readonly string[];
  readonly stopwords: readonly string[];
  readonly examples: readonly string[];
}

/** JSON files of a pack and the schema each must satisfy. */
export const PACK_JSON_FILES = {
  info: ['language.json', LanguageInfoSchema],
  months: ['months.json', MonthsSchema],
  weekdays: ['weekdays.json', WeekdaysSchema],
  calendars: ['calendars.json', CalendarsSchema],
  quoteVerbs: ['quote-verbs.json', QuoteVerbsSchema],
  attributionCues: ['attribution-cues.json', AttributionCuesSchema],
  titles: ['titles.json', TitlesSchema],
  clitics: ['clitics.json', CliticsSchema],
  boilerplate: ['boilerplate.json', BoilerplateSchema],
} as const;

/** Line-per-entry text files of a pack (`#` starts a comment line). */
export const PACK_TEXT_FILES = {
  abbreviations: 'abbreviations.txt',
  stopwords: 'stopwords.txt',
  examples: 'examples.txt',
} as const;
