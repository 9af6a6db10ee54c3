import { readFileSync } from 'node:fs';
import { readTaggedBlocks, sentenceFromTagged } from './bio.js';
import type { CorpusSentence, TypeMap } from './types.js';

/**
 * ArmanPersoNERCorpus (Poostchi et al. 2016): `token TAG` lines, a blank line between sentences,
 * classes pers/org/loc/fac/pro/event.
 */

/**
 * Arman classes → tagger types. Facilities (airports, squares, stadiums) become LOC, as in the
 * CoNLL-2003 guidelines and as RONEC's FACILITY and factRuEval's Location are read here;
 * products and events are MISC.
 */
export const ARMAN_TYPES: TypeMap = { pers: 'PER', org: 'ORG', loc: 'LOC', fac: 'LOC', pro: 'MISC', event: 'MISC' };

/**
 * Reads one Arman partition.
 * @example readArman('../shared/data/ner/fa-arman-part1.txt')[0].tokens[0] // 'افقی'
 */
export function readArman(path: string): CorpusSentence[] {
  return readTaggedBlocks(readFileSync(path, 'utf8')).map((block) => sentenceFromTagged(block, ARMAN_TYPES));
}
