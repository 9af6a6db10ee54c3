/**
 * Word tokens of normalised text, cut the way SQLite's FTS5 `unicode61` tokenizer cuts them, so
 * the snippet finds exactly the words the index matched.
 */

// unicode61's default token characters are the categories "L* N* Co"; everything else separates
// (https://sqlite.org/fts5.html#unicode61_tokenizer).
const TOKEN_RUN = /[\p{L}\p{N}\p{Co}]+/gu;
const COMBINING_MARK = /\p{M}/gu;

/** A token of normalised text with its normalised offsets and its comparison key. */
export interface MatchToken {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

/**
 * Splits normalised text into tokens.
 * @example tokenizeForMatch('al-assad said').map((t) => t.key) // ['al', 'assad', 'said']
 */
export function tokenizeForMatch(normalized: string): MatchToken[] {
  const tokens: MatchToken[] = [];
  for (const m of normalized.matchAll(TOKEN_RUN)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, key: tokenKey(m[0]) });
  }
  return tokens;
}

/**
 * The form two tokens are compared in: lower-case without combining marks, as
 * `remove_diacritics 2` compares them (it also folds marks the normaliser keeps, e.g. й's breve).
 */
export function tokenKey(token: string): string {
  return token.normalize('NFD').replace(COMBINING_MARK, '').toLowerCase();
}
