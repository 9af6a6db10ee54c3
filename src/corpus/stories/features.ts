import type { Analysis, Mention } from '../../model/analysis.js';
import { NO_NAMES, type NameLexicon } from './known-names.js';
import { readEventWhen, type EventWhen } from './dates.js';
import { nameKey } from './name-key.js';
import { NO_RULES, stemTerm, wordVariants, type TermRules } from './terms.js';

/**
 * The features of one article that story matching compares. Keys carry their kind as a prefix so
 * one inverted index holds them all:
 * - `e:` entity id (KB QID or provisional `x:` id) of a participant, `p:` of a KB-linked place;
 * - `n:` cross-script name key of a name-like word (see name-key.ts);
 * - `#:` a number (amounts, counts, years: they survive translation verbatim);
 * - `a:` an agency the article cites (quotes `via`);
 * - `t:<lang>:` a stemmed content word, comparable within one language only;
 * - `w:` the name key of any other content word of a script without capitals: it may be a name the
 *   KB does not know, and counts as one only when the other article has it as a name (`n:`).
 * The first four kinds are language-independent and carry cross-lingual linking.
 */

/** Kinds of story features, by key prefix. */
export type FeatureKind = 'entity' | 'place' | 'name' | 'number' | 'agency' | 'term' | 'word';

const PREFIX_KIND: Record<string, FeatureKind> = { e: 'entity', p: 'place', n: 'name', '#': 'number', a: 'agency', t: 'term', w: 'word' };

/** The kind of a feature key. */
export function featureKind(key: string): FeatureKind {
  return PREFIX_KIND[key.slice(0, key.indexOf(':'))] ?? 'term';
}

/** An article reduced to what story matching needs; plain data, so a store can keep it as JSON. */
export interface StoryFeatures {
  readonly articleId: string;
  readonly language: string;
  readonly when: EventWhen;
  /** Feature key → raw term frequency in the article. */
  readonly counts: Readonly<Record<string, number>>;
  /**
   * The people the article mentions, with mention counts (entity keys, else name keys of known
   * people): its participants. Two reports of one event name mostly the same people.
   */
  readonly people: Readonly<Record<string, number>>;
  /**
   * The article's name keys (`n:`, `w:`) and numbers (`#:`) in text order, each once: what a
   * translation keeps (src/corpus/dedup/anchors.ts). Absent in features stored before it existed.
   */
  readonly anchors?: readonly string[];
  /** A dense vector from an Encoder (encoder.ts), when one is configured (off by default). */
  readonly vector?: readonly number[];
}

/** Options for {@link extractStoryFeatures}. */
export interface FeatureOptions {
  /** Word rules of the article's language (stopwords, clitics); default none. */
  readonly rules?: TermRules;
  /**
   * Known names. Scripts without capitals (Arabic, Persian) give no sign of a name, so their words
   * become `n:` features only when known; known people count as participants when the entity stage found
   * none (see createNameLexicon). Default: no names known.
   */
  readonly names?: NameLexicon;
}

/**
 * Shortest key of a `w:` word: with about ten consonant classes, 3-class keys of common words
 * collide with names too often (~1 in 1,000 per pair of words); 4 classes is ~1 in 10,000.
 */
export const MIN_WORD_KEY = 4;

// Numbers below this are too common (days, small counts) to tell stories apart.
const MIN_NUMBER = 13;
const GPE_TYPES = new Set(['GPE', 'LOC']);
// Keys that are anchors: name keys and numbers (see StoryFeatures.anchors).
const ANCHOR = /^[nw#]:/;

/**
 * Extracts story features from an analysed article.
 * @example extractStoryFeatures(analysis, { rules: termRules(loadLanguage('ro')) }).counts['n:BSKN'] // 3
 */
export function extractStoryFeatures(analysis: Readonly<Analysis>, options: FeatureOptions = {}): StoryFeatures {
  const rules = options.rules ?? NO_RULES;
  const names = options.names ?? NO_NAMES;
  const counts: Record<string, number> = {};
  const anchors: string[] = [];
  const add = (key: string) => {
    if (!(key in counts) && ANCHOR.test(key)) anchors.push(key);
    counts[key] = (counts[key] ?? 0) + 1;
  };
  const people: Record<string, number> = {};
  const person = (key: string) => {
    people[key] = (people[key] ?? 0) + 1;
  };
  const text = analysis.article.text;
  // Words inside a tagged name are names, whatever the script (the tagger saw what capitals would show).
  const inName = new Set<number>();
  for (const m of analysis.mentions) {
    // A provisional id is spelled from the name, whatever the tagger called it (LOC here, ORG in a translation).
    add((GPE_TYPES.has(m.type) && !m.entityId.startsWith('x:') ? 'p:' : 'e:') + m.entityId);
    // Only KB-linked people are participants: tagger-only PER names (often places or teams) made the
    // protagonist check split true stories (ECB+ B³ 0.887 → 0.695 with them).
    if (m.type === 'PER' && isLinked(m)) person('e:' + m.entityId);
    if (m.form === 'name') for (let i = m.span.start; i < m.span.end; i++) inName.add(i);
  }
  const entityPeople = Object.keys(people).length > 0;
  for (const q of analysis.quotes) if (q.via) add('a:' + q.via.id);
  for (const token of analysis.tokens) {
    if (token.kind === 'number') {
      const value = numberKey(token.norm);
      if (value) add('#:' + value);
      continue;
    }
    if (token.kind !== 'word') continue;
    const term = stemTerm(token.norm, rules);
    if (term === null) continue;
    add(`t:${analysis.language}:${term}`);
    // Sentence-initial capitals ("Meanwhile") are kept: skipping them lost more names than noise on
    // the dev sets (ECB+ B³ 0.897 → 0.884).
    const found = nameKeysOf(token.norm, text.charAt(token.span.start), rules, names, inName.has(token.span.start));
    for (const { key, isPerson } of found) {
      add('n:' + key);
      if (isPerson && !entityPeople) person('n:' + key);
    }
    if (found.length === 0 && !rules.hasCase) {
      const bare = wordVariants(token.norm, rules).reduce((a, b) => (b.length < a.length ? b : a));
      const key = nameKey(bare);
      if (key && key.length >= MIN_WORD_KEY) add('w:' + key);
    }
  }
  return {
    articleId: analysis.article.id,
    language: analysis.language,
    when: readEventWhen(analysis),
    counts,
    people,
    anchors,
  };
}

/**
 * Whether a mention is linked to the knowledge base (a QID or a KB entry), rather than a provisional
 * id the entity stage made from the name's letters in this one language.
 */
export function isLinked(m: Mention): boolean {
  return !m.entityId.startsWith('x:') || /alias|role|translit/.test(m.method);
}

// Name keys of a word: in cased scripts any capitalised word; elsewhere known names and tagged ones.
function nameKeysOf(norm: string, first: string, rules: TermRules, names: NameLexicon, tagged: boolean): { key: string; isPerson: boolean }[] {
  const cased = first.toLowerCase() !== first.toUpperCase();
  if (cased && first !== first.toUpperCase()) return [];
  const keys = new Map<string, boolean>();
  for (const variant of wordVariants(norm, rules)) {
    const key = nameKey(variant);
    if (!key || !(cased || tagged || names.isName(variant))) continue;
    keys.set(key, (keys.get(key) ?? false) || names.isPerson(variant));
  }
  return [...keys].map(([key, isPerson]) => ({ key, isPerson }));
}

// "1,500" and "1.500" are one number; digits were already folded to ASCII by normalisation.
function numberKey(norm: string): string | null {
  const digits = norm.replace(/[.,٫٬]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return value >= MIN_NUMBER ? String(value) : null;
}
