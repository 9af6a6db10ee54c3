import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { loadAllLanguages } from '../../languages/index.js';
import { normalizeForMatch } from '../normalize/fold.js';
import { tokenize } from '../segment/tokens.js';

/**
 * The matching lexicon: every KB name and demonym and every pack title, as a trie over folded token
 * sequences. Matching walks the trie token by token (one map lookup per token variant), so its cost
 * does not grow with the number of names — the Aho–Corasick idea at word granularity.
 */

/** What a lexicon key stands for. */
export type EntryKind = 'name' | 'demonym' | 'title';

/** Letter case a token of the original must have for an entry to match (cased scripts only). */
export type Casing = 'upper' | 'title' | 'none';

/** One meaning of a lexicon key. */
export interface LexEntry {
  readonly kind: EntryKind;
  /** KB entity (names, demonyms). */
  readonly id?: string;
  /** Office a title names (`president`), when it names one. */
  readonly role?: string;
  /** Languages that spell the alias or title this way (after folding). */
  readonly languages: string[];
  /** Per token of the alias: the case the text must show ("US" needs "US", not "us"). */
  readonly casing: readonly Casing[];
  /** The alias is also a common word: it links only with support (see KbEntity.weak). */
  readonly weak: boolean;
}

/** A trie node: children by folded token, and the entries whose key ends here. */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly entries: LexEntry[];
}

/** The compiled lexicon. */
export interface Lexicon {
  readonly root: TrieNode;
  /** Every folded token appearing in any key (variants not in it need no lookup). */
  readonly vocabulary: ReadonlySet<string>;
  /** Folded title words per language (to stop unknown names at them). */
  readonly titleWords: ReadonlySet<string>;
}

const cache = new WeakMap<KnowledgeBase, Lexicon>();

/** Builds (once per KB object) the lexicon of KB names, demonyms and all packs' titles. */
export function getLexicon(kb: KnowledgeBase): Lexicon {
  let lexicon = cache.get(kb);
  if (!lexicon) {
    lexicon = buildLexicon(kb);
    cache.set(kb, lexicon);
  }
  return lexicon;
}

function buildLexicon(kb: KnowledgeBase): Lexicon {
  const root: TrieNode = { next: new Map(), entries: [] };
  const vocabulary = new Set<string>();
  const titleWords = new Set<string>();
  const packs = new Set(loadAllLanguages().map((p) => p.code));
  for (const entity of kb.entities()) {
    const weak = new Set(entity.weak.map(normalizeForMatch));
    for (const [kind, names] of [['name', entity.names], ['demonym', entity.demonyms]] as const) {
      for (const [language, list] of Object.entries(names)) {
        // Only pack languages are matched; other languages' names serve display (--display-lang).
        if (!packs.has(language)) continue;
        for (const alias of list) {
          const isWeak = weak.has(normalizeForMatch(alias));
          insert(root, vocabulary, alias, { kind, id: entity.id, languages: [language], weak: isWeak });
        }
      }
    }
  }
  for (const pack of loadAllLanguages()) {
    for (const title of pack.titles.titles) {
      const keys = insert(root, vocabulary, title.form, { kind: 'title', languages: [pack.code], weak: false, ...(title.role ? { role: title.role } : {}) });
      for (const key of keys) titleWords.add(key);
    }
  }
  return { root, vocabulary, titleWords };
}

function insert(root: TrieNode, vocabulary: Set<string>, alias: string, entry: Omit<LexEntry, 'casing'>): string[] {
  const tokens = tokenize(alias);
  if (tokens.length === 0) return [];
  let node = root;
  for (const token of tokens) {
    vocabulary.add(token.norm);
    let child = node.next.get(token.norm);
    if (!child) node.next.set(token.norm, (child = { next: new Map(), entries: [] }));
    node = child;
  }
  const casing = tokens.map((t) => casingOf(alias.slice(t.span.start, t.span.end)));
  // The same alias listed for one entity in two languages is one entry spoken in both.
  const same = node.entries.find((e) => e.kind === entry.kind && e.id === entry.id && e.role === entry.role && sameCasing(e.casing, casing));
  if (!same) node.entries.push({ ...entry, languages: [...entry.languages], casing });
  else for (const l of entry.languages) if (!same.languages.includes(l)) same.languages.push(l);
  return tokens.map((t) => t.norm);
}

/** The case pattern an alias token demands of the text. */
export function casingOf(token: string): Casing {
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || letters === letters.toLowerCase()) return 'none';
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  return /^\p{Lu}/u.test(letters) ? 'title' : 'none';
}

/** True when an original token satisfies the case an alias token demands. */
export function satisfiesCasing(token: string, casing: Casing): boolean {
  if (casing === 'none') return true;
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return true;
  // Scripts without case (Arabic) have lower === upper: nothing to check.
  if (letters.toLowerCase() === letters.toUpperCase()) return true;
  if (casing === 'upper') return letters === letters.toUpperCase();
  return /^\p{Lu}/u.test(letters);
}

function sameCasing(a: readonly Casing[], b: readonly Casing[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
