import { createError } from '../errors.js';
import { normalizeForMatch } from '../stages/normalize/fold.js';
import { tokenizeForMatch } from './tokens.js';

/**
 * Free-text queries as users type them: words and "quoted phrases", all required. An unquoted word
 * of three or more characters also matches longer words it begins: news languages attach suffixes
 * (Romanian articles and cases "Iranului", Persian plural and ezafe "تحریمهای", Russian cases
 * "Лукашенко/Ирана"), and a prefix match finds them without a stemmer per language. Quoting a word
 * matches it exactly; a trailing `*` forces a prefix match on short words and phrases. Nothing the user types reaches FTS5 as syntax:
 * every term is rebuilt from its normalised tokens and quoted, so `NEAR(`, `OR`, `-`, `:` or an
 * unbalanced `"` are plain text (or ignored when they hold no word characters).
 */

/** One required term: a single word, or a phrase when it has several tokens. */
export interface QueryTerm {
  /** Normalised tokens (see tokenizeForMatch), in order. */
  readonly tokens: readonly string[];
  /** The last token matches as a prefix (the user wrote `word*`). */
  readonly prefix: boolean;
}

/** A parsed query: every term must match (implicit AND, as FTS5 treats juxtaposed terms). */
export interface ParsedQuery {
  readonly text: string;
  readonly terms: readonly QueryTerm[];
}

// A quoted phrase (closing quote optional, so `"abc` is the phrase abc), or a run without spaces/quotes.
const SEGMENT = /"([^"]*)"?(\*?)|([^\s"]+)/gu;
// Straight and typographic double quotes all delimit phrases; the normaliser folds them later anyway.
const TYPOGRAPHIC_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/gu;

/**
 * Parses user text into terms, folding each with the same normaliser the index uses.
 * @throws CrosswireError INVALID_ARGUMENT when the text holds no word or number.
 * @example parseQuery('"Aleksandr Lukașenko" Minsk*').terms
 * // [{ tokens: ['aleksandr', 'lukasenko'], prefix: false }, { tokens: ['minsk'], prefix: true }]
 */
export function parseQuery(text: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  for (const m of text.replace(TYPOGRAPHIC_QUOTES, '"').matchAll(SEGMENT)) {
    const phrase = m[1];
    const raw = phrase ?? m[3]!;
    const tokens = tokenizeForMatch(normalizeForMatch(raw)).map((t) => t.key);
    const prefix = phrase !== undefined ? m[2] === '*' : raw.endsWith('*') || isStemLike(tokens);
    if (tokens.length > 0) terms.push({ tokens, prefix });
  }
  if (terms.length === 0) {
    throw createError('INVALID_ARGUMENT', 'search query', text, 'at least one word or number');
  }
  return { text, terms };
}

// Minimum length of an unquoted word that also matches as a prefix: shorter ones ("a", "în", "در")
// would match too much.
const MIN_PREFIX_LENGTH = 3;

function isStemLike(tokens: readonly string[]): boolean {
  return tokens.length === 1 && [...tokens[0]!].length >= MIN_PREFIX_LENGTH;
}

/**
 * The FTS5 MATCH expression for a parsed query: each term a quoted string, `*` after prefix terms.
 * @example toFtsMatch(parseQuery('near( a OR')) // '"near" "a" "or"'
 */
export function toFtsMatch(query: ParsedQuery): string {
  return query.terms.map((term) => quoteFts(term.tokens.join(' ')) + (term.prefix ? '*' : '')).join(' ');
}

// FTS5 strings are double-quoted with "" for a literal quote (https://sqlite.org/fts5.html#fts5_strings).
function quoteFts(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}
