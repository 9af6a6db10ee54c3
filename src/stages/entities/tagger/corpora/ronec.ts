import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { spansFromTags } from './bio.js';
import { collectLeadingWords, toNameSpan } from './name-spans.js';
import { retokenize } from './retokenize.js';
import type { CorpusSentence, TypeMap } from './types.js';

/**
 * RONEC v2 (Dumitrescu & Avram 2020): a JSON array of `{ tokens, ner_tags (BIO2), space_after }`
 * with 15 classes. RONEC labels every reference to a person, not only names (about half of its
 * PERSON spans are common nouns or pronouns: "jucători", "ea", "directorul"); the reader keeps the
 * name part of each span (see name-spans.ts), so scores are for names, as for the other corpora.
 */

/**
 * RONEC classes → tagger types. GPE and LOC are LOC; FACILITY is LOC (as Arman's fac); named
 * events, works, languages and nationalities/religions/parties (NAT_REL_POL) are MISC; numeric
 * and temporal classes (DATETIME, PERIOD, MONEY, QUANTITY, NUMERIC, ORDINAL) are not names: O.
 */
export const RONEC_TYPES: TypeMap = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FACILITY: 'LOC',
  NAT_REL_POL: 'MISC', EVENT: 'MISC', WORK_OF_ART: 'MISC', LANGUAGE: 'MISC',
  DATETIME: null, PERIOD: null, MONEY: null, QUANTITY: null, NUMERIC: null, ORDINAL: null,
};

const RonecSentence = z.object({ id: z.number().optional(), tokens: z.array(z.string()), ner_tags: z.array(z.string()) });

/**
 * Reads a RONEC v2 JSON file, in file order, cut into run-time tokens (quotes glued to words
 * become tokens of their own before spans are narrowed to names).
 * @example readRonec('../shared/data/ner/ro-ronec-valid.json').length // 1330
 */
export function readRonec(path: string): CorpusSentence[] {
  const parsed = z.array(RonecSentence).parse(JSON.parse(readFileSync(path, 'utf8')));
  const mentions = parsed.map((s) => {
    if (s.tokens.length !== s.ner_tags.length) throw new Error(`RONEC sentence ${s.id}: ${s.tokens.length} tokens but ${s.ner_tags.length} tags`);
    const unknown = s.ner_tags.map((t) => t.replace(/^[BI]-/, '')).find((c) => c !== 'O' && !(c in RONEC_TYPES));
    if (unknown) throw new Error(`RONEC sentence ${s.id}: unknown class ${unknown}`);
    return retokenize({ tokens: s.tokens, spans: spansFromTags(s.ner_tags, RONEC_TYPES) });
  });
  const leading = collectLeadingWords(mentions);
  return mentions.map((s) => ({ tokens: s.tokens, spans: s.spans.flatMap((span) => toNameSpan(s.tokens, span, leading) ?? []) }));
}
