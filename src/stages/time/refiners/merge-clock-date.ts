import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';

/**
 * Refiner: a clock time followed by the day it is on becomes one TIME — "9 a.m. Tuesday",
 * "5 p.m. EST, Nov. 9", "midnight Friday" — as TimeML annotates them (one TIMEX3, value
 * `2000-04-04T09:00`). Between them only a comma or a connector may stand.
 */
export function mergeClockDate(candidates: Candidate[], s: TimeScanner): Candidate[] {
  const byFirst = new Map<number, Candidate[]>();
  for (const c of candidates) byFirst.set(c.first, [...(byFirst.get(c.first) ?? []), c]);
  const merged: Candidate[] = [];
  for (const c of candidates) {
    if (c.spec.kind !== 'clock' || c.spec.date) continue;
    let k = c.end;
    if (s.isPunct(k, ',')) k++;
    k = s.skip(k, 'connector');
    const day = (byFirst.get(k) ?? []).filter(isDay).sort((a, b) => b.end - a.end)[0];
    if (day) merged.push({ first: c.first, end: day.end, start: c.start, spec: { ...c.spec, date: day.spec } });
  }
  return merged.length ? [...candidates, ...merged] : candidates;
}

function isDay(c: Candidate): boolean {
  return c.spec.kind === 'weekday' || c.spec.kind === 'deictic' || (c.spec.kind === 'date' && c.spec.day !== undefined);
}
