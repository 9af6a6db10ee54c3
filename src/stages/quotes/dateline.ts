import type { Mention } from '../../model/analysis.js';

/**
 * The wire credit of a dateline: "WASHINGTON (AP) —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —",
 * "طهران- سانا", "طهران / 6 تشرين الاول /اكتوبر/ارنا-". An outlet credited there relays every
 * statement of the article that names no other relay.
 */

// A dateline sits at the top: title and first paragraph (characters).
const DATELINE_REACH = 400;
// A dateline line is short ("طهران- سانا" is 2 words; with a date about 8).
const MAX_DATELINE_WORDS = 10;

/**
 * Finds the ORG mention credited by the article's dateline, if any.
 * @example findDatelineCredit('WASHINGTON (AP) — …', mentions)?.text // 'AP'
 */
export function findDatelineCredit(text: string, mentions: readonly Mention[]): Mention | null {
  for (const m of mentions) {
    if (m.span.start > DATELINE_REACH) break;
    if (m.type !== 'ORG') continue;
    const before = text.slice(Math.max(0, m.span.start - 2), m.span.start).trimEnd();
    const after = text.slice(m.span.end, m.span.end + 2).trimStart();
    if (before.endsWith('(') && after.startsWith(')')) return m;
    const lineStart = text.lastIndexOf('\n', m.span.start) + 1;
    const lineEnd = text.indexOf('\n', m.span.end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
    if (words <= MAX_DATELINE_WORDS && (/[-—–/]\s*$/u.test(before) || /^[-—–/]/u.test(after))) return m;
  }
  return null;
}
