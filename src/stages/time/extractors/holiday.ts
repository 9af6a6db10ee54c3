import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';
import { hasFutureCue, readYear } from './parts.js';

/** Named holidays from the pack: "Thanksgiving", "last Christmas", "Christmas 2025", "نوروز", "عيد الفطر". */
export function extractHoliday(s: TimeScanner, i: number): Candidate | undefined {
  const rel = s.find(i, 'rel');
  const j = rel ? rel.end : i;
  const h = s.find(j, 'holiday');
  if (!h) return undefined;
  const y = rel ? undefined : readYear(s, h.end);
  const year = y && y.year >= 1000 ? y.year : undefined;
  return {
    first: i,
    end: year !== undefined ? y!.end : h.end,
    start: (rel ?? h).start,
    spec: {
      kind: 'holiday',
      rule: h.entry.rule,
      ...(year !== undefined ? { year } : {}),
      ...(rel ? { offset: rel.entry.offset } : {}),
      future: !rel && year === undefined && hasFutureCue(s, i),
    },
  };
}
