import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { LanguagePack } from '../../languages/schema.js';
import { normalizeForMatch } from '../normalize/fold.js';
import type { Lexicon } from './lexicon.js';
import type { NameWords } from './unknown-names.js';
import type { TitleWords } from './roles.js';

/** The word sets recognition takes from a pack, folded once and cached. */
export interface PackWords extends TitleWords, NameWords {}

const cache = new WeakMap<object, PackWords>();
const NO_PACK = {};

/**
 * Stop words for names (the pack's stopwords, title stops, months, weekdays, former-markers and every
 * title word), former-markers, connectors, articles and given names, folded. Cached per pack (one KB
 * per process is the norm; the given names of a second KB are not added to a cached pack's set).
 */
export function packWords(pack: LanguagePack | null, lexicon: Lexicon, kb: KnowledgeBase): PackWords {
  const key = pack ?? NO_PACK;
  let words = cache.get(key);
  if (!words) {
    const fold = (list: readonly string[]) => list.map(normalizeForMatch).filter(Boolean);
    const stop = new Set<string>(lexicon.titleWords);
    if (pack) {
      for (const w of fold(pack.stopwords)) stop.add(w);
      for (const w of fold(pack.titles.stops)) stop.add(w);
      for (const w of fold(pack.titles.former)) stop.add(w);
      for (const list of pack.weekdays.weekdays) for (const w of fold(list)) stop.add(w);
      for (const months of Object.values(pack.months.calendars)) for (const list of months ?? []) for (const w of fold(list)) stop.add(w);
    }
    words = {
      stop,
      former: new Set(pack ? fold(pack.titles.former) : []),
      // Multi-word connectors ("of the") count word by word.
      connectors: new Set(pack ? fold(pack.titles.connectors).flatMap((c) => c.split(/\s+/u)) : []),
      articles: pack ? fold(pack.clitics.articles) : [],
      givenNames: new Set([...(pack ? fold(pack.titles.givenNames) : []), ...kbGivenNames(kb)]),
    };
    cache.set(key, words);
  }
  return words;
}

// First words of the KB's multi-word person names: given names the KB already knows.
function kbGivenNames(kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const entity of kb.entities()) {
    if (entity.type !== 'PER') continue;
    for (const list of Object.values(entity.names)) {
      for (const name of list) {
        const words = normalizeForMatch(name).split(/\s+/u);
        if (words.length > 1 && words[0]!.length > 1) out.push(words[0]!);
      }
    }
  }
  return out;
}
