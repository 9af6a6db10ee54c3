import type { ResolvedFilter } from '../../search/filters.js';

/**
 * Turns checked filters into a WHERE fragment over `articles` (aliased `a`). Only the constraints
 * in use are emitted, so SQLite can pick an index for each combination (an `(? IS NULL OR …)`
 * form would force a scan); the few combinations keep the statement cache small.
 */

/** A WHERE fragment (starting with ` AND`, or empty) and its named parameters. */
export interface FilterSql {
  readonly sql: string;
  readonly params: Record<string, string | number>;
}

/** Builds the fragment for a resolved filter. */
export function filterSql(filter: ResolvedFilter): FilterSql {
  let sql = '';
  const params: Record<string, string | number> = {};
  if (filter.language !== null) {
    sql += ' AND a.language = @language';
    params.language = filter.language;
  }
  if (filter.source !== null) {
    // Matches the NOCASE index on source; NOCASE folds ASCII only, enough for outlet names.
    sql += ' AND a.source = @source COLLATE NOCASE';
    params.source = filter.source;
  }
  if (filter.sinceMs !== null) {
    sql += ' AND a.published_ts >= @since';
    params.since = filter.sinceMs;
  }
  if (filter.untilMs !== null) {
    sql += ' AND a.published_ts < @until';
    params.until = filter.untilMs;
  }
  return { sql, params };
}
