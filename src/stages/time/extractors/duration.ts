import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';
import { readYear } from './parts.js';

// Durations count in these units; a weekend or a half is a period, not a count.
const COUNT_UNITS = new Set(['century', 'decade', 'year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']);

/**
 * Durations and shifts from the anchor: "de peste 40 de ani" → P40Y, "ثلاثة أيام" → P3D, "عامين" → P2Y,
 * "two-year", "the past two months"; with "ago"/"قبل"/"назад"/"în urmă"/"через" they become dates:
 * "two years ago", "منذ عامين", "40 سال پیش", "через 3 дня".
 */
export function extractDuration(s: TimeScanner, i: number): Candidate | undefined {
  let j = i;
  const det = s.find(j, 'det');
  if (det) j = det.end;
  const approx = s.find(j, 'approx');
  if (approx) j = approx.end;
  let sign = 0;
  const before = s.matchesAt(j).find((m) => m.entry.kind === 'agoBefore' || m.entry.kind === 'laterBefore');
  if (before) {
    sign = before.entry.kind === 'agoBefore' ? -1 : 1;
    j = before.end;
  }
  const rel = s.find(j, 'rel', (e) => e.offset !== 0);
  if (rel && !before) j = rel.end;
  let amount: number;
  let unitEnd: number;
  let unit;
  const dual = s.find(j, 'unit', (e) => e.count !== undefined);
  if (dual) {
    amount = dual.entry.count!;
    unit = dual.entry.unit;
    unitEnd = dual.end;
  } else if (s.has(j, 'vague')) {
    // "several years", "a few days", "recent weeks": a count the text leaves open (PXY, PXD, PXW).
    const v = s.find(j, 'vague')!;
    const u = s.find(s.skip(v.end, 'connector'), 'unit', (e) => COUNT_UNITS.has(e.unit) && e.count === undefined);
    if (!u) return undefined;
    // A whole phrase the pack lists as a vague reference ("recent years" = PAST_REF) is read as that.
    if (s.find(j, 'ref', () => true)?.end === u.end) return undefined;
    const start = (det ?? approx ?? before ?? rel ?? v).start;
    // "several years ago", "منذ عدة سنوات", "چند سال پیش": an unknown point in the past (or future).
    const after = before ? undefined : s.matchesAt(u.end).find((m) => m.entry.kind === 'ago' || m.entry.kind === 'later');
    if (before || after) {
      const past = (before ?? after)!.entry.kind === 'ago' || (before ?? after)!.entry.kind === 'agoBefore';
      return { first: i, end: after ? after.end : u.end, start, spec: { kind: 'ref', value: past ? 'PAST_REF' : 'FUTURE_REF' } };
    }
    return { first: i, end: u.end, start, spec: { kind: 'duration', unit: u.entry.unit, amount: null } };
  } else if (j === i && s.has(i, 'unit') && i > 0 && s.matchesAt(i - 1).some((m) => m.entry.kind === 'vagueCue' && m.end === i)) {
    // "for years", "within weeks": a bare unit after a duration cue.
    const u = s.find(i, 'unit', (e) => COUNT_UNITS.has(e.unit) && e.count === undefined);
    if (!u || s.isPunct(u.end, '-')) return undefined;
    return { first: i, end: u.end, start: u.start, spec: { kind: 'duration', unit: u.entry.unit, amount: null } };
  } else {
    const n = s.number(j);
    if (!n || n.ordinal || n.value <= 0 || n.value >= 1000) return undefined;
    let k = s.skip(n.end, 'connector');
    if (s.isPunct(k, '-') && s.glued(k)) k++;
    const u = s.find(k, 'unit', (e) => COUNT_UNITS.has(e.unit) && e.count === undefined);
    if (!u) return undefined;
    // "$1.76 a year", "24 hours a day": a rate after an amount, not a stretch of time.
    if (n.digits === 0 && n.value === 1 && j === i && isAmountBefore(s, i)) return undefined;
    amount = n.value;
    unit = u.entry.unit;
    unitEnd = u.end;
  }
  if (!COUNT_UNITS.has(unit)) return undefined;
  // "6-year-old", "two-day-long": a compound adjective (an age), not a stretch of time.
  if (s.isPunct(unitEnd, '-') && s.glued(unitEnd) && s.glued(unitEnd + 1) && s.tokens[unitEnd + 1]?.kind === 'word') return undefined;
  // "52 years old": an age.
  if (s.has(unitEnd, 'ageWord')) return undefined;
  // "three-quarters of its food", "more than a quarter of the market": a fraction, not a period.
  if (unit === 'quarter' && s.has(unitEnd, 'connector') && !readYear(s, s.skip(unitEnd, 'connector'))) return undefined;
  let end = unitEnd;
  if (!before) {
    const after = s.matchesAt(end).find((m) => m.entry.kind === 'ago' || m.entry.kind === 'later');
    if (after) {
      sign = after.entry.kind === 'ago' ? -1 : 1;
      end = after.end;
    }
  }
  const start = (det ?? approx ?? before ?? rel ?? s.matchesAt(j)[0] ?? { start: s.tokens[j]!.start }).start;
  if (sign !== 0) return { first: i, end, start, spec: { kind: 'shift', unit, amount: sign * amount } };
  // "سه سال گذشته", "the two years past": a "last/past" word after the count belongs to the stretch.
  // Not when the word starts an expression of its own ("two days last week").
  const pastAfter = !rel ? s.find(end, 'rel', (e) => e.offset === -1) : undefined;
  if (pastAfter && !['unit', 'weekday', 'month', 'season'].some((k) => s.has(pastAfter.end, k as 'unit'))) end = pastAfter.end;
  return { first: i, end, start, spec: { kind: 'duration', unit, amount } };
}

function isAmountBefore(s: TimeScanner, i: number): boolean {
  const prev = s.tokens[i - 1];
  return prev !== undefined && (prev.kind === 'number' || s.isPunct(i - 1, '%٪') || s.has(i - 1, 'unit'));
}
