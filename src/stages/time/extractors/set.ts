import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';
import { durationValue } from '../resolve.js';

/** Recurring times (TIMEX3 SET): "daily", "يوميا", "every week", "каждую среду", "هر روز", "every two weeks". */
export function extractSet(s: TimeScanner, i: number): Candidate | undefined {
  const word = s.find(i, 'set');
  if (word) return { first: i, end: word.end, start: word.start, spec: { kind: 'set', value: word.entry.value } };
  const every = s.find(i, 'every');
  if (!every) return undefined;
  const wd = s.find(every.end, 'weekday');
  if (wd) return { first: i, end: wd.end, start: every.start, spec: { kind: 'set', value: `XXXX-WXX-${wd.entry.weekday}` } };
  const n = s.number(every.end);
  const k = n && !n.ordinal ? n.end : every.end;
  const unit = s.find(k, 'unit', (e) => e.count === undefined);
  if (!unit) return undefined;
  const value = durationValue(unit.entry.unit, n && !n.ordinal ? n.value : 1);
  if (!value) return undefined;
  return { first: i, end: unit.end, start: every.start, spec: { kind: 'set', value } };
}
