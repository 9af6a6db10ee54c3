import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { KbEntity } from '../../kb/index.js';
import type { ApiContext } from '../context.js';
import { findArticlesNaming, namesOf } from '../entity-search.js';
import { ApiError } from '../errors.js';
import { EntityParam, nextOffset, PageSchema } from '../schemas.js';

/**
 * Entities from the knowledge base (src/kb): `GET /api/entities?q=` finds them by any name in any
 * script; `GET /api/entities/:id` gives names across scripts, roles, and a timeline of the stored
 * articles that name them. Appearances are found by searching for each name (the search folds
 * scripts' letter variants), because the store keeps no entity index yet; they are the articles
 * that name the entity, whether or not the entity stage linked the mention.
 */

const EntityListQuery = PageSchema.extend({ q: z.string().trim().min(1).max(200) }).strict();
const EntityPageQuery = z.object({ display: z.string().regex(/^[a-z]{2}$/).default('en') }).strict();

/** Registers `GET /api/entities` and `GET /api/entities/:id`. */
export function registerEntityRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/api/entities', async (request) => {
    const { q, limit, offset } = EntityListQuery.parse(request.query);
    const found = ctx.kb().findByName(q);
    const items = found.slice(offset, offset + limit).map((e) => summarize(ctx, e, 'en'));
    return { items, limit, offset, nextOffset: nextOffset({ limit, offset }, items.length) };
  });

  app.get('/api/entities/:id', async (request) => {
    const { id } = EntityParam.parse(request.params);
    const { display } = EntityPageQuery.parse(request.query);
    const entity = ctx.kb().get(id);
    if (!entity) throw new ApiError('NOT_FOUND', `No entity "${id}" in the knowledge base (bundled or user files).`);
    return { ...summarize(ctx, entity, display), appearances: findAppearances(ctx, entity) };
  });
}

function summarize(ctx: ApiContext, entity: KbEntity, display: string) {
  const kb = ctx.kb();
  return {
    id: entity.id,
    type: entity.type,
    name: kb.displayName(entity, display),
    names: entity.names,
    demonyms: entity.demonyms,
    description: entity.description ?? null,
    roles: entity.roles.map((r) => ({ ...r, ofName: nameOf(ctx, r.of, display) })),
    country: entity.country ? { id: entity.country, name: nameOf(ctx, entity.country, display) } : null,
  };
}

function nameOf(ctx: ApiContext, id: string, display: string): string {
  const other = ctx.kb().get(id);
  return other ? ctx.kb().displayName(other, display) : id;
}

/** Stored articles naming the entity, oldest first (a timeline), each with the name that matched. */
function findAppearances(ctx: ApiContext, entity: KbEntity) {
  return findArticlesNaming(ctx.store, namesOf(entity)).sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999'));
}
