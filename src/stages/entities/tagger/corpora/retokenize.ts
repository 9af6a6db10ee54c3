import { tokenize } from '../../../segment/tokens.js';
import type { LabelSpan } from '../labels.js';
import type { CorpusSentence } from './types.js';

/**
 * Re-cuts a corpus sentence the way the run time cuts text (`tokenize()`, UAX #29 word
 * boundaries), so the taggers learn on the tokens they will see: "s-a" → s · - · a,
 * "U.S." → U.S · ., "«День" → « · День. A name keeps exactly the characters it had, so strict
 * span scores over re-cut tokens equal strict scores over the corpus tokens.
 */

/**
 * The sentence with each corpus token split into run-time tokens and spans moved along.
 * @example retokenize({ tokens: ['Politehnica-Tender'], spans: [{ start: 0, end: 1, type: 'ORG' }] })
 *   // { tokens: ['Politehnica', '-', 'Tender'], spans: [{ start: 0, end: 3, type: 'ORG' }] }
 */
export function retokenize(sentence: CorpusSentence): CorpusSentence {
  const tokens: string[] = [];
  // firstOf[i] / endOf[i]: run-time token range of corpus token i (empty for white space).
  const firstOf: number[] = [];
  const endOf: number[] = [];
  for (const token of sentence.tokens) {
    firstOf.push(tokens.length);
    for (const piece of tokenize(token)) tokens.push(token.slice(piece.span.start, piece.span.end));
    endOf.push(tokens.length);
  }
  const spans: LabelSpan[] = [];
  for (const s of sentence.spans) {
    const start = firstOf[s.start]!;
    const end = endOf[s.end - 1]!;
    if (end > start) spans.push({ start, end, type: s.type });
  }
  return sentence.doc === undefined ? { tokens, spans } : { tokens, spans, doc: sentence.doc };
}
