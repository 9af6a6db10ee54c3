import type { ArticleRecord } from '../../output/record.js';
import { evidenceOf, type NameBook } from '../dossiers/names.js';
import type { EvidenceRef } from '../dossiers/types.js';
import { isAgentId } from '../../stages/events/agents.js';
import type { Attribution, FactKind } from './types.js';

/** One fact as found in one article, before the matrix lines articles up. */
export interface FoundFact {
  readonly kind: FactKind;
  readonly key: string;
  readonly label: string;
  readonly attribution: Attribution | null;
  readonly cue: string | null;
  readonly evidence: EvidenceRef;
}

type Quote = ArticleRecord['quotes'][number];

const ATTRIBUTION: Record<string, Attribution> = { neutral: 'said', distancing: 'claimed', affirming: 'stressed' };

/** The attribution of a quote, from its verb's stance (quote-verbs.json). */
export function attributionOf(q: Quote): Attribution {
  return ATTRIBUTION[q.stance ?? 'neutral'] ?? 'said';
}

const named = (ids: readonly string[]): string[] => ids.filter((id) => !isAgentId(id));

// PLOVER codes these with both parties on both sides (SRC/TAR); a visit keeps its direction.
const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

// Entity types compared: people, places, organisations (not dates or miscellany).
const COMPARED_TYPES = new Set(['PER', 'GPE', 'ORG', 'LOC']);

/**
 * The facts of one article: its events (main or background, by date), the entities it names, and
 * the statements it relays per speaker with their attribution.
 */
export function findFacts(r: ArticleRecord, dyad: ReadonlySet<string>, mainDate: string | null, names: NameBook): FoundFact[] {
  const out: FoundFact[] = [];
  for (const e of r.events) {
    const quote = r.quotes.find((q) => q.start < e.evidence.end && e.evidence.start < q.end) ?? null;
    const background = e.date === null || mainDate === null || !(e.date === mainDate || mainDate.startsWith(e.date));
    // A generic agent ("agent:COP") is compared through the country that follows it, never on its own.
    const parties = [...new Set(named([...e.source, ...e.target]).map((id) => names.country(id) ?? id))];
    const kind = e.mode ? `${e.type}/${e.mode}` : e.type;
    const neg = e.negated ? 'not ' : '';
    if (background) {
      // Background is named by the parties outside the story's pair: "ASSAULT · Israel, Russia".
      const others = parties.filter((p) => !dyad.has(p)).sort();
      const who = (others.length ? others : parties.sort()).map(names.name).join(', ');
      out.push({ kind: 'background', key: `${neg}${kind}|${others.join('+') || parties.join('+')}`, label: `${neg}${kind} · ${who}`, attribution: quote ? attributionOf(quote) : null, cue: quote?.cue?.text ?? null, evidence: evidenceOf(r, e.evidence) });
    } else {
      const ordered = named(e.source).map((id) => names.country(id) ?? id).filter((c, i, all) => all.indexOf(c) === i);
      const from = ordered.find((c) => dyad.has(c)) ?? ordered[0] ?? '?';
      const to = parties.find((p) => p !== from && dyad.has(p)) ?? parties.find((p) => p !== from) ?? '?';
      const where = e.location ? ` in ${names.name(e.location)}` : '';
      // Agreements and meetings are joint: one row whichever side a report names first.
      const joint = SYMMETRIC.has(kind);
      const [x, y] = joint ? [from, to].sort() : [from, to];
      const arrow = joint ? '–' : '→';
      out.push({ kind: 'event', key: `${neg}${kind}|${x}${arrow}${y}`, label: `${neg}${kind} ${names.name(x!)} ${arrow} ${names.name(y!)}${where}`, attribution: quote ? attributionOf(quote) : null, cue: quote?.cue?.text ?? null, evidence: evidenceOf(r, e.evidence) });
    }
  }
  for (const entity of r.entities) {
    const first = entity.mentions[0];
    if (!first || !COMPARED_TYPES.has(entity.type)) continue;
    out.push({ kind: 'entity', key: entity.id, label: names.name(entity.id), attribution: null, cue: null, evidence: evidenceOf(r, first) });
  }
  for (const q of r.quotes) {
    if (!q.speaker) continue;
    out.push({ kind: 'quote', key: q.speaker.id, label: `statements by ${names.name(q.speaker.id)}`, attribution: attributionOf(q), cue: q.cue?.text ?? null, evidence: evidenceOf(r, q) });
  }
  return out;
}
