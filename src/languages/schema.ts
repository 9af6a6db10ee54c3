import { z } from 'zod';

/**
 * One schema for every file of a language pack. Packs are data: a contributor adds or extends a
 * language by editing these files, and the loader validates them with this schema.
 */

const WORD_LIST = z.array(z.string().min(1));
const SOURCES = z.array(z.string().min(1)).default([]);

/**
 * `language.json` → `identification`: what tells this language apart from others in the same script.
 * Letters are counted as votes by the langid letter rule; labels tune how the statistical models are read.
 */
export const IdentificationSchema = z.object({
  /** Letters that, within this script, point to this language (Persian پ چ ژ گ ک ی). */
  distinctiveLetters: z.string().default(''),
  /** Letters this language does not write, so each one counts against it (ة in Persian). */
  excludedLetters: z.string().default(''),
  /** Model labels (fastText lid.176, ISO 639-1/3) that are varieties of this language, e.g. `arz`. */
  varieties: z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]),
  /** Languages the models confuse with this one; a guess among them makes langid consult a second model. */
  confusableWith: z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]),
  /**
   * Share of a paragraph's words that must be this language's stopwords for langid to take the
   * paragraph as this language without a model call. Languages that attach function words to the
   * next word (Arabic و ال ب ل) reach lower shares than the default suits.
   */
  stopwordShare: z.number().gt(0).max(1).default(0.2),
  sources: SOURCES,
});

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
  /** Evidence for language identification (see src/stages/langid); absent means "model only". */
  identification: IdentificationSchema.optional(),
  sources: SOURCES,
});

const CALENDAR = z.enum(['gregorian', 'persian', 'islamic']);

/** `months.json`: month names per calendar (12 lists, January/Farvardin/Muharram first), all forms. */
export const MonthsSchema = z.object({
  calendars: z.partialRecord(CALENDAR, z.array(WORD_LIST).length(12)),
  /**
   * Forms that are also common words ("may", "mai" = more, "آب" = father, "صفر" = zero, "می" = the
   * Persian verb prefix): they count as a month only beside a day or year number or after a cue word.
   */
  ambiguous: WORD_LIST.default([]),
  sources: SOURCES,
});

/** `weekdays.json`: 7 lists, Monday first (ISO 8601 order), all forms (cases, abbreviations). */
export const WeekdaysSchema = z.object({
  weekdays: z.array(WORD_LIST).length(7),
  /** Forms that are also common words ("luni" = months, "среда" = environment): need a cue word. */
  ambiguous: WORD_LIST.default([]),
  sources: SOURCES,
});

/** `calendars.json`: era markers that say which calendar a date is in ("هـ", "ش", "م"). */
export const CalendarsSchema = z.object({
  default: CALENDAR,
  eraMarkers: z.partialRecord(CALENDAR, WORD_LIST).default({}),
  /** Order of an all-numeric date such as 06/10/2025: day first (most of the world) or month first (US). */
  numericOrder: z.enum(['DMY', 'MDY']).default('DMY'),
  /**
   * Named holidays: their names and the rule that dates them (see `src/stages/time/calendars/holidays.ts`):
   * `"12-25"`, `"persian:01-01"`, `"11-4#4"` (4th Thursday of November), `"easter-2"`.
   */
  holidays: z
    .array(z.object({ forms: WORD_LIST, rule: z.string().regex(/^(?:(?:(?:gregorian|persian|islamic):)?\d{2}-\d{2}|\d{2}-[1-7]#(?:-1|[1-5])|easter)(?:[+-]\d{1,3})?$/) }))
    .default([]),
  sources: SOURCES,
});

const TIME_UNIT = z.enum(['century', 'decade', 'year', 'half', 'quarter', 'month', 'week', 'weekend', 'day', 'hour', 'minute', 'second']);

/**
 * `relative.json`: the words of relative and vague time expressions ("الماضي", "trecută", "прошлом",
 * "last"), units, durations, sets and cue words. Every list is matched after `normalizeForMatch`.
 */
export const RelativeSchema = z.object({
  last: WORD_LIST.default([]),
  next: WORD_LIST.default([]),
  this: WORD_LIST.default([]),
  /** After a quantity: "two years ago", "40 de ani în urmă", "два года назад", "دو سال پیش". */
  ago: WORD_LIST.default([]),
  /** Before a quantity: "قبل ثلاثة أيام", "acum 3 ani". */
  agoBefore: WORD_LIST.default([]),
  later: WORD_LIST.default([]),
  laterBefore: WORD_LIST.default([]),
  /** Days from the anchor: "-1" yesterday, "0" today, "1" tomorrow. */
  deictic: z.partialRecord(z.enum(['-2', '-1', '0', '1', '2']), WORD_LIST).default({}),
  /** One word that is a whole relative date: "پارسال" = -1Y (last year), "امسال" = 0Y. */
  namedRelative: z.record(z.string().regex(/^[-+]?\d+[YMWD]$/), WORD_LIST).default({}),
  /** TIMEX3 vague references: now, recently, in the future. */
  refs: z.partialRecord(z.enum(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']), WORD_LIST).default({}),
  units: z.partialRecord(TIME_UNIT, WORD_LIST).default({}),
  /** Dual forms that carry the number two themselves (Arabic عامين, يومين). */
  dualUnits: z.partialRecord(TIME_UNIT, WORD_LIST).default({}),
  /** Frequency words mapped to a TIMEX3 SET value: "daily" → P1D. */
  sets: z.record(z.string().regex(/^P(T?)\d+[YMWDHS]$/), WORD_LIST).default({}),
  every: WORD_LIST.default([]),
  /** Hedges kept inside a duration's span: "more than", "de peste", "более". */
  approx: WORD_LIST.default([]),
  modifiers: z.partialRecord(z.enum(['START', 'MID', 'END']), WORD_LIST).default({}),
  partsOfDay: z.partialRecord(z.enum(['MO', 'AF', 'EV', 'NI']), WORD_LIST).default({}),
  seasons: z.partialRecord(z.enum(['SP', 'SU', 'FA', 'WI']), WORD_LIST).default({}),
  /** Future-tense cues: a bare weekday after one of these is the next one, not the last. */
  future: WORD_LIST.default([]),
  /** Articles kept at the start of a duration or relative span ("the past two months"). */
  determiners: WORD_LIST.default([]),
  /** Words before a bare year that make it a year ("in 1990", "في 2022", "в 2022"); not part of the span. */
  yearCues: WORD_LIST.default([]),
  /**
   * Words before a year used as a modifier ("the 1998 bombing", "a 1996 law"): with one of these
   * before it, a bare year may be followed by a noun and still be a year.
   */
  yearModifierCues: WORD_LIST.default([]),
  /** Words before a year that are part of the span ("fiscal 1989"). */
  yearPrefixes: WORD_LIST.default([]),
  /** Words between a number and its unit or month ("40 de ani", "21 من أكتوبر"). */
  connectors: WORD_LIST.default([]),
  meridiem: z.partialRecord(z.enum(['am', 'pm']), WORD_LIST).default({}),
  /**
   * Adjectives for the same reporting period a year before ("the year-earlier quarter", "year-ago
   * results"): they take the granularity of the period the text reports on (TimeML: `1988-Q3`).
   */
  comparatives: WORD_LIST.default([]),
  /** Nouns for a reporting period that a year qualifies ("the 1988 period", "the year-ago period"). */
  periodWords: WORD_LIST.default([]),
  /** Vague counts before a unit: "several years" → PXY, "a few days" → PXD, "recent weeks" → PXW. */
  vagueQuantities: WORD_LIST.default([]),
  /** Words before a bare plural unit that make it a vague duration: "for years", "within weeks". */
  vagueDurationCues: WORD_LIST.default([]),
  /** Plural endings glued to a year that make it a decade: "1990s" → 199. */
  decadeSuffixes: WORD_LIST.default([]),
  /** Words that are a clock time themselves: "noon" → 12:00, "midnight" → 24:00 (TimeML's end of day). */
  clockWords: z.record(z.string().regex(/^\d{2}:\d{2}$/), WORD_LIST).default({}),
  /** Time-zone names kept inside a clock time's span: "5 p.m. EST". */
  timeZones: WORD_LIST.default([]),
  /**
   * Words joining the two ends of a range of dates ("21 сентября по 13 октября 2006 года", "Feb. 1 to
   * March 3, 1990"): a year stated at the end belongs to the start too.
   */
  rangeConnectors: WORD_LIST.default([]),
  /** Words after a duration that make it an age ("52 years old"): not a time expression of the story. */
  ageWords: WORD_LIST.default([]),
  /** Adjectives between an article and a period noun: "the fiscal year", "the full year". */
  periodAdjectives: WORD_LIST.default([]),
  /** Participles that make "the year" a stretch ending on a date: "the year ended Sept. 30" → P1Y. */
  periodEndings: WORD_LIST.default([]),
  /** Possessive endings after a relative year ("this year's third quarter"). */
  possessives: WORD_LIST.default([]),
  sources: SOURCES,
});

/** `numbers.json`: written-out cardinals and ordinals used in dates and durations ("الحادي والعشرين"). */
export const NumbersSchema = z.object({
  cardinals: z.record(z.string().regex(/^\d+$/), WORD_LIST).default({}),
  ordinals: z.record(z.string().regex(/^\d+$/), WORD_LIST).default({}),
  /** Joins a unit and a ten ("واحد وعشرين", "douăzeci și unu", "бیست و یک"). */
  joiners: WORD_LIST.default([]),
  /** Glued after digits to make an ordinal ("21st", "21-го"). */
  ordinalSuffixes: WORD_LIST.default([]),
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
  /**
   * `role` names an office whose holder the KB knows (`president`, `prime-minister`, `foreign-minister`,
   * `king` …; see src/kb/schema.ts): "الرئيس الإيراني" resolves to the holder at the article's date.
   * A title without a role is only a cue that a person's name follows ("المتحدث باسم", "spokesman").
   */
  titles: z.array(z.object({ form: z.string().min(1), role: z.string().min(1).optional() })),
  /** Words that mark a former holder ("former", "السابق", "fostul", "бывший"): the role is not resolved. */
  former: WORD_LIST.default([]),
  /** Words allowed between a title and its country ("of", "al", "a", "de"): "President of Iran". */
  connectors: WORD_LIST.default([]),
  /** Words that end an unknown name after a title cue, besides the stopwords ("said", "خلال", "заявил"). */
  stops: WORD_LIST.default([]),
  /**
   * Common given names. In scripts without capitals an unknown name after a title must start with one
   * (or with the first word of a KB person's name): "المتحدث باسم الوزارة ناصر كنعاني" but not "الرئيس موجهاً".
   */
  givenNames: WORD_LIST.default([]),
  sources: SOURCES,
});

/** `clitics.json`: attachable prefixes and suffixes stripped when matching names. */
export const CliticsSchema = z.object({
  prefixes: WORD_LIST.default([]),
  suffixes: WORD_LIST.default([]),
  /** Whether the clitic may be joined by ZWNJ as well as directly (Persian). */
  zwnjJoins: z.boolean().default(false),
  /**
   * Inflectional endings fused into the word (Romanian articles and cases, Russian cases, Arabic nisba
   * endings): the matcher replaces `suffix` by `base` to find the name ("Rusiei" → "Rusia",
   * "Минске" → "Минск"), and the mention span keeps the whole word. Written in the folded (matching) form.
   * Prefixes and `suffixes` above are detachable clitics, left out of the span ("وبيلاروس" → "بيلاروس").
   */
  inflections: z.array(z.object({ suffix: z.string().min(1), base: z.string().default('') })).default([]),
  /** Shortest stem (in folded code units) left after stripping a clitic or an ending. */
  minStem: z.number().int().min(1).default(2),
  /**
   * Definite-article prefixes (Arabic "ال"): a word starting with one is a common noun, so it does not
   * begin an unknown person's name after a title ("المتحدث باسم الوزارة ناصر كنعاني").
   */
  articles: WORD_LIST.default([]),
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

/**
 * `quotes.json`: the words around speech cues that the quotes stage needs besides the verbs of
 * `quote-verbs.json` and the credits of `attribution-cues.json`. Every list is matched after `normalizeForMatch`.
 */
export const QuotesSchema = z.object({
  /** Proclitics a speech verb may carry (Arabic و ف: "وأضاف"); names take others, see clitics.json. */
  cuePrefixes: WORD_LIST.default([]),
  /** Adverbs that may sit inside a multi-word cue ("a mai spus", "is once again questioning"). */
  cueInserts: WORD_LIST.default([]),
  /** Words that open reported speech after a cue ("أن", "که", "că", "that", "что"); may be multi-word. */
  complementizers: WORD_LIST.default([]),
  /** Whether reported speech may follow a verb with no complementizer ("Trump says voter fraud is…"). */
  complementizerOptional: z.boolean().default(false),
  /** Third-person subject pronouns that refer back to an earlier speaker ("he", "وی", "acesta"). */
  pronouns: WORD_LIST.default([]),
  /**
   * Words that are a cue's subject on their own but name no entity: first-person and impersonal pronouns and
   * quantifiers ("I told …", "Some accused …", "Many believe …"). Recorded as an unnamed source.
   */
  indefiniteSubjects: WORD_LIST.default([]),
  /** Relative pronouns right before a cue, standing for the name before them ("Rubio, who said"). */
  relativePronouns: WORD_LIST.default([]),
  /** "The agency" words that refer back to the last agency named ("الوكالة", "agenția"). */
  agencyAnaphors: WORD_LIST.default([]),
  /** Verbs of media reporting: with an outlet as subject they credit it as the relay ("أوردت", "a relatat"). */
  reportVerbs: WORD_LIST.default([]),
  /** After a report verb, the word before the original speaker ("نقلت الوكالة عن X"). */
  relayedFrom: WORD_LIST.default([]),
  /**
   * Basic word order, which says where a speech verb's subject is: after the verb (`verb-first`, Arabic
   * VSO: "وأضاف الرئيس الإيراني"), just before it (`subject-first`, SVO: "…, Trump says"), or at the start
   * of the clause (`verb-final`, Persian SOV: "لوکاشنکو با تاکید بر … گفت"). The other side is tried next.
   */
  subjectOrder: z.enum(['verb-first', 'subject-first', 'verb-final']).default('subject-first'),
  /** Words joining two speakers of a joint statement ("و", "and", "și"). */
  conjunctions: WORD_LIST.default([]),
  /** Words before an addressee, who is not the speaker ("lui", "إلى", "to"). */
  addressees: WORD_LIST.default([]),
  sources: SOURCES,
});

/** PLOVER 2021 event categories (PLOVER manual, Draft 0.8, Sept. 2021; CAMEO2PLOVER-2021.txt). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT',
] as const;

/**
 * CAMEO agent (sector) codes a generic actor can carry (CAMEO 1.1b3 actor codebook, chapter 3): government,
 * military, police, judiciary, legislature, political party, opposition (including protesters), rebels,
 * civilians, refugees, labour, education, health, media, business, criminals.
 */
export const AGENT_TYPES = ['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'PTY', 'OPP', 'REB', 'CVL', 'REF', 'LAB', 'EDU', 'HLH', 'MED', 'BUS', 'CRM'] as const;

/** Generic actors named by a common noun ("police", "rebels", "الشرطة"), each with its CAMEO agent code. */
export const AgentsSchema = z
  .object({
    /** Agent code → the phrases that name such an actor (plural and singular, with their usual modifiers). */
    types: z.partialRecord(z.enum(AGENT_TYPES), WORD_LIST).default({}),
    /** Words that may join a country to the agent ("Israel's police", "the government of Iraq"). */
    links: WORD_LIST.default([]),
    /** True when a country or its adjective precedes the agent ("Syrian rebels", "израильская полиция"). */
    countryBefore: z.boolean().default(false),
    /**
     * True when a country's name (not only its adjective) may follow the agent with nothing between
     * (Persian ezafe "پلیس اسرائیل", Russian genitive "полиция Израиля"); false where a name there is
     * more likely the object of a verb-first clause (Arabic "قصف الجيش سوريا").
     */
    countryNameAfter: z.boolean().default(false),
  })
  .strict();

/**
 * `event-cues.json`: the words that code an event (who did what to whom). Every form is matched
 * after `normalizeForMatch`, token by token; a token ending in `*` matches any word it starts.
 */
export const EventCuesSchema = z.object({
  /** A cue word or phrase with the PLOVER category it signals and its mode where PLOVER defines one. */
  cues: z.array(
    z
      .object({
        form: z.string().min(1),
        type: z.enum(PLOVER_TYPES),
        mode: z.string().min(1).optional(),
        /** A noun ("the war", "talks"): with no name in its clause it borrows no subject and codes nothing. */
        noun: z.boolean().default(false),
        /**
         * An obligation ("must", "trebuie să", "должен"): its subject is the one asked, so the REQUEST
         * goes from the name before it (the speaker) to that subject.
         */
        addressee: z.boolean().default(false),
      })
      .strict(),
  ),
  /** Words that negate a nearby cue ("not", "لم", "nu", "не", Persian "نکرد*"). */
  negation: WORD_LIST.default([]),
  /** How many tokens before / after a cue a negation reaches (SOV languages negate the final verb). */
  negationBefore: z.number().int().min(0).default(3),
  negationAfter: z.number().int().min(0).default(0),
  /** Prepositions before a place where an event happens ("in", "في", "la", "در", "в"). */
  locationPrepositions: WORD_LIST.default([]),
  /** Words that split a sentence into clauses, each able to hold its own event ("but", "لكن", "iar"). */
  clauseBreaks: WORD_LIST.default([]),
  /** Clause openers that continue the previous event's time frame ("also", "كما", "de asemenea"). */
  continuation: WORD_LIST.default([]),
  /** Prepositions before a partner, who is a target and never the subject ("with", "مع", "cu", "با", "с"). */
  partnerPrepositions: WORD_LIST.default([]),
  /** Postpositions marking a direct object (Persian "را"): names right before one are targets. */
  objectMarkers: WORD_LIST.default([]),
  /**
   * Modal and future words that turn the verb after them into an intention ("will support", "va
   * ajuta", "خواهد"): to cooperate, give or yield → AGREE; to punish or use force → THREATEN
   * (CAMEO 03 "express intent to cooperate", 13 "threaten").
   */
  intent: WORD_LIST.default([]),
  /**
   * Verbs that undo a measure or a protest ("lift", "call off", "رفع", "a ridicat"): before a SANCTION,
   * COERCE or PROTEST cue they code CONCEDE (CAMEO 08 "yield": ease restrictions, curfew, sanctions,
   * call off protests).
   */
  reversals: WORD_LIST.default([]),
  /**
   * Auxiliaries that make the verb cue right after them passive ("was attacked", "au fost arestați",
   * "был задержан"): the names before the verb are its target, not its source.
   */
  passiveAuxiliaries: WORD_LIST.default([]),
  /** Verb endings that stay active after an auxiliary ("-ing": "have been pressuring"). */
  activeEndings: WORD_LIST.default([]),
  /** Words before the doer of a passive verb ("by", "de către", "توسط", "من قبل"): the source. */
  agentMarkers: WORD_LIST.default([]),
  /** Phrases standing for the article's two main actors ("the two countries", "البلدين", "طرفین"). */
  dyadAnaphors: WORD_LIST.default([]),
  /** Fields of cooperation by English key ("economic", "cultural"), with the words that name them. */
  areas: z.record(z.string().regex(/^[a-z][a-z-]*$/), WORD_LIST).default({}),
  /** Words before an outlet credited as a source: an outlet after one is a relay, not an actor. */
  relayCues: WORD_LIST.default([]),
  /** Generic actors: police, troops, rebels, the government… (an agent, with a country when one is joined). */
  agents: AgentsSchema.default({ types: {}, links: [], countryBefore: false, countryNameAfter: false }),
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
  readonly relative: z.infer<typeof RelativeSchema>;
  readonly numbers: z.infer<typeof NumbersSchema>;
  readonly quotes: z.infer<typeof QuotesSchema>;
  readonly eventCues: z.infer<typeof EventCuesSchema>;
  /** Lower-cased abbreviations that end with a period without ending a sentence ("dr.", "г."). */
  readonly abbreviations: readonly string[];
  readonly stopwords: readonly string[];
  readonly examples: readonly string[];
  /** Common given names (ru: also patronymics), one token each: a feature of the NER tagger. */
  readonly firstNames: readonly string[];
  /** Common surnames, one token each: a feature of the NER tagger. */
  readonly surnames: readonly string[];
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
  relative: ['relative.json', RelativeSchema],
  numbers: ['numbers.json', NumbersSchema],
  quotes: ['quotes.json', QuotesSchema],
  eventCues: ['event-cues.json', EventCuesSchema],
} as const;

/** Line-per-entry text files of a pack (`#` starts a comment line). */
export const PACK_TEXT_FILES = {
  abbreviations: 'abbreviations.txt',
  stopwords: 'stopwords.txt',
  examples: 'examples.txt',
  firstNames: 'first-names.txt',
  surnames: 'surnames.txt',
} as const;
