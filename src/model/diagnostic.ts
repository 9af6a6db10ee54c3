import type { Span } from './span.js';

/** How bad a content problem is; `error` means a stage could not do its job on this article. */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A content problem inside an article (an unresolvable date, a mixed-language paragraph).
 * Processing continues; diagnostics travel with the analysis.
 */
export interface Diagnostic {
  readonly stage: string;
  /** Stage-scoped code, e.g. `langid/mixed-language`. */
  readonly code: string;
  readonly message: string;
  readonly severity: Severity;
  readonly span?: Span;
}

/** Why an input was not turned into an article. */
export type RejectReason =
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'malformed'
  | 'unsupported'
  | 'duplicate'
  /** A stage failed on this input (a bug or a resource problem); the message says which. */
  | 'failed';

/** An input that was rejected; the batch goes on and the summary counts these by reason. */
export interface Rejected {
  readonly kind: 'rejected';
  /** The file, with `#N` for the Nth record of a multi-record input (1-based). */
  readonly input: string;
  readonly reason: RejectReason;
  readonly detail: string;
}

/** Creates a rejection record. */
export function reject(input: string, reason: RejectReason, detail: string): Rejected {
  return { kind: 'rejected', input, reason, detail };
}

/** One line for people: `input: reason (detail)`. */
export function formatRejected(r: Rejected): string {
  return `${r.input}: ${r.reason} — ${r.detail}`;
}
