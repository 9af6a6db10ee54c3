import type { Token } from '../../model/analysis.js';
import { overlaps, type Span } from '../../model/span.js';
import type { EventLexicon } from './lexicon.js';
import { firstMatchAt, matchAnyAt } from './match.js';

/** A cue found in a sentence: words `[from, to)` of the sentence's word list. */
export interface CueHit {
  readonly type: string;
  readonly mode: string | undefined;
  readonly from: number;
  readonly to: number;
  readonly span: Span;
  readonly form: string;
  readonly noun: boolean;
  /** The cue's subject is the one asked ("China must …"), not the one asking. */
  readonly addressee: boolean;
  /** A passive verb ("was attacked"): its subject is the target. */
  readonly passive?: boolean;
}

/** Word-like tokens only: cues and actors are counted in words, punctuation only breaks clauses. */
export function wordsOf(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'punct');
}

/**
 * Finds the cues of one sentence, longest first at each word, without overlaps, skipping words inside
 * `blocked` spans (temporal expressions). Relays are filtered later, when actors are chosen.
 */
export function findCueHits(words: readonly Token[], lexicon: EventLexicon, blocked: readonly Span[] = []): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < words.length; i++) {
    // A word inside a date ("March 2023") is no cue.
    if (blocked.some((b) => overlaps(b, words[i]!.span))) continue;
    const found = firstMatchAt(words, i, lexicon.cues, (cue) => cue.phrase, lexicon.prefixes);
    if (!found) continue;
    const { item: cue, length: n } = found;
    hits.push({ type: cue.type, mode: cue.mode, from: i, to: i + n, span: { start: words[i]!.span.start, end: words[i + n - 1]!.span.end }, form: cue.form, noun: cue.noun, addressee: cue.addressee });
    i += n - 1;
  }
  return mergeAdjacent(readReversals(words, hits, lexicon)).map((h) => readPassive(words, readIntent(words, h, lexicon), lexicon));
}

// A passive auxiliary counts this many words before the verb ("was reportedly attacked").
const PASSIVE_REACH = 2;

function readPassive(words: readonly Token[], hit: CueHit, lexicon: EventLexicon): CueHit {
  if (hit.noun || lexicon.activeEndings.some((e) => words[hit.from]!.norm.endsWith(e))) return hit;
  for (let i = Math.max(0, hit.from - PASSIVE_REACH - 1); i < hit.from; i++) {
    const n = matchAnyAt(words, i, lexicon.passiveAuxiliaries, lexicon.prefixes);
    if (n > 0 && i + n <= hit.from && i + n >= hit.from - PASSIVE_REACH + 1) return { ...hit, passive: true };
  }
  return hit;
}

// What undoing a measure or a protest codes (CAMEO2PLOVER-2021): easing economic sanctions, a boycott
// or an embargo is RETREAT (085); easing restrictions, bans (081, 0811, 0812) or calling off protests
// (082) is CONCEDE. (Easing a curfew or martial law, 0813/0814, is RETREAT too; the cue lists do not
// tell a curfew from other restrictions, so it codes CONCEDE here.)
const UNDONE: Readonly<Record<string, string>> = { SANCTION: 'RETREAT', COERCE: 'CONCEDE', PROTEST: 'CONCEDE' };
// A reversal word counts this many words before the measure.
const REVERSAL_REACH = 3;
const MAX_REVERSAL_WORDS = 3;

/**
 * "cancelled restrictions", "called off a strike", "lifted the sanctions": undoing a measure or a
 * protest yields, so the reversal and the measure code one event (CONCEDE or RETREAT, above), and a
 * reversal that is a cue of its own ("cancelled") codes nothing else.
 */
function readReversals(words: readonly Token[], hits: readonly CueHit[], lexicon: EventLexicon): CueHit[] {
  const out: CueHit[] = [];
  for (const h of hits) {
    const undone = UNDONE[h.type];
    const at = undone ? reversalBefore(words, h.from, lexicon) : -1;
    if (at < 0) {
      out.push(h);
      continue;
    }
    while (out.length > 0 && out.at(-1)!.from >= at) out.pop();
    out.push({ ...h, type: undone!, mode: undefined, from: at, span: { start: words[at]!.span.start, end: h.span.end }, form: `${words[at]!.norm} … ${h.form}`, noun: false });
  }
  return out;
}

function reversalBefore(words: readonly Token[], from: number, lexicon: EventLexicon): number {
  for (let i = from - 1; i >= Math.max(0, from - REVERSAL_REACH - MAX_REVERSAL_WORDS); i--) {
    const n = matchAnyAt(words, i, lexicon.reversals, lexicon.prefixes);
    if (n > 0 && i + n <= from && i + n >= from - REVERSAL_REACH) return i;
  }
  return -1;
}

// Categories an intention turns into a threat; an intention to do anything else cooperative is AGREE.
const HOSTILE = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE']);
// CONSULT too: "will visit" is an intention to meet (CAMEO 036 → AGREE).
const RECODED = new Set(['SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'CONSULT', ...HOSTILE]);
// An intention word counts this many words before the cue ("would tighten the naval blockade").
const INTENT_REACH = 3;

function readIntent(words: readonly Token[], hit: CueHit, lexicon: EventLexicon): CueHit {
  if (!RECODED.has(hit.type)) return hit;
  for (let i = Math.max(0, hit.from - INTENT_REACH - 1); i < hit.from; i++) {
    const n = matchAnyAt(words, i, lexicon.intent, lexicon.prefixes);
    if (n > 0 && i + n >= hit.from - INTENT_REACH) {
      return { ...hit, type: HOSTILE.has(hit.type) ? 'THREATEN' : 'AGREE', mode: undefined };
    }
  }
  return hit;
}

// "au convenit … acord", "semnat un acord": two cues of one category in a row code one event.
// PLOVER codes one event per verb phrase, and the nominal echo adds nothing.
const ADJACENT = 3;
function mergeAdjacent(hits: readonly CueHit[]): CueHit[] {
  const out: CueHit[] = [];
  for (const h of hits) {
    const last = out.at(-1);
    if (last && last.type === h.type && h.from - last.to <= ADJACENT) continue;
    out.push(h);
  }
  return out;
}

/**
 * True when a negation cue sits within the lexicon's reach of the hit (before it, or after it for
 * languages that negate a clause-final verb), inside `[lo, hi)` words.
 */
export function isNegated(words: readonly Token[], hit: CueHit, lexicon: EventLexicon, lo: number, hi: number): boolean {
  const from = Math.max(lo, hit.from - lexicon.negationBefore);
  for (let i = from; i < hit.from; i++) if (matchAnyAt(words, i, lexicon.negation, lexicon.prefixes) > 0) return true;
  const to = Math.min(hi, hit.to + lexicon.negationAfter);
  for (let i = hit.to; i < to; i++) if (matchAnyAt(words, i, lexicon.negation, lexicon.prefixes) > 0) return true;
  return false;
}
