/**
 * Full-text search: parsing what users type into safe FTS5 expressions, the filters, and snippets
 * cut from the original text. The store runs the query; this module knows nothing of SQL tables.
 */
export type { SearchQuery, SearchHit, Snippet } from './types.js';
export { parseQuery, toFtsMatch, type ParsedQuery, type QueryTerm } from './query.js';
export { buildSnippet, findMatches, type SnippetOptions } from './snippet.js';
export { resolveFilter, resolvePage, toTimestamp, type ArticleFilter, type ResolvedFilter, type Page } from './filters.js';
export { tokenizeForMatch, tokenKey, type MatchToken } from './tokens.js';
