import type { TimeSpec } from './spec.js';

/**
 * What earlier expressions of the same text tell later ones. Business reports state the period they
 * report on ("the third quarter") and then compare with "a year ago", which TimeML (TimeBank's WSJ
 * files) normalises at that period's granularity: `1988-Q3`, not `1988`.
 */
export interface DiscourseContext {
  /** The last quarter the text named, if any. */
  period?: { readonly year: number; readonly quarter: number };
}

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/** Updates the discourse context with a resolved value (call in text order). */
export function noteResolved(context: DiscourseContext, spec: TimeSpec, value: string): void {
  // A stretch such as "the first nine months" ends the quarter's context: "a year earlier" after it
  // compares whole years.
  if (spec.kind === 'duration') context.period = undefined;
  // Only a period the text names sets the context, not a comparison with it ("a year ago").
  if (spec.kind !== 'quarter' && spec.kind !== 'relative') return;
  const m = QUARTER_VALUE.exec(value);
  if (m) context.period = { year: Number(m[1]), quarter: Number(m[2]) };
}
