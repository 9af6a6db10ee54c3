import type { LabelSpan } from '../labels.js';

/**
 * Narrowing mention spans to names, for corpora that label every reference to a person or place
 * (RONEC v2 marks "jucători", "ea", "președintele" and "străzii Industriei" as PERSON/LOC):
 * crosswire's taggers find *names*, and the issue measures name mentions only.
 *
 * A token is name-like when it starts with a capital letter. A span is trimmed to run from its
 * first to its last name-like token, and a leading capitalised title ("Președintele Klaus
 * Iohannis" at a sentence start, "Prof. David Graham") is trimmed when the same word led spans in
 * lower case at least twice elsewhere in the corpus ("președintele George W. Bush"). Spans with
 * no name-like token go. Run it on run-time tokens (after retokenize), so quotes are tokens.
 */

const NAME_LIKE = /^\p{Lu}/u;
const WORD = /^\p{L}+$/u;
// A word must lead spans in lower case this often to count as a title (one-offs such as "de" in
// "de-al XII-lea Congres" are not titles).
const MIN_LEADING = 2;

/** Lower-cased words that lead a span without being part of the name (titles, descriptors). */
export type LeadingWords = ReadonlySet<string>;

/**
 * Collects the lower-case words that precede the first name-like token of spans, over a corpus.
 * @example collectLeadingWords([{ tokens: ['regizorul', 'Chris', 'Simion'], spans: [{ start: 0, end: 3, type: 'PER' }] }]) // {'regizorul'}
 */
export function collectLeadingWords(sentences: readonly { tokens: readonly string[]; spans: readonly LabelSpan[] }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { tokens, spans } of sentences) {
    for (const s of spans) {
      for (let i = s.start; i < s.end && !NAME_LIKE.test(tokens[i]!); i++) {
        const word = tokens[i]!.toLowerCase();
        if (WORD.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_LEADING).map(([w]) => w));
}

/**
 * The name part of a span, or null when it holds no name.
 * @example toNameSpan(['Președintele', 'Klaus', 'Iohannis'], { start: 0, end: 3, type: 'PER' }, new Set(['președintele'])) // {start:1,end:3,type:'PER'}
 */
export function toNameSpan(tokens: readonly string[], span: LabelSpan, leading: LeadingWords): LabelSpan | null {
  let start = span.start;
  let end = span.end;
  for (;;) {
    while (start < end && !NAME_LIKE.test(tokens[start]!)) start++;
    if (start < end && leading.has(tokens[start]!.toLowerCase())) start++;
    else break;
  }
  while (end > start && !NAME_LIKE.test(tokens[end - 1]!)) end--;
  return start < end ? { start, end, type: span.type } : null;
}
