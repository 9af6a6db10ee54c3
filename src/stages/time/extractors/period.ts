import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';
import { hasFutureCue, readRelativeYear, readYear } from './parts.js';

/**
 * Readers for named periods: quarters with their year ("this year's third quarter", "الربع الثاني من
 * هذا العام"), reporting periods compared across years ("the year-earlier quarter", "the 1988 period"),
 * "the year", "the weekend" and ordinal centuries. `extractRelative` tries them with the other readers.
 */

/**
 * "the year" / "the fiscal year" (the anchor's), "the year ended Sept. 30" (a year-long stretch: P1Y),
 * "the weekend" (the last one, or the next after a future cue).
 */
export function definitePeriod(s: TimeScanner, i: number): Candidate | undefined {
  const det = s.find(i, 'det');
  if (!det) return undefined;
  const adjective = s.find(det.end, 'periodAdjective');
  const unit = s.find(adjective?.end ?? det.end, 'unit', (e) => (e.unit === 'year' || e.unit === 'weekend') && e.count === undefined);
  if (!unit) return undefined;
  const end = unit.end;
  const base = { first: i, end, start: det.start };
  if (unit.entry.unit === 'weekend') return { ...base, spec: { kind: 'weekend', future: hasFutureCue(s, i) } };
  if (s.has(end, 'periodEnding')) return { ...base, spec: { kind: 'duration', unit: 'year', amount: 1 } };
  // "the year before", "the year 2000", "the year's": not the anchor's year.
  for (const kind of ['ago', 'later', 'rel', 'possessive', 'connector', 'comparative'] as const) if (s.has(end, kind)) return undefined;
  if (s.number(end) || s.isPunct(end, '-')) return undefined;
  return { ...base, spec: { kind: 'relative', unit: 'year', offset: 0 } };
}

/** A year that qualifies a period before its noun: "this year's", "the 1988", "the year-earlier". */
type YearQualifier = { end: number; year?: number; yearOffset?: number; comparative?: boolean };

function yearQualifier(s: TimeScanner, j: number): YearQualifier | undefined {
  const cmp = s.find(j, 'comparative');
  if (cmp) return { end: cmp.end, yearOffset: -1, comparative: true };
  const rel = s.find(j, 'rel');
  const unit = rel && s.find(rel.end, 'unit', (e) => e.unit === 'year' && e.count === undefined);
  const poss = unit && s.find(unit.end, 'possessive');
  if (rel && poss) return { end: poss.end, yearOffset: rel.entry.offset };
  const y = s.tokens[j]?.kind === 'number' ? readYear(s, j) : undefined;
  if (y && y.year >= 1000 && y.end === j + 1) return { end: y.end, year: y.year };
  return undefined;
}

/**
 * Quarters: "the third quarter", "third-quarter", "the fourth quarter of 1989", "this year's third quarter",
 * "the 1988 second quarter", "the year-earlier third quarter", "الربع الثاني من هذا العام".
 */
export function quarter(s: TimeScanner, i: number): Candidate | undefined {
  const det = s.find(i, 'det');
  let j = det ? det.end : i;
  const qualifier = yearQualifier(s, j);
  if (qualifier) j = qualifier.end;
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
  const start = (det ?? (qualifier ? s.matchesAt(i)[0] ?? s.tokens[i]! : q.start < ord.start ? q : ord)).start;
  if (qualifier?.comparative) {
    return { first: i, end: j, start, spec: { kind: 'comparable', yearOffset: -1, quarter: ord.value } };
  }
  let year = qualifier?.year;
  let yearOffset = qualifier?.yearOffset;
  if (year === undefined && qualifier === undefined) {
    const conn = s.find(j, 'connector');
    let k = conn ? conn.end : j;
    // "الربع الثاني من هذا العام", "the first quarter of next year"
    const relYear = readRelativeYear(s, k);
    if (relYear) {
      yearOffset = relYear.offset;
      j = relYear.end;
    }
    // "الربع الثاني من عام 2005": the year may come with its own year word.
    k = (s.find(k, 'yearPrefix') ?? s.find(k, 'unit', (e) => e.unit === 'year' && e.count === undefined))?.end ?? k;
    const y = relYear ? undefined : readYear(s, k);
    if (y && y.year >= 1000) {
      year = y.year;
      j = y.end;
    }
  }
  return {
    first: i,
    end: j,
    start,
    spec: { kind: 'quarter', quarter: ord.value, ...(year ? { year } : {}), ...(yearOffset !== undefined ? { yearOffset } : {}) },
  };
}

/**
 * A reporting period by its year: "the year-earlier quarter", "the year-ago period", "the 1988 period",
 * "year-earlier" on its own ("up from the year-earlier $4.5 million").
 */
export function comparable(s: TimeScanner, i: number): Candidate | undefined {
  const det = s.find(i, 'det');
  const j = det ? det.end : i;
  const qualifier = yearQualifier(s, j);
  if (!qualifier || (qualifier.yearOffset !== undefined && !qualifier.comparative)) return undefined;
  const noun = s.find(qualifier.end, 'periodWord') ?? s.find(qualifier.end, 'unit', (e) => e.unit === 'quarter' && e.count === undefined);
  if (!noun && !qualifier.comparative) return undefined;
  const end = noun ? noun.end : qualifier.end;
  const first = noun ? i : j;
  const start = (noun && det ? det : (s.matchesAt(j)[0] ?? s.tokens[j]!)).start;
  return { first, end, start, spec: { kind: 'comparable', yearOffset: qualifier.yearOffset ?? 0, ...(qualifier.year ? { year: qualifier.year } : {}) } };
}

/** "the 20th century" → 19 (TimeML writes a century as its first two digits). */
export function century(s: TimeScanner, i: number): Candidate | undefined {
  const det = s.find(i, 'det');
  const n = s.number(det ? det.end : i);
  if (!n?.ordinal || n.value < 1 || n.value > 21) return undefined;
  const unit = s.find(n.end, 'unit', (e) => e.unit === 'century' && e.count === undefined);
  if (!unit) return undefined;
  return { first: i, end: unit.end, start: (det ?? n).start, spec: { kind: 'century', century: n.value - 1 } };
}
