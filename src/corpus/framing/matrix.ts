import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../kb/load.js';
import type { ArticleRecord } from '../../output/record.js';
import { createNameBook, type NameBook } from '../dossiers/names.js';
import { findFacts, type FoundFact } from './facts.js';
import { findFigures } from './figures.js';
import type { Attribution, FactCell, FactKind, FactRow, FramingMatrix, OutletColumn } from './types.js';

/** Options for {@link compareStory}. */
export interface FramingOptions {
  readonly kb?: KnowledgeBase;
  readonly displayLanguage?: string;
}

// Row order: what happened, what was added, who was named, which numbers, who was quoted.
const KIND_ORDER: readonly FactKind[] = ['event', 'background', 'entity', 'figure', 'quote'];
// A cell's attribution is its most marked one: one "claimed" colours the outlet's telling.
const ATTRIBUTION_RANK: Record<Attribution, number> = { claimed: 3, stressed: 2, said: 1 };

/**
 * Compares how the articles of one story tell it: a facts × outlets matrix of events (main and
 * background), entities, figures and statements, with each outlet's attribution (said, claimed,
 * stressed) and evidence, so omissions and emphasis show at a glance.
 * @example renderFraming(compareStory(records.filter((r) => r.story === 'S1')))
 */
export function compareStory(records: readonly ArticleRecord[], options: FramingOptions = {}): FramingMatrix {
  const kb = options.kb ?? loadKnowledgeBase();
  const names = createNameBook(records, kb, options.displayLanguage ?? 'en');
  const dyad = findStoryDyad(records, names);
  const mainDate = findMainDate(records, new Set(dyad), names);
  const outlets: OutletColumn[] = records.map((r) => ({ article: r.id, outlet: r.source ?? r.id, language: r.language, publishedAt: r.publishedAt, url: r.url }));
  const rows = new Map<string, { kind: FactKind; key: string; label: string; found: FoundFact[][] }>();
  records.forEach((r, column) => {
    for (const fact of [...findFacts(r, new Set(dyad), mainDate, names), ...findFigures(r)]) {
      const id = `${fact.kind}|${fact.key}`;
      let row = rows.get(id);
      if (!row) {
        row = { kind: fact.kind, key: fact.key, label: fact.label, found: records.map(() => []) };
        rows.set(id, row);
      }
      row.found[column]!.push(fact);
    }
  });
  const ordered = [...rows.values()].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || coverage(b.found) - coverage(a.found) || a.label.localeCompare(b.label),
  );
  return {
    story: records[0]?.story ?? null,
    dyad,
    mainDate,
    outlets,
    rows: ordered.map((row): FactRow => ({ kind: row.kind, key: row.key, label: row.label, cells: row.found.map(toCell) })),
  };
}

const coverage = (found: readonly FoundFact[][]): number => found.filter((f) => f.length > 0).length;

function toCell(found: readonly FoundFact[]): FactCell | null {
  if (found.length === 0) return null;
  const attributions = found.map((f) => f.attribution).filter((a): a is Attribution => a !== null);
  const attribution = attributions.sort((a, b) => ATTRIBUTION_RANK[b] - ATTRIBUTION_RANK[a])[0] ?? null;
  const cues = [...new Set(found.filter((f) => f.attribution && f.attribution !== 'said' && f.cue).map((f) => f.cue!))];
  return { count: found.length, attribution, cues, evidence: found.map((f) => f.evidence) };
}

/** The two countries the story's events involve most often (parties counted through their countries). */
export function findStoryDyad(records: readonly ArticleRecord[], names: NameBook): string[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    for (const e of r.events) {
      for (const c of new Set([...e.source, ...e.target].map((id) => names.country(id)).filter((c): c is string => c !== null))) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([c]) => c);
}

// The story's main date: the day most of its reports give their pair's events (the articles' own event dates).
function findMainDate(records: readonly ArticleRecord[], dyad: ReadonlySet<string>, names: NameBook): string | null {
  const counts = new Map<string, number>();
  for (const r of records) {
    for (const e of r.events) {
      const parties = [...e.source, ...e.target].map((id) => names.country(id));
      if (!e.date || e.date.length < 10 || !parties.some((p) => p && dyad.has(p))) continue;
      counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}
