import type { PairScore } from './decision.js';
import type { StoryFeatures } from './features.js';

/**
 * Participants as evidence for "same event": the protagonists of two reports of one event are the
 * same people, while a similar event between the same countries has other protagonists.
 */

/** People mentioned at least this share as often as the most mentioned one are protagonists too. */
export const PROTAGONIST_SHARE = 0.75;

/**
 * Whether the two articles' protagonists agree: each article's most mentioned people must all be
 * named by the other. Reports of one event name its main actors; a similar event between the same
 * countries has other protagonists (Raisi in Tehran, Bagheri in Minsk) beside shared people.
 */
export function relateParticipants(a: StoryFeatures, b: StoryFeatures): PairScore['participants'] {
  const pa = protagonists(a);
  const pb = protagonists(b);
  if (pa.length === 0 || pb.length === 0) return 'unknown';
  return pa.every((k) => k in b.counts) && pb.every((k) => k in a.counts) ? 'shared' : 'differ';
}

/** The most mentioned people of an article (ties, as in a joint press conference, give several). */
export function protagonists(f: StoryFeatures): string[] {
  const top = Math.max(0, ...Object.values(f.people));
  if (top === 0) return [];
  return Object.keys(f.people).filter((k) => f.people[k]! >= top * PROTAGONIST_SHARE).sort();
}
