import { readFileSync } from 'node:fs';
import { readTaggedBlocks, sentenceFromTagged, type TaggedToken } from './bio.js';
import type { CorpusSentence, TypeMap } from './types.js';

/**
 * ANERcorp (Benajiba et al. 2007), CAMeL Lab release: `token TAG` lines, IOB, classes
 * PERS/LOC/ORG/MISC, clitics attached to words, and no sentence breaks.
 */

/** ANERcorp classes → tagger types. */
export const ANERCORP_TYPES: TypeMap = { PERS: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

// The corpus has no sentence boundaries: cut after sentence-final punctuation (Arabic ؟ included).
const SENTENCE_END = new Set(['.', '!', '?', '؟']);

/**
 * Reads ANERcorp into sentences cut at sentence-final punctuation.
 * @example readAnercorp('../shared/data/ner/ar-anercorp-train.txt').length // ≈ 4,300
 */
export function readAnercorp(path: string): CorpusSentence[] {
  const tokens = readTaggedBlocks(readFileSync(path, 'utf8')).flat();
  const sentences: CorpusSentence[] = [];
  let current: TaggedToken[] = [];
  for (const t of tokens) {
    current.push(t);
    if (SENTENCE_END.has(t.token)) {
      sentences.push(sentenceFromTagged(current, ANERCORP_TYPES));
      current = [];
    }
  }
  if (current.length) sentences.push(sentenceFromTagged(current, ANERCORP_TYPES));
  return sentences;
}
