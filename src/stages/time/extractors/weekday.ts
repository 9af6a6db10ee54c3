import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';
import { hasCueBefore, hasFutureCue } from './parts.js';

/**
 * Weekdays: "الأربعاء", "miercuri", "в прошлую среду", "last Friday", "الأربعاء الماضي",
 * "Friday morning". A bare weekday in a report is the most recent one (resolved later), unless a
 * future cue ("will", "سوف", "va") comes before it in the sentence.
 */
export function extractWeekday(s: TimeScanner, i: number): Candidate | undefined {
  let j = i;
  let offset: -1 | 0 | 1 | null = null;
  const relBefore = s.find(i, 'rel');
  if (relBefore && s.has(relBefore.end, 'weekday')) {
    offset = relBefore.entry.offset;
    j = relBefore.end;
  }
  const wd = s.find(j, 'weekday');
  if (!wd) return undefined;
  const start = j > i ? relBefore!.start : wd.start;
  const weekdayIndex = j;
  j = wd.end;
  if (offset === null) {
    const relAfter = s.find(j, 'rel');
    if (relAfter) {
      offset = relAfter.entry.offset;
      j = relAfter.end;
    }
  }
  const part = s.find(j, 'part');
  if (part) j = part.end;
  if (wd.entry.ambiguous && offset === null && !part && !hasCueBefore(s, weekdayIndex)) return undefined;
  if (s.lexicon.hasCase && wd.entry.ambiguous && offset === null && !s.isCapitalized(weekdayIndex) && !hasCueBefore(s, weekdayIndex)) {
    return undefined;
  }
  return {
    first: i,
    end: j,
    start,
    spec: {
      kind: 'weekday',
      weekday: wd.entry.weekday,
      offset,
      future: offset === null && hasFutureCue(s, i),
      ...(part ? { part: part.entry.part } : {}),
    },
  };
}
