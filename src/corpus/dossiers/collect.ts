import type { ArticleRecord } from '../../output/record.js';
import type { NameBook } from './names.js';
import { evidenceOf } from './names.js';
import type { DossierEvent } from './types.js';

type EventLine = ArticleRecord['events'][number];

// PLOVER codes a joint agreement or meeting with both parties on both sides ("SRC/TAR").
const SYMMETRIC = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/**
 * True when an event is between `a` and `b`: one among its sources and the other among its targets
 * (an actor id or the country a person carries), or both among the parties of a symmetric event.
 */
export function isBetween(e: EventLine, a: string, b: string): boolean {
  const s = new Set(e.source);
  const t = new Set(e.target);
  if ((s.has(a) && t.has(b)) || (s.has(b) && t.has(a))) return true;
  const all = new Set([...s, ...t]);
  return SYMMETRIC.has(e.type) && all.has(a) && all.has(b);
}

/** The events of the records between `a` and `b`, as dossier events, in record order. */
export function collectDyadEvents(records: readonly ArticleRecord[], a: string, b: string, names: NameBook): DossierEvent[] {
  const out: DossierEvent[] = [];
  for (const r of records) {
    for (const e of r.events) {
      if (!isBetween(e, a, b)) continue;
      out.push({
        type: e.type,
        mode: e.mode,
        date: e.date,
        location: e.location ? names.ref(e.location) : null,
        source: e.source.map(names.ref),
        target: e.target.map(names.ref),
        negated: e.negated,
        story: r.story,
        evidence: evidenceOf(r, e.evidence),
      });
    }
  }
  return out;
}
