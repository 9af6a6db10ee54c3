import type { Mention, Token } from '../../model/analysis.js';
import { overlaps, type Span } from '../../model/span.js';
import { normalizeForMatch } from '../normalize/fold.js';
import type { EventLexicon, Phrase } from './lexicon.js';
import { firstMatchAt } from './match.js';

/**
 * Generic actors: the common nouns PLOVER and CAMEO code as agents ("police", "rebels", "the
 * government", "الشرطة"), each with its CAMEO agent code and, when the text joins one to it, a
 * country ("Israeli police", "Iraq's government", "الشرطة الإسرائيلية", "rebels in Macedonia").
 * In events an agent appears as the id `agent:<CODE>`, followed by its country's id.
 */

/** An agent phrase found in a sentence. */
export interface AgentHit {
  readonly type: string;
  readonly span: Span;
}

/** An agent read as a participant: its ids, country, the span it covers and the mention it absorbed. */
export interface AgentActor {
  readonly ids: readonly string[];
  readonly country: string | null;
  readonly span: Span;
  /** The country mention joined to the agent ("Israeli" in "Israeli police"): no participant of its own. */
  readonly absorbed: Mention | null;
}

const AGENT_PREFIX = 'agent:';

/** The output id of an agent of CAMEO code `type`. */
export const agentId = (type: string): string => `${AGENT_PREFIX}${type}`;

/** True for a generic agent's id ("agent:COP"). */
export const isAgentId = (id: string): boolean => id.startsWith(AGENT_PREFIX);

/** One participant: the same entity, or agents of one code and one country ("Serb forces" twice, not "Serb" and "Albanian forces"). */
export const sameParticipant = (a: { ids: readonly string[]; country: string | null }, b: { ids: readonly string[]; country: string | null }): boolean =>
  a.ids[0] === b.ids[0] && (!isAgentId(a.ids[0]!) || a.country === b.country);

/** True for a participant that is a generic agent with no country ("police", "its troops"). */
export const isBareAgent = (ids: readonly string[]): boolean => ids.length === 1 && isAgentId(ids[0]!);

// Mentions that can give an agent its country: countries, their adjectives, regions.
const COUNTRY_LIKE = new Set(['GPE', 'NORP', 'LOC']);

/** Agent phrases of a sentence, longest first at each word; words inside a named mention are no agent. */
export function findAgents(words: readonly Token[], lexicon: EventLexicon, mentions: readonly Mention[]): AgentHit[] {
  const hits: AgentHit[] = [];
  for (let i = 0; i < words.length; i++) {
    if (mentions.some((m) => overlaps(m.span, words[i]!.span))) continue;
    const found = firstMatchAt(words, i, lexicon.agents, (agent) => agent.phrase, lexicon.prefixes);
    if (!found) continue;
    const n = found.length;
    hits.push({ type: found.item.type, span: { start: words[i]!.span.start, end: words[i + n - 1]!.span.end } });
    i += n - 1;
  }
  return hits;
}

/**
 * Reads each agent's country: a country or its adjective right before it where the pack allows
 * ("Syrian rebels"), one joined by a link word ("Iraq's government", "the government of Iraq"), its
 * adjective right after it ("الشرطة الإسرائيلية", "poliția israeliană"; a name too where the pack
 * allows: "پلیس اسرائیل"), else the country of a place named right after it ("rebels in Macedonia").
 */
export function readAgents(
  hits: readonly AgentHit[],
  mentions: readonly Mention[],
  words: readonly Token[],
  text: string,
  lexicon: EventLexicon,
  countryOf: (id: string) => string | null,
): AgentActor[] {
  const countries = mentions.filter((m) => COUNTRY_LIKE.has(m.type) && countryOf(m.entityId) !== null);
  // Gaps are measured between whole words: an article glued to a name ("ال" + "إسرائيلية") is no gap.
  const wordStart = (at: number): number => words.find((w) => w.span.start <= at && at < w.span.end)?.span.start ?? at;
  return hits.map((hit) => {
    const before = countries.filter((m) => m.span.end <= hit.span.start).at(-1);
    const after = countries.find((m) => m.span.start >= hit.span.end);
    const joinedBefore = before && joins(text.slice(before.span.end, hit.span.start), lexicon.agentLinks, lexicon.agentCountryBefore);
    const gapAfter = after ? text.slice(hit.span.end, Math.max(hit.span.end, wordStart(after.span.start))) : '';
    const joinedAfter =
      after &&
      (joins(gapAfter, lexicon.agentLinks, false) || (isBlank(gapAfter) && (after.form === 'demonym' || lexicon.agentCountryNameAfter)));
    const absorbed = joinedBefore ? before : joinedAfter ? after : null;
    if (absorbed) {
      const country = countryOf(absorbed.entityId)!;
      const span = { start: Math.min(hit.span.start, absorbed.span.start), end: Math.max(hit.span.end, absorbed.span.end) };
      return { ids: [agentId(hit.type), country], country, span, absorbed };
    }
    const placed = after && joins(gapAfter, lexicon.locationPrepositions, false) ? countryOf(after.entityId) : null;
    return { ids: placed ? [agentId(hit.type), placed] : [agentId(hit.type)], country: placed, span: hit.span, absorbed: null };
  });
}

const isBlank = (gap: string): boolean => /^[\s-]*$/u.test(gap);

// The gap between a country and an agent is blank ("Syrian rebels") or exactly one link word ("'s", "of").
function joins(gap: string, links: readonly Phrase[], blankJoins: boolean): boolean {
  if (isBlank(gap)) return blankJoins;
  const tokens = normalizeForMatch(gap).split(/\s+/u).filter((t) => t.length > 0);
  return links.some((l) => l.length === tokens.length && l.every((t, k) => (t.stem ? tokens[k]!.startsWith(t.text) : tokens[k] === t.text)));
}
