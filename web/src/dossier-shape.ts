/** The dossier as src/corpus/dossiers returns it (types.ts there), as far as the UI reads it. */
export interface NamedRef { id: string; name: string }
export interface EvidenceRef { article: string; start: number; end: number; text: string; outlet: string | null; language: string; url: string | null }
export interface DossierEvent { type: string; mode: string | null; date: string | null; location: NamedRef | null; source: NamedRef[]; target: NamedRef[]; negated: boolean; evidence: EvidenceRef }
export interface Occasion { date: string; location: NamedRef | null; types: string[]; events: DossierEvent[]; outlets: string[]; languages: string[]; dateConflicts: { date: string; article: string }[] }
export interface Statement { side: NamedRef; speaker: NamedRef; via: NamedRef | null; text: string; stance: string | null; evidence: EvidenceRef }
export interface Dossier {
  a: NamedRef;
  b: NamedRef;
  since: string | null;
  articles: number;
  timeline: Occasion[];
  agreements: DossierEvent[];
  cooperationAreas: { area: string; evidence: EvidenceRef[] }[];
  statements: Statement[];
  undated: DossierEvent[];
}

/** True when the value has the dossier's shape (else the page shows it as data). */
export function isDossier(value: unknown): value is Dossier {
  const v = value as Partial<Dossier> | null;
  return !!v && typeof v === 'object' && !!v.a && !!v.b && Array.isArray(v.timeline) && Array.isArray(v.statements);
}
