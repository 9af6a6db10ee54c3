import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';

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
  } else {
    const n = s.number(j);
    if (!n || n.ordinal || n.value <= 0 || n.value >= 1000) return undefined;
    let k = s.skip(n.end, 'connector');
    if (s.isPunct(k, '-') && s.glued(k)) k++;
    const u = s.find(k, 'unit', (e) => COUNT_UNITS.has(e.unit) && e.count === undefined);
    if (!u) return undefined;
    amount = n.value;
    unit = u.entry.unit;
    unitEnd = u.end;
  }
  if (!COUNT_UNITS.has(unit)) return undefined;
  // "6-year-old", "two-day-long": a compound adjective (an age), not a stretch of time.
  if (s.isPunct(unitEnd, '-') && s.glued(unitEnd) && s.glued(unitEnd + 1) && s.tokens[unitEnd + 1]?.kind === 'word') return undefined;
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
  return { first: i, end, start, spec: { kind: 'duration', unit, amount } };
}
