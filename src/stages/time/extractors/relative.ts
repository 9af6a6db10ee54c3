import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';
import { century, comparable, definitePeriod, quarter } from './period.js';
import { readYear } from './parts.js';

/**
 * Relative and vague expressions: "last week", "anul trecut", "в прошлом году", "السنة الماضية",
 * "earlier this month", "هفته گذشته"; "yesterday", "صباح اليوم", "вчера вечером"; "now", "recently";
 * "پارسال"; "the third quarter"; "last fall", "summer 2025".
 */
export function extractRelative(s: TimeScanner, i: number): Candidate | undefined {
  // The longest reading wins: "this year's third quarter" over "this year".
  let best: Candidate | undefined;
  for (const read of READERS) {
    const c = read(s, i);
    if (c && (!best || c.end > best.end)) best = c;
  }
  return best;
}

const READERS = [relativeUnit, definitePeriod, deictic, quarter, comparable, season, century, named, reference] as const;

// Units that a relative word can pick out as a calendar period containing the anchor.
const PERIOD_UNITS = new Set(['year', 'half', 'quarter', 'month', 'week', 'weekend', 'day', 'decade', 'century']);

function relativeUnit(s: TimeScanner, i: number): Candidate | undefined {
  const det = s.find(i, 'det');
  const j = det ? det.end : i;
  // rel + unit: "last week", "в прошлом году", "هذا العام"
  const rel = s.find(j, 'rel');
  if (rel) {
    // "the current fiscal year": an adjective may sit between.
    const from = s.find(rel.end, 'periodAdjective')?.end ?? rel.end;
    const unit = s.find(from, 'unit', (e) => PERIOD_UNITS.has(e.unit) && e.count === undefined);
    if (unit) {
      if (unit.entry.unit === 'day' && rel.entry.offset === 0) return undefined;
      return { first: i, end: unit.end, start: (det ?? rel).start, spec: { kind: 'relative', unit: unit.entry.unit, offset: rel.entry.offset } };
    }
  }
  // "the quarter" in a report is the last one completed (the one the figures are for).
  if (det) {
    const q = s.find(j, 'unit', (e) => e.unit === 'quarter' && e.count === undefined);
    if (q && !s.has(q.end, 'rel') && !s.has(q.end, 'connector')) {
      return { first: i, end: q.end, start: det.start, spec: { kind: 'relative', unit: 'quarter', offset: -1 } };
    }
  }
  // unit + rel: "anul trecut", "luna trecută", "السنة الماضية", "هفته گذشته", "العام الجاري"
  const unit = s.find(j, 'unit', (e) => PERIOD_UNITS.has(e.unit) && e.count === undefined);
  if (unit) {
    const after = s.find(unit.end, 'rel');
    if (after && !(unit.entry.unit === 'day' && after.entry.offset === 0)) {
      return { first: i, end: after.end, start: (det ?? unit).start, spec: { kind: 'relative', unit: unit.entry.unit, offset: after.entry.offset } };
    }
  }
  return undefined;
}

function deictic(s: TimeScanner, i: number): Candidate | undefined {
  // part + deictic: "صباح اليوم", "this morning" is rel(0) + part
  const part = s.find(i, 'part');
  if (part) {
    const d = s.find(part.end, 'deictic');
    if (d) return { first: i, end: d.end, start: part.start, spec: { kind: 'deictic', days: d.entry.days, part: part.entry.part } };
  }
  // "this morning" (today's), "last night" (yesterday's)
  const rel = s.find(i, 'rel', (e) => e.offset <= 0);
  if (rel) {
    const p = s.find(rel.end, 'part');
    if (p) return { first: i, end: p.end, start: rel.start, spec: { kind: 'deictic', days: rel.entry.offset, part: p.entry.part } };
  }
  const d = s.find(i, 'deictic');
  if (!d) return undefined;
  const after = s.find(d.end, 'part');
  if (after) return { first: i, end: after.end, start: d.start, spec: { kind: 'deictic', days: d.entry.days, part: after.entry.part } };
  return { first: i, end: d.end, start: d.start, spec: { kind: 'deictic', days: d.entry.days } };
}

function season(s: TimeScanner, i: number): Candidate | undefined {
  const rel = s.find(i, 'rel');
  const j = rel ? rel.end : i;
  const se = s.find(j, 'season');
  if (!se) return undefined;
  if (rel) return { first: i, end: se.end, start: rel.start, spec: { kind: 'season', season: se.entry.season, offset: rel.entry.offset } };
  const after = s.find(se.end, 'rel');
  if (after) return { first: i, end: after.end, start: se.start, spec: { kind: 'season', season: se.entry.season, offset: after.entry.offset } };
  // "summer 2025", "the winter of nineteen ninety-four"
  const y = readYear(s, s.skip(se.end, 'connector'));
  if (y && y.year >= 1000) return { first: i, end: y.end, start: se.start, spec: { kind: 'season', season: se.entry.season, offset: 0, year: y.year } };
  // "the summer": this year's (an article before it, nothing after it that names another year).
  if (i > 0 && s.matchesAt(i - 1).some((m) => m.entry.kind === 'det' && m.end === i) && !s.has(se.end, 'connector')) {
    return { first: i, end: se.end, start: se.start, spec: { kind: 'season', season: se.entry.season, offset: 0 } };
  }
  return undefined;
}

function named(s: TimeScanner, i: number): Candidate | undefined {
  const n = s.find(i, 'named');
  if (!n) return undefined;
  return { first: i, end: n.end, start: n.start, spec: { kind: 'relative', unit: n.entry.unit, offset: n.entry.amount } };
}

function reference(s: TimeScanner, i: number): Candidate | undefined {
  const r = s.find(i, 'ref');
  if (!r) return undefined;
  return { first: i, end: r.end, start: r.start, spec: { kind: 'ref', value: r.entry.value } };
}
