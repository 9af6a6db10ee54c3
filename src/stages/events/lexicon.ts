import type { LanguagePack } from '../../languages/schema.js';
import { normalizeForMatch } from '../normalize/fold.js';

/**
 * The event-cue lexicon of a language pack, compiled for token matching: every form is folded with
 * the one matching normaliser and split into tokens; a token written with a final `*` is a stem.
 */

/** One token of a compiled phrase: `stem` tokens match any word they start. */
export interface PhraseToken {
  readonly text: string;
  readonly stem: boolean;
}

/** A compiled phrase (one or more tokens). */
export type Phrase = readonly PhraseToken[];

/** A compiled cue: the phrase and the PLOVER category (and mode) it codes. */
export interface EventCue {
  readonly phrase: Phrase;
  readonly form: string;
  readonly type: string;
  readonly mode: string | undefined;
  readonly noun: boolean;
  readonly addressee: boolean;
}

/** A compiled generic actor phrase ("riot police") and its CAMEO agent code. */
export interface AgentPhrase {
  readonly phrase: Phrase;
  readonly type: string;
}

/** Everything the event coder needs from one pack, folded and ready to match. */
export interface EventLexicon {
  readonly cues: readonly EventCue[];
  readonly negation: readonly Phrase[];
  readonly negationBefore: number;
  readonly negationAfter: number;
  readonly locationPrepositions: readonly Phrase[];
  readonly clauseBreaks: readonly Phrase[];
  readonly continuation: readonly Phrase[];
  readonly partnerPrepositions: readonly Phrase[];
  readonly objectMarkers: readonly Phrase[];
  readonly intent: readonly Phrase[];
  readonly reversals: readonly Phrase[];
  readonly passiveAuxiliaries: readonly Phrase[];
  readonly agentMarkers: readonly Phrase[];
  /** Folded verb endings that are never passive ("ing"). */
  readonly activeEndings: readonly string[];
  readonly dyadAnaphors: readonly Phrase[];
  readonly relayCues: readonly Phrase[];
  /** Generic actors, longest first ("riot police" before "police"). */
  readonly agents: readonly AgentPhrase[];
  /** Words joining a country to an agent ("'s", "of"). */
  readonly agentLinks: readonly Phrase[];
  /** Whether a country or its adjective before an agent is its country ("Syrian rebels"). */
  readonly agentCountryBefore: boolean;
  /** Whether a country's name right after an agent is its country (ezafe, genitive). */
  readonly agentCountryNameAfter: boolean;
  /** Titles before a name ("president", "الرئيس"), from titles.json. */
  readonly titles: readonly Phrase[];
  /** Speech verbs ("said", "قال"), from quote-verbs.json: never part of a title. */
  readonly speechVerbs: readonly Phrase[];
  /** Proclitics a word may carry before a cue ("و" + "وقعت"); from clitics.json and quotes.json. */
  readonly prefixes: readonly string[];
  /** Where a clause's subject sits relative to its verb (quotes.json `subjectOrder`). */
  readonly subjectOrder: 'verb-first' | 'subject-first' | 'verb-final';
}

/** Folds a written form into a phrase; `*` survives folding because it is not a letter. */
export function compilePhrase(form: string): Phrase {
  return normalizeForMatch(form)
    .split(/\s+/u)
    .filter((t) => t.length > 0)
    .map((t) => (t.endsWith('*') && t.length > 1 ? { text: t.slice(0, -1), stem: true } : { text: t, stem: false }));
}

const cache = new WeakMap<LanguagePack, EventLexicon>();

/**
 * Compiles (once per pack) the event lexicon. Longer cues come first so "hunger strike" wins over
 * "strike" at the same position.
 * @example compileEventLexicon(loadLanguage('ro')).cues.find((c) => c.form === 'a semnat')?.type // 'AGREE'
 */
export function compileEventLexicon(pack: LanguagePack): EventLexicon {
  const hit = cache.get(pack);
  if (hit) return hit;
  const data = pack.eventCues;
  const phrases = (forms: readonly string[]) => forms.map(compilePhrase).filter((p) => p.length > 0);
  const cues = data.cues
    .map((c) => ({ phrase: compilePhrase(c.form), form: c.form, type: c.type, mode: c.mode, noun: c.noun, addressee: c.addressee }))
    .filter((c) => c.phrase.length > 0)
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const prefixes = [...new Set([...pack.clitics.prefixes, ...pack.quotes.cuePrefixes].map(normalizeForMatch))].filter((p) => p.length > 0);
  const lexicon: EventLexicon = {
    cues,
    negation: phrases(data.negation),
    negationBefore: data.negationBefore,
    negationAfter: data.negationAfter,
    locationPrepositions: phrases(data.locationPrepositions),
    clauseBreaks: phrases(data.clauseBreaks),
    continuation: phrases(data.continuation),
    partnerPrepositions: phrases(data.partnerPrepositions),
    objectMarkers: phrases(data.objectMarkers),
    intent: phrases(data.intent),
    reversals: phrases(data.reversals),
    passiveAuxiliaries: phrases(data.passiveAuxiliaries),
    agentMarkers: phrases(data.agentMarkers),
    activeEndings: data.activeEndings.map(normalizeForMatch),
    dyadAnaphors: phrases(data.dyadAnaphors),
    relayCues: phrases(data.relayCues),
    agents: Object.entries(data.agents.types)
      .flatMap(([type, forms]) => (forms ?? []).map((form) => ({ phrase: compilePhrase(form), type })))
      .filter((a) => a.phrase.length > 0)
      .sort((a, b) => b.phrase.length - a.phrase.length),
    agentLinks: phrases(data.agents.links),
    agentCountryBefore: data.agents.countryBefore,
    agentCountryNameAfter: data.agents.countryNameAfter,
    titles: phrases(pack.titles.titles.map((t) => t.form)),
    speechVerbs: phrases([...pack.quoteVerbs.neutral, ...pack.quoteVerbs.distancing, ...pack.quoteVerbs.affirming]),
    prefixes,
    subjectOrder: pack.quotes.subjectOrder,
  };
  cache.set(pack, lexicon);
  return lexicon;
}
