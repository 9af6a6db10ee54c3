import type { LanguagePack } from '../../languages/schema.js';
import { tokenize } from '../segment/tokens.js';

/**
 * The pack's quote vocabulary compiled once into token sequences in matching form, so every
 * lookup compares `Token.norm` values and a multi-word cue ("a declarat", "تصریح کرد") is one entry.
 */

/** The neutrality of a speech cue (said vs claimed vs affirmed). */
export type Stance = 'neutral' | 'distancing' | 'affirming';

/** What a cue does: a speech verb opens a statement, an `according` phrase credits a source. */
export type CueKind = 'verb' | 'according';

/** One cue of the lexicon, as a sequence of normalised tokens. */
export interface CueEntry {
  readonly tokens: readonly string[];
  readonly kind: CueKind;
  readonly stance: Stance;
  /** A verb of media reporting ("أوردت", "a relatat"): an outlet subject is credited as relay. */
  readonly report: boolean;
}

/** Everything the quotes stage reads from a language pack, in matching form. */
export interface QuoteLexicon {
  /** Cues by their first token, longest first, so the longest match wins. */
  readonly cues: ReadonlyMap<string, readonly CueEntry[]>;
  readonly prefixes: readonly string[];
  readonly inserts: ReadonlySet<string>;
  readonly complementizers: readonly (readonly string[])[];
  readonly complementizerOptional: boolean;
  readonly pronouns: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  /** Subjects that name no entity: "I", "we", "some", "many". */
  readonly indefiniteSubjects: ReadonlySet<string>;
  readonly agencyAnaphors: readonly (readonly string[])[];
  /** Agency nouns ("وكالة", "agenția", "agency") from `attribution-cues.json` → `via`. */
  readonly agencyNouns: ReadonlySet<string>;
  readonly relayedFrom: readonly (readonly string[])[];
  readonly conjunctions: ReadonlySet<string>;
  readonly addressees: ReadonlySet<string>;
  readonly subjectOrder: 'verb-first' | 'subject-first' | 'verb-final';
  /** Function words (the pack's stopwords): they are never an unnamed subject. */
  readonly functionWords: ReadonlySet<string>;
}

/** Splits a lexicon phrase into the normalised forms of its tokens, as the segmenter would. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

const cache = new WeakMap<LanguagePack, QuoteLexicon>();

/**
 * Compiles (once per pack) the quote vocabulary of a language pack.
 * @example compileLexicon(loadLanguage('ro')).complementizers // [['ca'], …]
 */
export function compileLexicon(pack: LanguagePack): QuoteLexicon {
  const hit = cache.get(pack);
  if (hit) return hit;
  const { quoteVerbs, attributionCues, quotes } = pack;
  const reportKeys = new Set(quotes.reportVerbs.map((p) => phraseTokens(p).join(' ')));
  const entries: CueEntry[] = [];
  const addVerbs = (phrases: readonly string[], stance: Stance) => {
    for (const p of phrases) {
      const tokens = phraseTokens(p);
      entries.push({ tokens, kind: 'verb', stance, report: reportKeys.has(tokens.join(' ')) });
    }
  };
  addVerbs(quoteVerbs.neutral, 'neutral');
  addVerbs(quoteVerbs.distancing, 'distancing');
  addVerbs(quoteVerbs.affirming, 'affirming');
  // Report verbs are speech cues too even if quote-verbs.json does not list them.
  const listed = new Set(entries.map((e) => e.tokens.join(' ')));
  for (const p of quotes.reportVerbs) {
    const tokens = phraseTokens(p);
    if (!listed.has(tokens.join(' '))) entries.push({ tokens, kind: 'verb', stance: 'neutral', report: true });
  }
  for (const p of attributionCues.according) {
    entries.push({ tokens: phraseTokens(p), kind: 'according', stance: 'neutral', report: false });
  }
  const lexicon: QuoteLexicon = {
    cues: indexByFirstToken(entries.filter((e) => e.tokens.length > 0)),
    prefixes: quotes.cuePrefixes.map((p) => phraseTokens(p).join('')),
    inserts: new Set(quotes.cueInserts.flatMap(phraseTokens)),
    complementizers: longestFirst(quotes.complementizers.map(phraseTokens)),
    complementizerOptional: quotes.complementizerOptional,
    pronouns: new Set(quotes.pronouns.flatMap(phraseTokens)),
    relativePronouns: new Set(quotes.relativePronouns.flatMap(phraseTokens)),
    indefiniteSubjects: new Set(quotes.indefiniteSubjects.flatMap(phraseTokens)),
    agencyAnaphors: longestFirst(quotes.agencyAnaphors.map(phraseTokens)),
    agencyNouns: new Set(attributionCues.via.flatMap(phraseTokens)),
    relayedFrom: longestFirst(quotes.relayedFrom.map(phraseTokens)),
    conjunctions: new Set(quotes.conjunctions.flatMap(phraseTokens)),
    addressees: new Set(quotes.addressees.flatMap(phraseTokens)),
    subjectOrder: quotes.subjectOrder,
    functionWords: new Set(pack.stopwords.flatMap(phraseTokens)),
  };
  cache.set(pack, lexicon);
  return lexicon;
}

function indexByFirstToken(entries: readonly CueEntry[]): Map<string, CueEntry[]> {
  const map = new Map<string, CueEntry[]>();
  for (const e of entries) {
    const key = e.tokens[0]!;
    const list = map.get(key) ?? [];
    list.push(e);
    map.set(key, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
}

function longestFirst(seqs: string[][]): string[][] {
  return seqs.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}
