import type { ArticleRecord } from '../../output/record.js';

/** Export formats for events. */
export type EventExportFormat = 'jsonl' | 'tsv';

/** One exported event: the event, where it comes from, and its evidence offsets. */
export interface ExportedEvent {
  readonly date: string | null;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly type: string;
  readonly mode: string | null;
  readonly negated: boolean;
  readonly location: string | null;
  readonly story: string | null;
  readonly article: string;
  readonly outlet: string | null;
  readonly language: string;
  readonly evidenceStart: number;
  readonly evidenceEnd: number;
  readonly evidence: string;
}

/** TSV columns, in order: GDELT/PLOVER-like (date, actors, type, mode, place) plus provenance. */
export const TSV_COLUMNS = [
  'date', 'source', 'target', 'type', 'mode', 'negated', 'location', 'story', 'article', 'outlet', 'language', 'evidence_start', 'evidence_end', 'evidence',
] as const;

/** Flattens the events of article records, in record order. */
export function listEvents(records: readonly ArticleRecord[]): ExportedEvent[] {
  return records.flatMap((r) =>
    r.events.map((e) => ({
      date: e.date,
      source: e.source,
      target: e.target,
      type: e.type,
      mode: e.mode,
      negated: e.negated,
      location: e.location,
      story: r.story,
      article: r.id,
      outlet: r.source,
      language: r.language,
      evidenceStart: e.evidence.start,
      evidenceEnd: e.evidence.end,
      evidence: e.evidence.text,
    })),
  );
}

// TSV has no quoting: tabs and line breaks inside a field become spaces (the offsets keep the exact text).
const field = (v: string | number | boolean | null | readonly string[]): string =>
  v === null ? '' : Array.isArray(v) ? v.join(';') : String(v).replace(/[\t\r\n]+/gu, ' ');

/**
 * Exports the events of stored records as JSON Lines (one event per line) or as a TSV with a header
 * row (multiple actors joined by ";", empty for none).
 * @example process.stdout.write(exportEvents(records, 'tsv'))
 */
export function exportEvents(records: readonly ArticleRecord[], format: EventExportFormat): string {
  const events = listEvents(records);
  if (format === 'jsonl') return events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');
  const lines = [TSV_COLUMNS.join('\t')];
  for (const e of events) {
    lines.push(
      [e.date, e.source, e.target, e.type, e.mode, e.negated, e.location, e.story, e.article, e.outlet, e.language, e.evidenceStart, e.evidenceEnd, e.evidence].map(field).join('\t'),
    );
  }
  return lines.join('\n') + '\n';
}
