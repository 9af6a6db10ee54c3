/** A named entity in a dossier or a framing matrix. */
export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

/** Where a line of a dossier comes from: the article and the UTF-16 offsets into its original text. */
export interface EvidenceRef {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly outlet: string | null;
  readonly language: string;
  readonly url: string | null;
}

/** One coded event as a dossier shows it. */
export interface DossierEvent {
  readonly type: string;
  readonly mode: string | null;
  readonly date: string | null;
  readonly location: NamedRef | null;
  readonly source: readonly NamedRef[];
  readonly target: readonly NamedRef[];
  readonly negated: boolean;
  readonly story: string | null;
  readonly evidence: EvidenceRef;
}

/** One dated occasion of the timeline (a visit, a round of talks): the events reported of it. */
export interface Occasion {
  readonly date: string;
  readonly location: NamedRef | null;
  readonly types: readonly string[];
  readonly events: readonly DossierEvent[];
  readonly stories: readonly string[];
  readonly outlets: readonly string[];
  readonly languages: readonly string[];
  /** Other dates some reports give for the same occasion, with the article that gives each. */
  readonly dateConflicts: readonly { readonly date: string; readonly article: string }[];
}

/** A statement by one side: a quote with its speaker and relaying outlet. */
export interface Statement {
  readonly side: NamedRef;
  readonly speaker: NamedRef;
  readonly via: NamedRef | null;
  readonly text: string;
  readonly stance: string | null;
  readonly evidence: EvidenceRef;
}

/** The actor-pair view: what happened between two actors, who said what, who reported it. */
export interface Dossier {
  readonly a: NamedRef;
  readonly b: NamedRef;
  readonly since: string | null;
  readonly articles: number;
  readonly timeline: readonly Occasion[];
  readonly agreements: readonly DossierEvent[];
  /** Fields of cooperation named in the pair's events, each with the evidence naming it. */
  readonly cooperationAreas: readonly { readonly area: string; readonly evidence: readonly EvidenceRef[] }[];
  readonly statements: readonly Statement[];
  /** Events between the two that no report dates. */
  readonly undated: readonly DossierEvent[];
}
