import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
import { ApiError } from '../errors.js';
import { DyadParam, FramingQuery, IdParam, nextOffset, StoryListQuery, ViewQuery } from '../schemas.js';
import { requireView } from '../views.js';

/**
 * Stories, dyad dossiers and framing: thin routes over the corpus views (src/api/views.ts).
 * A server built without a view (tests) answers 501 NOT_IMPLEMENTED for its routes.
 */
export function registerCorpusRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/api/stories', async (request) => {
    const query = StoryListQuery.parse(request.query);
    const items = await requireView(ctx.views, 'listStories', 'src/corpus/stories')(query);
    return { items, limit: query.limit, offset: query.offset, nextOffset: nextOffset(query, items.length) };
  });

  app.get('/api/stories/:id', async (request) => {
    const { id } = IdParam.parse(request.params);
    const story = await requireView(ctx.views, 'getStory', 'src/corpus/stories')(id);
    if (story === null || story === undefined) throw new ApiError('NOT_FOUND', `No story with id "${id}".`);
    return story;
  });

  app.get('/api/stories/:id/framing', async (request) => {
    const { id } = IdParam.parse(request.params);
    const { display } = ViewQuery.parse(request.query);
    const compare = requireView(ctx.views, 'compareFraming', 'src/corpus/framing');
    const story = (await requireView(ctx.views, 'getStory', 'src/corpus/stories')(id)) as { members?: { id: string }[]; articleIds?: string[] } | null;
    if (!story) throw new ApiError('NOT_FOUND', `No story with id "${id}".`);
    const ids = story.articleIds ?? story.members?.map((m) => m.id) ?? [];
    return compare(ids, { display });
  });

  app.get('/api/framing', async (request) => {
    const { ids, display } = FramingQuery.parse(request.query);
    const list = [...new Set(ids.split(','))];
    const framing = await requireView(ctx.views, 'compareFraming', 'src/corpus/framing')(list, { display });
    if (framing === null || framing === undefined) throw new ApiError('NOT_FOUND', `None of the articles ${list.join(', ')} is in the store.`);
    return framing;
  });

  app.get('/api/dossiers/:a/:b', async (request) => {
    const { a, b } = DyadParam.parse(request.params);
    const { display, since } = ViewQuery.parse(request.query);
    if (a === b) throw new ApiError('INVALID_REQUEST', `A dyad needs two different actors; got "${a}" twice.`);
    return requireView(ctx.views, 'getDossier', 'src/corpus/dossiers')(a, b, { display, since });
  });
}
