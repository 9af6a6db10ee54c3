import { z } from 'zod';

/**
 * Request schemas, checked once at the boundary (STYLE 12). Query strings arrive as text, so
 * numbers are coerced; unknown parameters are rejected so a typo (`lang` for `language`) is an
 * error rather than a silently ignored filter.
 */

// A page of at most 1000 items: the store's own ceiling (src/search/filters.ts).
const MAX_PAGE = 1000;
const DEFAULT_PAGE = 20;

const LANGUAGE = z.string().regex(/^(?:[a-z]{2}|und)$/, 'an ISO 639-1 code such as ar, en, fa, ro, ru');
const DATE = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date like 2025, 2025-08 or 2025-08-20');
const ENTITY_ID = z.string().regex(/^(Q[1-9]\d*|x:[a-z0-9][a-z0-9.-]*)$/, 'a Wikidata QID ("Q184") or a provisional id ("x:some-slug")');

/** `limit` and `offset`, on every list. */
export const PageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Filters shared by listing and search. */
export const FilterSchema = z.object({
  language: LANGUAGE.optional(),
  source: z.string().min(1).max(200).optional(),
  since: DATE.optional(),
  until: DATE.optional(),
});

/** `GET /api/articles`. */
export const ArticleListQuery = PageSchema.extend(FilterSchema.shape).strict();

/** `GET /api/search`. */
export const SearchQuerySchema = PageSchema.extend(FilterSchema.shape)
  .extend({
    q: z.string().trim().min(1, 'a search text is required').max(500),
    entity: ENTITY_ID.optional(),
    /** Facet counts cost a second, wider search; the UI asks for them after showing the hits. */
    facets: z.enum(['true', 'false']).default('false'),
  })
  .strict();

/** `POST /api/ingest` query. */
export const IngestQuery = z
  .object({
    /** File name of a raw upload: its extension chooses the reader (.html, .xml, .jsonl, .txt, .md). */
    name: z.string().min(1).max(200).default('upload.txt'),
    /** Wait for the job to finish and answer with its summary (200), instead of 202 + job id. */
    wait: z.enum(['true', 'false']).default('false'),
  })
  .strict();

/** `GET /api/events`. */
export const EventsQuery = PageSchema.extend(FilterSchema.shape)
  .extend({ format: z.enum(['json', 'jsonl', 'tsv']).default('json') })
  .strict();

/** `:id` of an article, story or job: printable, no path separators. */
export const IdParam = z.object({ id: z.string().min(1).max(200).regex(/^[^/\\\s]+$/, 'an id without slashes or spaces') }).strict();

/** `:id` of an entity. */
export const EntityParam = z.object({ id: ENTITY_ID }).strict();

/** An actor of a dyad: an entity id, or a name in any script the knowledge base or the articles know. */
const ACTOR = z.string().trim().min(2).max(100).regex(/^[^/\\]+$/, 'an entity id (Q184) or a name (Belarus, بيلاروس)');

/** `GET /api/dossiers/:a/:b` — the two actors of a dyad. */
export const DyadParam = z.object({ a: ACTOR, b: ACTOR }).strict();

/** Options of the corpus views: display language of names, and a start date for dossiers. */
export const ViewQuery = z.object({ display: z.string().regex(/^[a-z]{2}$/).default('en'), since: DATE.optional() }).strict();

/** `GET /api/stories/:id/framing` and lists of stories. */
export const StoryListQuery = PageSchema.extend(FilterSchema.shape).strict();

/** The next offset, or null when this page was the last. */
export function nextOffset(page: { limit: number; offset: number }, returned: number): number | null {
  return returned < page.limit ? null : page.offset + page.limit;
}

/** `GET /api/framing?ids=a,b,c`: the framing matrix of picked articles (2–20). */
export const FramingQuery = z
  .object({
    ids: z.string().regex(/^[^/\\\s,]+(,[^/\\\s,]+){0,19}$/, 'a comma-separated list of 1–20 article ids'),
    display: z.string().regex(/^[a-z]{2}$/).default('en'),
  })
  .strict();
