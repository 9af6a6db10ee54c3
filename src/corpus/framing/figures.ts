import type { ArticleRecord } from '../../output/record.js';
import { evidenceOf } from '../dossiers/names.js';
import type { FoundFact } from './facts.js';

// Digits of every script the packs use (Arabic-Indic, Persian, ASCII) read as one number.
const NUMBER = /[\p{Nd}]+(?:[.,][\p{Nd}]+)?/gu;
const UNIT: Record<string, string> = { Y: 'years', M: 'months', W: 'weeks', D: 'days', H: 'hours' };

/** A number written in any script, as ASCII digits ("۱۲" → "12"). */
export function readNumber(written: string): string {
  // ASCII (U+0030), Arabic-Indic (U+0660) and Persian (U+06F0) digits start at a code point divisible
  // by 16, so a digit's value is its code point modulo 16.
  return [...written].map((ch) => (/\p{Nd}/u.test(ch) ? String(ch.codePointAt(0)! % 16) : ch === ',' ? '.' : ch)).join('');
}

/**
 * The figures an article reports: durations ("more than 40 years" → 40 years, "۱۲ روزه" → 12 days)
 * from its timexes, and other numbers inside its events' and quotes' evidence ("8 documents",
 * "100 million dollars"). Years and day numbers of dates are not figures.
 */
export function findFigures(r: ArticleRecord): FoundFact[] {
  const out: FoundFact[] = [];
  const seen = new Set<string>();
  for (const t of r.timexes) {
    const m = /^P(\d+)([YMWDH])$/u.exec(t.value);
    if (t.type !== 'DURATION' || !m) continue;
    const key = `${m[1]} ${UNIT[m[2]!]}`;
    seen.add(m[1]!);
    out.push({ kind: 'figure', key, label: key, attribution: null, cue: null, evidence: evidenceOf(r, t) });
  }
  const dates = r.timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME');
  const spans = [...r.events.map((e) => e.evidence), ...r.quotes];
  for (const s of spans) {
    for (const m of s.text.matchAll(NUMBER)) {
      const start = s.start + m.index!;
      if (dates.some((d) => d.start <= start && start < d.end)) continue;
      const value = readNumber(m[0]);
      if (seen.has(value)) continue;
      seen.add(value);
      out.push({ kind: 'figure', key: value, label: value, attribution: null, cue: null, evidence: evidenceOf(r, { start, end: start + m[0].length, text: m[0] }) });
    }
  }
  return out;
}
