import { readFileSync } from 'node:fs';
import { readTaggedBlocks, sentenceFromTagged } from './bio.js';
import type { CorpusSentence, TypeMap } from './types.js';

/**
 * CoNLL-2003 English (Tjong Kim Sang & De Meulder 2003) in two-column form: `token TAG` lines,
 * a blank line between sentences, `-DOCSTART-` between documents (absent in the dev file here).
 */

/** CoNLL-2003 classes → tagger types. */
export const CONLL_TYPES: TypeMap = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/**
 * Reads a CoNLL-2003 file.
 * @example readConll('../shared/data/ner/en-conll2003-dev.txt').length // 3250
 */
export function readConll(path: string): CorpusSentence[] {
  return readTaggedBlocks(readFileSync(path, 'utf8')).map((block) => sentenceFromTagged(block, CONLL_TYPES));
}
