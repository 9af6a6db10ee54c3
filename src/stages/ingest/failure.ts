import type { RejectReason } from '../../model/diagnostic.js';

/** Why a reader could not make an article, before the input name is attached (see `reject`). */
export interface Failure {
  readonly reason: RejectReason;
  readonly detail: string;
}

/** Creates a failure; the caller turns it into a `Rejected` naming the input. */
export function fail(reason: RejectReason, detail: string): Failure {
  return { reason, detail };
}

/** True when a reader step returned a failure rather than a value. */
export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'reason' in value && 'detail' in value;
}
