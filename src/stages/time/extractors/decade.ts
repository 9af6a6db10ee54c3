import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';

// Two-digit decades ("the '80s") are read in the 20th century, where news most often means them.
const TWO_DIGIT_CENTURY = 1900;

/**
 * Decades: "the 1990s" → 199, "1980s", "the '80s" (TimeML writes a decade as its first three digits).
 * "early/mid/late" before it is taken into the span by the modifier refiner.
 */
export function extractDecade(s: TimeScanner, i: number): Candidate | undefined {
  const det = s.find(i, 'det');
  let j = det ? det.end : i;
  const apostrophe = s.isPunct(j, "'’");
  if (apostrophe) j++;
  const t = s.tokens[j];
  if (t?.kind !== 'number' || (apostrophe && !s.glued(j))) return undefined;
  const digits = t.text.length;
  if (!(digits === 4 && !apostrophe) && !(digits === 2 && apostrophe)) return undefined;
  const n = Number.parseInt(t.text, 10);
  if (n % 10 !== 0) return undefined;
  const suffix = s.glued(j + 1) ? s.find(j + 1, 'decadeSuffix') : undefined;
  if (!suffix) return undefined;
  const year = digits === 2 ? TWO_DIGIT_CENTURY + n : n;
  if (year < 1000 || year > 2100) return undefined;
  const start = det ? det.start : apostrophe ? s.tokens[i]!.start : t.start;
  return { first: i, end: suffix.end, start, spec: { kind: 'decade', decade: Math.floor(year / 10) } };
}
