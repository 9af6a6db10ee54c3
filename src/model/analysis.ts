import type { Article, PublishedAtSource } from './article.js';
import type { Diagnostic } from './diagnostic.js';
import type { MappedText } from './offset-map.js';
import type { Span } from './span.js';

/** ISO 639-1 code, or `und` when undetermined. */
export type LanguageCode = string;

/** Writing system, ISO 15924 (`Arab`, `Latn`, `Cyrl`, …) or `Zyyy` when undetermined. */
export type ScriptCode = string;

/** A paragraph of the original text with its own language decision. */
export interface Paragraph {
  readonly span: Span;
  readonly language: LanguageCode;
  readonly confidence: number;
}

/** A sentence of the original text. */
export interface Sentence {
  readonly span: Span;
}

/** A word-like token; `norm` is its normalised form, used for matching only. */
export interface Token {
  readonly span: Span;
  readonly norm: string;
  readonly kind: 'word' | 'number' | 'punct';
}

/** Entity types of the knowledge base. */
export type EntityType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'EVENT' | 'MISC';

/** How a mention refers to its entity. */
export type MentionForm = 'name' | 'demonym' | 'role';

/** A stretch of text that refers to an entity. */
export interface Mention {
  readonly span: Span;
  readonly text: string;
  readonly form: MentionForm;
  readonly type: EntityType;
  /** KB id (Wikidata QID) or a provisional id for unknown names. */
  readonly entityId: string;
  /** How the link was made (e.g. `alias`, `role@date`, `surname`, `tagger`) and how sure it is. */
  readonly method: string;
  readonly confidence: number;
}

/** An entity referred to in the article, with its display name. */
export interface EntityRef {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
}

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression, normalised to a TIMEX3 value. */
export interface Timex {
  readonly span: Span;
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  /** Date parts stated in the text vs implied by the anchor, calendar or context. */
  readonly known?: readonly string[];
  readonly implied?: readonly string[];
}

/** A reported statement. */
export interface Quote {
  readonly span: Span;
  readonly text: string;
  readonly direct: boolean;
  readonly speaker: EntityRef | null;
  readonly via: EntityRef | null;
  readonly cue: (Span & { readonly text: string }) | null;
  readonly stance?: 'neutral' | 'distancing' | 'affirming';
  /** Other speakers of a joint statement ("the two presidents said"); `speaker` is the first named. */
  readonly coSpeakers?: readonly EntityRef[];
  /** Where the speaker was read from: a name, role or pronoun, or an unnamed source ("officials") when `speaker` is null. */
  readonly speakerSpan?: Span;
}

/** A coded event: who did what to whom, when, where, with evidence. */
export interface EventRecord {
  readonly type: string;
  readonly mode?: string;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly date: string | null;
  readonly location: string | null;
  readonly negated?: boolean;
  readonly evidence: Span;
}

/**
 * Everything the stages add to an article. Stages return partial patches; the pipeline merges them.
 * No field holds a span in normalised coordinates: `normalized.origin` maps back.
 */
export interface Analysis {
  readonly article: Article;
  /** Publication date as resolved by the pipeline (metadata, dateline or text); starts as the article's. */
  readonly publishedAt: string | null;
  readonly publishedAtSource: PublishedAtSource;
  readonly language: LanguageCode;
  readonly languageConfidence: number;
  readonly script: ScriptCode;
  readonly paragraphs: readonly Paragraph[];
  readonly normalized: MappedText;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly entities: readonly EntityRef[];
  readonly timexes: readonly Timex[];
  readonly eventDate: string | null;
  readonly quotes: readonly Quote[];
  readonly events: readonly EventRecord[];
  readonly story: string | null;
  readonly diagnostics: readonly Diagnostic[];
  /** Stage name → version of the code that produced this analysis. */
  readonly analyzers: Readonly<Record<string, number>>;
}

/** Keys a stage may require or provide. */
export type AnalysisKey = Exclude<keyof Analysis, 'article' | 'diagnostics' | 'analyzers'>;

/** The analysis of an article before any stage ran. */
export function emptyAnalysis(article: Article): Analysis {
  return {
    article,
    publishedAt: article.publishedAt,
    publishedAtSource: article.publishedAtSource,
    language: 'und',
    languageConfidence: 0,
    script: 'Zyyy',
    paragraphs: [],
    normalized: { text: '', origin: new Int32Array(1) },
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    timexes: [],
    eventDate: null,
    quotes: [],
    events: [],
    story: null,
    diagnostics: [],
    analyzers: {},
  };
}
