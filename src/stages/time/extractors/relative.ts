import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';
import { readYear } from './parts.js';

/**
 * Relative and vague expressions: "last week", "anul trecut", "в прошлом году", "السنة الماضية",
 * "earlier this month", "هفته گذشته"; "yesterday", "صباح اليوم", "вчера вечером"; "now", "recently";
 * "پارسال"; "the third quarter"; "last fall", "summer 2025".
 */
export function extractRelative(s: TimeScanner, i: number): Candidate | undefined {
  return relativeUnit(s, i) ?? deictic(s, i) ?? quarter(s, i) ?? season(s, i) ?? named(s, i) ?? reference(s, i);
}

// Units that a relative word can pick out as a calendar period containing the anchor.
const PERIOD_UNITS = new Set(['year', 'half', 'quarter', 'month', 'week', 'weekend', 'day', 'decade', 'century']);

function relativeUnit(s: TimeScanner, i: number): Candidate | undefined {
  const det = s.find(i, 'det');
  const j = det ? det.end : i;
  // rel + unit: "last week", "в прошлом году", "هذا العام"
  const rel = s.find(j, 'rel');
  if (rel) {
    const unit = s.find(rel.end, 'unit', (e) => PERIOD_UNITS.has(e.unit) && e.count === undefined);
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
  const rel = s.find(i, 'rel', (e) => e.offset === 0);
  if (rel) {
    const p = s.find(rel.end, 'part');
    if (p) return { first: i, end: p.end, start: rel.start, spec: { kind: 'deictic', days: 0, part: p.entry.part } };
  }
  const d = s.find(i, 'deictic');
  if (!d) return undefined;
  const after = s.find(d.end, 'part');
  if (after) return { first: i, end: after.end, start: d.start, spec: { kind: 'deictic', days: d.entry.days, part: after.entry.part } };
  return { first: i, end: d.end, start: d.start, spec: { kind: 'deictic', days: d.entry.days } };
}

function quarter(s: TimeScanner, i: number): Candidate | undefined {
  // "the third quarter", "third-quarter", "the fourth quarter of 1989", "trimestrul al treilea" is not covered.
  const det = s.find(i, 'det');
  let j = det ? det.end : i;
  let ord = s.number(j);
  let q;
  if (ord?.ordinal) {
    j = ord.end;
    if (s.isPunct(j, '-')) j++;
    q = s.find(j, 'unit', (e) => e.unit === 'quarter');
    if (!q) return undefined;
    j = q.end;
  } else {
    // Noun first: "الربع الثاني", "trimestrul al doilea" is not covered.
    q = s.find(j, 'unit', (e) => e.unit === 'quarter');
    ord = q && s.number(q.end);
    if (!q || !ord?.ordinal) return undefined;
    j = ord.end;
  }
  if (ord.value < 1 || ord.value > 4) return undefined;
  let year: number | undefined;
  const conn = s.find(j, 'connector');
  let k = conn ? conn.end : j;
  // "الربع الثاني من عام 2005": the year may come with its own year word.
  k = (s.find(k, 'yearPrefix') ?? s.find(k, 'unit', (e) => e.unit === 'year' && e.count === undefined))?.end ?? k;
  const y = readYear(s, k);
  if (y && y.year >= 1000) {
    year = y.year;
    j = y.end;
  }
  return { first: i, end: j, start: (det ?? (q.start < ord.start ? q : ord)).start, spec: { kind: 'quarter', quarter: ord.value, ...(year ? { year } : {}) } };
}

function season(s: TimeScanner, i: number): Candidate | undefined {
  const rel = s.find(i, 'rel');
  const j = rel ? rel.end : i;
  const se = s.find(j, 'season');
  if (!se) return undefined;
  if (rel) return { first: i, end: se.end, start: rel.start, spec: { kind: 'season', season: se.entry.season, offset: rel.entry.offset } };
  const after = s.find(se.end, 'rel');
  if (after) return { first: i, end: after.end, start: se.start, spec: { kind: 'season', season: se.entry.season, offset: after.entry.offset } };
  const y = readYear(s, se.end);
  if (y && y.year >= 1000) return { first: i, end: y.end, start: se.start, spec: { kind: 'season', season: se.entry.season, offset: 0, year: y.year } };
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
