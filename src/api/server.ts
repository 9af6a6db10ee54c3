import Fastify, { type FastifyInstance } from 'fastify';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { createDefaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import type { ApiContext } from './context.js';
import { ApiError, onError } from './errors.js';
import { createIngestJobs } from './ingest-jobs.js';
import { buildOpenApi } from './openapi.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerCorpusRoutes } from './routes/corpus.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerEventRoutes } from './routes/events.js';
import { registerIngestRoutes } from './routes/ingest.js';
import { registerSearchRoutes } from './routes/search.js';
import { createHostGuard, createWriteGuard, isLoopback, SECURITY_HEADERS } from './security.js';
import { DEFAULT_WEB_ROOT, registerStatic } from './static.js';
import { createCorpusViews, viewFeatures, type CorpusViews } from './views.js';

/**
 * The HTTP server: the JSON API under /api and the web UI at every other path. Built with
 * `createServer`, started by `crosswire serve` (src/cli/commands/serve.ts) or by tests with
 * `app.inject` / `app.listen({ port: 0 })`.
 */

/** Default upload limit: 20 MiB, the same as the CLI's per-input limit. */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Options for {@link createServer}. */
export interface ServerOptions {
  readonly store: Store;
  /** The address the server will listen on; decides whether a token is mandatory (default 127.0.0.1). */
  readonly host?: string;
  /** Required for writes when set; mandatory when `host` is not loopback. */
  readonly token?: string | null;
  readonly maxUploadBytes?: number;
  /** Directory of the built UI (default web/dist beside the package); null serves the API only. */
  readonly webRoot?: string | null;
  /** Pipeline for ingest (default: the default pipeline, built on first ingest). */
  readonly createPipeline?: () => Promise<Pipeline>;
  /** Corpus views (default: whatever src/corpus exports, see views.ts). */
  readonly views?: CorpusViews;
  readonly knowledgeBase?: () => KnowledgeBase;
  /** Fastify request logging (default off: the CLI prints one line per start instead). */
  readonly logger?: boolean;
}

/**
 * Creates the server (not yet listening).
 * @throws ApiError UNAUTHORIZED when asked to bind beyond loopback without a token.
 * @example
 * const app = await createServer({ store: createStore() });
 * await app.listen({ host: '127.0.0.1', port: 8377 });
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token?.trim() || null;
  if (!isLoopback(host) && !token) {
    throw new ApiError('UNAUTHORIZED', `Binding to ${host} exposes the store to the network: give a token with --token or CROSSWIRE_TOKEN (writes will require it).`);
  }
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  let kb: KnowledgeBase | null = null;
  const knowledgeBase = options.knowledgeBase ?? (() => (kb ??= loadKnowledgeBase()));
  const views = options.views ?? createCorpusViews({ store: options.store, kb: knowledgeBase });
  const jobs = createIngestJobs({ store: options.store, createPipeline: options.createPipeline ?? (() => createDefaultPipeline()), maxBytes: maxUploadBytes });
  const ctx: ApiContext = {
    store: options.store,
    jobs,
    views,
    kb: knowledgeBase,
    maxUploadBytes,
  };

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: maxUploadBytes });
  app.setErrorHandler(onError);
  app.setNotFoundHandler((request) => {
    throw new ApiError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}. See /api/openapi.json.`);
  });
  // Raw bodies for everything but JSON: the ingest readers decode bytes themselves (encodings vary).
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  const hostGuard = createHostGuard(host);
  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(SECURITY_HEADERS);
    if (hostGuard) await hostGuard(request);
  });
  app.addHook('onClose', async () => jobs.close());

  const openapi = buildOpenApi(process.env.npm_package_version ?? '0.1.0');
  app.get('/api/openapi.json', async () => openapi);
  app.get('/api/health', async () => ({
    ok: true,
    articles: ctx.store.countArticles(),
    views: viewFeatures(views),
    writeToken: token !== null,
    maxUploadBytes,
  }));
  registerArticleRoutes(app, ctx);
  registerSearchRoutes(app, ctx);
  registerIngestRoutes(app, ctx, createWriteGuard(token));
  registerCorpusRoutes(app, ctx);
  registerEntityRoutes(app, ctx);
  registerEventRoutes(app, ctx);
  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  if (webRoot !== null) registerStatic(app, webRoot);
  return app;
}
