import type { RejectReason } from '../model/diagnostic.js';

/** Counts of a batch: what went in, what was already there, what was rejected and why. */
export interface BatchSummary {
  analysed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  rejected: Partial<Record<RejectReason, number>>;
  seconds: number;
}

/** An empty summary. */
export function createSummary(): BatchSummary {
  return { analysed: 0, inserted: 0, updated: 0, unchanged: 0, duplicates: 0, rejected: {}, seconds: 0 };
}

/** Total rejected inputs. */
export function rejectedCount(summary: BatchSummary): number {
  return Object.values(summary.rejected).reduce((a, b) => a + (b ?? 0), 0);
}

/** One human line, e.g. `5 articles: 3 ingested, 1 updated, 1 duplicate; 2 rejected (empty 1, binary 1)`. */
export function formatSummary(summary: BatchSummary, stored: boolean): string {
  const parts = [`${summary.analysed} article${summary.analysed === 1 ? '' : 's'} analysed`];
  if (stored) {
    parts.push(`${summary.inserted} ingested`, `${summary.updated} updated`, `${summary.duplicates + summary.unchanged} duplicate`);
  }
  const rejected = rejectedCount(summary);
  const reasons = Object.entries(summary.rejected)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const rate = summary.seconds > 0 ? ` in ${summary.seconds.toFixed(2)} s` : '';
  return `${parts.join(', ')}; ${rejected} rejected${rejected ? ` (${reasons})` : ''}${rate}`;
}
