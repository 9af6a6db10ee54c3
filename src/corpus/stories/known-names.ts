import type { KnowledgeBase } from '../../kb/index.js';
import { normalizeForMatch } from '../../stages/normalize/fold.js';

/** Which folded words are names, and which of them name people. */
export interface NameLexicon {
  isName(word: string): boolean;
  isPerson(word: string): boolean;
}

/** A lexicon that knows no names (the default without a KB). */
export const NO_NAMES: NameLexicon = { isName: () => false, isPerson: () => false };

/**
 * Words of the knowledge base that are names on their own, in every script: single-word names and
 * demonyms ("بيزشكيان", "ایران") and the first and last words of people's names. It lets a word in a
 * script without capitals (Arabic, Persian) count as a name, and tells which name keys are people
 * (the participants). Inner words of multi-word names ("الدول" in رابطة الدول المستقلة) and the KB's
 * weak aliases (رئيسي is also "main") are common words: left out.
 * @example const names = createNameLexicon(loadKnowledgeBase()); names.isName('بيزشكيان') // true
 */
export function createNameLexicon(kb: KnowledgeBase): NameLexicon {
  const names = new Set<string>();
  const people = new Set<string>();
  for (const entity of kb.entities()) {
    const weak = new Set(entity.weak.map(normalizeForMatch));
    const person = entity.type === 'PER';
    for (const list of [...Object.values(entity.names), ...Object.values(entity.demonyms ?? {})]) {
      for (const name of list ?? []) {
        const parts = normalizeForMatch(name).split(/[^\p{L}\p{M}]+/u).filter((w) => w.length >= 3);
        const kept = parts.length === 1 ? parts : person ? [parts[0]!, parts[parts.length - 1]!] : [];
        for (const word of kept) {
          if (weak.has(word)) continue;
          names.add(word);
          if (person) people.add(word);
        }
      }
    }
  }
  return { isName: (word) => names.has(word), isPerson: (word) => people.has(word) };
}
