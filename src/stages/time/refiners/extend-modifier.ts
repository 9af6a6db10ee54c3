import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';

// How many tokens back a modifier phrase may start ("the beginning of" is three).
const LOOK_BACK = 5;

/**
 * Refiner: takes "early/late/mid" words into the span of the period they qualify — "late November",
 * "early next year", "أواخر أكتوبر", "в начале августа", "la sfârșitul lunii august", "اوایل مهر".
 * The value stays the period's (TIMEX3 puts the modifier in a `mod` attribute, not in the value).
 */
export function extendModifier(candidates: Candidate[], s: TimeScanner): Candidate[] {
  return candidates.map((c) => {
    if (!isPeriod(c)) return c;
    for (let k = Math.max(0, c.first - LOOK_BACK); k < c.first; k++) {
      const mod = s.find(k, 'mod');
      if (!mod) continue;
      // Between the modifier and the period: nothing, or a connector / article / the unit's own word.
      let j = mod.end;
      for (const kind of ['connector', 'det', 'unit'] as const) {
        const m = s.find(j, kind);
        if (m && m.end <= c.first) j = m.end;
      }
      if (j === c.first) return { ...c, first: k, start: mod.start };
    }
    return c;
  });
}

function isPeriod(c: Candidate): boolean {
  const spec = c.spec;
  if (spec.kind === 'date') return spec.day === undefined;
  return spec.kind === 'relative' || spec.kind === 'season' || spec.kind === 'quarter' || spec.kind === 'decade' || spec.kind === 'century';
}
