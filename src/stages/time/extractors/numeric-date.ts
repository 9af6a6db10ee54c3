import type { Candidate } from '../spec.js';
import type { TimeScanner } from '../scanner.js';
import { calendarForYear } from './parts.js';

/**
 * All-numeric dates and clock times: ISO "2025-08-20", "20/08/2025", "20.08.2025", "1404/05/29"
 * (Solar Hijri in a Persian text), US "08/20/2025" when the pack says month first; "10:30", "10 a.m.".
 */
export function extractNumericDate(s: TimeScanner, i: number): Candidate | undefined {
  const t = s.tokens;
  const a = t[i];
  if (a?.kind === 'word') return clockWord(s, i);
  if (a?.kind !== 'number') return undefined;
  // Not the middle of a longer number chain (versions, IP addresses, phone numbers).
  if (s.glued(i) && s.isPunct(i - 1, '/.-:') && t[i - 2]?.kind === 'number' && s.glued(i - 1)) return undefined;
  const sep = t[i + 1]?.text;
  if (sep === ':') return clockTime(s, i);
  if (!sep || !'/.-'.includes(sep) || !s.glued(i + 1) || t[i + 1]!.kind !== 'punct') return meridiemTime(s, i);
  const b = t[i + 2];
  const sep2 = t[i + 3];
  const c = t[i + 4];
  if (b?.kind !== 'number' || !s.glued(i + 2) || sep2?.text !== sep || !s.glued(i + 3) || c?.kind !== 'number' || !s.glued(i + 4)) {
    return undefined;
  }
  if (s.isPunct(i + 5, '/.-') && s.glued(i + 5) && t[i + 6]?.kind === 'number' && s.glued(i + 6)) return undefined;
  const [x, y, z] = [a, b, c].map((n) => Number.parseInt(n.text, 10)) as [number, number, number];
  let year: number;
  let month: number;
  let day: number;
  if (a.text.length === 4) [year, month, day] = [x, y, z];
  else if (c.text.length === 4) {
    const monthFirst = s.lexicon.numericOrder === 'MDY' && x <= 12;
    [year, month, day] = monthFirst ? [z, x, y] : [z, y, x];
  } else return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const calendar = calendarForYear(year, s.lexicon);
  if (!calendar) return undefined;
  return { first: i, end: i + 5, start: a.start, spec: { kind: 'date', calendar, year, month, day } };
}

// "noon", "midnight": a clock time in one word.
function clockWord(s: TimeScanner, i: number): Candidate | undefined {
  const w = s.find(i, 'clockWord');
  if (!w) return undefined;
  return { first: i, end: withZone(s, w.end), start: w.start, spec: { kind: 'clock', hour: w.entry.hour, minute: w.entry.minute } };
}

// A time zone after a clock time belongs to it ("5 p.m. EST").
function withZone(s: TimeScanner, end: number): number {
  return s.find(end, 'timeZone')?.end ?? end;
}

function clockTime(s: TimeScanner, i: number): Candidate | undefined {
  const t = s.tokens;
  const m = t[i + 2];
  if (m?.kind !== 'number' || m.text.length !== 2 || !s.glued(i + 1) || !s.glued(i + 2)) return undefined;
  if (t[i]!.text.length > 2) return undefined;
  let hour = Number.parseInt(t[i]!.text, 10);
  const minute = Number.parseInt(m.text, 10);
  if (hour > 23 || minute > 59) return undefined;
  let end = i + 3;
  // Seconds: "10:30:15".
  if (s.isPunct(end, ':') && t[end + 1]?.kind === 'number' && s.glued(end + 1)) end += 2;
  const mer = s.find(end, 'meridiem');
  if (mer && hour <= 12) {
    hour = (hour % 12) + (mer.entry.pm ? 12 : 0);
    end = mer.end;
  }
  return { first: i, end: withZone(s, end), start: t[i]!.start, spec: { kind: 'clock', hour, minute } };
}

function meridiemTime(s: TimeScanner, i: number): Candidate | undefined {
  const t = s.tokens[i]!;
  if (t.text.length > 2) return undefined;
  const hour = Number.parseInt(t.text, 10);
  const mer = s.find(i + 1, 'meridiem');
  if (!mer || hour < 1 || hour > 12) return undefined;
  return { first: i, end: withZone(s, mer.end), start: t.start, spec: { kind: 'clock', hour: (hour % 12) + (mer.entry.pm ? 12 : 0), minute: 0 } };
}
