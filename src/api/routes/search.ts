import type { FastifyInstance } from 'fastify';
import type { SearchHit } from '../../search/index.js';
import type { ApiContext } from '../context.js';
import { nextOffset, SearchQuerySchema } from '../schemas.js';

/**
 * `GET /api/search`: full-text search with filters (language, source, since/until, entity) and,
 * with `facets=true`, facet counts. Facets count the best FACET_WINDOW hits, not the whole corpus: exact counts over
 * 100k articles would cost a full scan per query, and the top of the ranking is what a reader
 * narrows. The entity filter checks the stored records of the same window, since the store has no
 * entity index yet.
 */

// How many top hits facets (and the entity filter) look at; sized so a query stays well under 100 ms.
const FACET_WINDOW = 200;

/** Counts of one facet, most frequent first. */
export type FacetCounts = { value: string; count: number }[];

/** Registers `GET /api/search`. */
export function registerSearchRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/api/search', async (request) => {
    const { q, entity, facets, limit, offset, ...filter } = SearchQuerySchema.parse(request.query);
    const base = { text: q, ...filter };
    let items: SearchHit[];
    let window: SearchHit[] | null = null;
    if (entity) {
      window = ctx.store.search({ ...base, limit: FACET_WINDOW }).filter((hit) => mentions(ctx, hit.id, entity));
      items = window.slice(offset, offset + limit);
    } else {
      items = ctx.store.search({ ...base, limit, offset });
      if (facets === 'true') window = offset === 0 && limit >= FACET_WINDOW ? items : ctx.store.search({ ...base, limit: FACET_WINDOW });
    }
    return {
      items,
      limit,
      offset,
      nextOffset: nextOffset({ limit, offset }, items.length),
      facets: facets === 'true' && window ? countFacets(window) : null,
      facetWindow: FACET_WINDOW,
    };
  });
}

function mentions(ctx: ApiContext, articleId: string, entity: string): boolean {
  const entities = ctx.store.getArticle(articleId)?.record.entities;
  return Array.isArray(entities) && entities.some((e) => (e as { id?: unknown }).id === entity);
}

function countFacets(hits: readonly SearchHit[]): Record<'language' | 'source' | 'month', FacetCounts> {
  const count = (key: (hit: SearchHit) => string | null): FacetCounts => {
    const counts = new Map<string, number>();
    for (const hit of hits) {
      const value = key(hit);
      if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  return {
    language: count((h) => h.language),
    source: count((h) => h.source),
    month: count((h) => h.publishedAt?.slice(0, 7) ?? null),
  };
}
