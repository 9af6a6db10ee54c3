import type { Token } from '../../model/analysis.js';
import type { TaggedSpan } from './tagger/index.js';
import type { UnknownItem } from './items.js';
import type { TitlePhrase } from './roles.js';

/**
 * Names the KB does not know: the words after a title cue ("المتحدث باسم الوزارة ناصر كنعاني",
 * "spokesman Esmaeil Baghaei") and the tagger's spans. They get ids from the transliteration key later.
 */

/** Folded words that cannot be part of a person's name, article prefixes (ال), and given names. */
export interface NameWords {
  readonly stop: ReadonlySet<string>;
  readonly articles: readonly string[];
  /** In scripts without capitals, an unknown name must start with one of these. */
  readonly givenNames: ReadonlySet<string>;
}

// A person's name after a title is rarely longer than given name + two surnames (علي باقري كني).
const MAX_NAME_TOKENS = 3;
// A cue may take an object before the name ("المتحدث باسم الوزارة X", "spokesman for the ministry X").
const MAX_SKIPPED = 2;

/** True when a token could be (part of) a person's name in running text. */
export function isNameLike(token: Token, surface: string, first: boolean, words: NameWords): boolean {
  if (token.kind !== 'word' || words.stop.has(token.norm)) return false;
  const hasCase = surface.toLowerCase() !== surface.toUpperCase();
  if (hasCase) return /^\p{Lu}/u.test(surface);
  // Uncased scripts: a name starts with a given name (not with a verb or a noun such as الوزارة);
  // later words may be anything but stop words, a definite noun included (بشار الأسد).
  return !first || words.givenNames.has(token.norm);
}

/**
 * The unknown names right after title phrases. `covered(k)` says whether token k already belongs to
 * a recognised item (a KB name ends the search: the title belongs to it).
 */
export function namesAfterTitles(
  phrases: readonly TitlePhrase[],
  tokens: readonly Token[],
  text: string,
  words: NameWords,
  covered: (k: number) => boolean,
): UnknownItem[] {
  const found: UnknownItem[] = [];
  for (const phrase of phrases) {
    const skip = phrase.title.role ? 0 : MAX_SKIPPED;
    for (let s = 0, k = phrase.end; s <= skip && k < tokens.length && !covered(k); s++, k++) {
      if (tokens[k]!.kind !== 'word' || breaksLine(text, tokens, k)) break;
      const end = nameRun(tokens, text, k, words, covered);
      if (end > k) {
        found.push(unknown(k, end, 'PER', 'title', 0.6));
        break;
      }
    }
  }
  return dedupe(found);
}

/** Tagger spans (token indices within the article) that do not overlap recognised items. */
export function namesFromTagger(spans: readonly TaggedSpan[], offset: number, covered: (k: number) => boolean): UnknownItem[] {
  const found: UnknownItem[] = [];
  for (const s of spans) {
    let free = true;
    for (let k = offset + s.start; k < offset + s.end; k++) if (covered(k)) free = false;
    if (!free) continue;
    found.push(unknown(offset + s.start, offset + s.end, s.type, 'tagger', s.score));
  }
  return found;
}

function nameRun(tokens: readonly Token[], text: string, k: number, words: NameWords, covered: (k: number) => boolean): number {
  let end = k;
  while (end < tokens.length && end - k < MAX_NAME_TOKENS && !covered(end)) {
    const token = tokens[end]!;
    if (end > k && breaksLine(text, tokens, end)) break;
    if (!isNameLike(token, text.slice(token.span.start, token.span.end), end === k, words)) break;
    end++;
  }
  return end;
}

function unknown(start: number, end: number, type: UnknownItem['type'], source: UnknownItem['source'], score: number): UnknownItem {
  return { kind: 'unknown', start, end, type, source, cutStart: 0, score, id: '', method: source === 'title' ? 'title-cue' : source, confidence: score };
}

function dedupe(items: UnknownItem[]): UnknownItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(`${i.start}:${i.end}`) ? false : (seen.add(`${i.start}:${i.end}`), true)));
}

function breaksLine(text: string, tokens: readonly Token[], k: number): boolean {
  return k > 0 && text.slice(tokens[k - 1]!.span.end, tokens[k]!.span.start).includes('\n');
}
