import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
import { ApiError } from '../errors.js';
import { ArticleListQuery, IdParam, nextOffset } from '../schemas.js';

/** `GET /api/articles` (newest first, filtered, paged) and `GET /api/articles/:id` (text + record). */
export function registerArticleRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/api/articles', async (request) => {
    const query = ArticleListQuery.parse(request.query);
    const items = ctx.store.listArticles(query);
    return { items, limit: query.limit, offset: query.offset, nextOffset: nextOffset(query, items.length), total: ctx.store.countArticles() };
  });

  app.get('/api/articles/:id', async (request) => {
    const { id } = IdParam.parse(request.params);
    const article = ctx.store.getArticle(id);
    if (!article) throw new ApiError('NOT_FOUND', `No article with id "${id}" in the store.`);
    // The duplicate key is internal; everything else is the article as stored.
    const { contentHash: _hash, ...rest } = article;
    return rest;
  });
}
