import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';

// At most this many tokens may join the two ends ("по", "to", "-", "până la").
const MAX_JOIN_TOKENS = 2;

/**
 * Refiner: in a range of dates the year is often written once, at the end — "с 21 сентября по 13 октября
 * 2006 года", "from Feb. 1 to March 3, 1990", "1-23 iulie 2006" — so a year-less date joined to a dated
 * one by a range connector takes its year (recorded as implied, not stated).
 */
export function shareRangeYear(candidates: Candidate[], s: TimeScanner): Candidate[] {
  const byFirst = new Map<number, Candidate>();
  for (const c of candidates) {
    const prev = byFirst.get(c.first);
    if (!prev || c.end > prev.end) byFirst.set(c.first, c);
  }
  return candidates.map((c) => {
    const spec = c.spec;
    if (spec.kind !== 'date' || spec.year !== undefined || spec.month === undefined || spec.offset !== undefined) return c;
    const join = s.find(c.end, 'rangeConnector');
    if (!join || join.end - c.end > MAX_JOIN_TOKENS) return c;
    const other = byFirst.get(join.end);
    const o = other?.spec;
    if (!o || o.kind !== 'date' || o.year === undefined || o.month === undefined || o.calendar !== spec.calendar) return c;
    // Only a start that comes before the end in the calendar year ("21 September … 13 October 2006").
    if (spec.month > o.month || (spec.month === o.month && (spec.day ?? 0) > (o.day ?? 31))) return c;
    const { future: _future, ...rest } = spec;
    return { ...c, spec: { ...rest, year: o.year, yearFromRange: true } };
  });
}
