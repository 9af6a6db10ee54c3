import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import type { ApiContext } from '../context.js';
import { ApiError } from '../errors.js';
import type { IngestJob } from '../ingest-jobs.js';
import { IdParam, IngestQuery } from '../schemas.js';

/**
 * `POST /api/ingest`: the body is one input, read exactly as `crosswire ingest -` reads standard
 * input — JSON Lines (`{title?, text|html, url?, source?, publishedAt?, language?}` per line),
 * an HTML page, an RSS/Atom feed or plain text, told apart by content. A JSON body (one article
 * object or an array of them) is accepted too. Answers 202 with a job to poll at
 * `GET /api/ingest/jobs/:id`, or with `?wait=true` 200 and the finished job.
 */
export function registerIngestRoutes(app: FastifyInstance, ctx: ApiContext, guard: preHandlerAsyncHookHandler): void {
  app.post('/api/ingest', { preHandler: guard }, async (request, reply) => {
    const query = IngestQuery.parse(request.query);
    const body = toBuffer(request.body);
    if (body.length === 0) throw new ApiError('INVALID_REQUEST', 'The request body is empty: send the file content (JSON Lines, HTML, a feed or text).');
    const { job, done } = ctx.jobs.submit(query.name, body);
    if (query.wait === 'true') return publicJob(await done);
    return reply.status(202).send(publicJob(job));
  });

  app.get('/api/ingest/jobs/:id', async (request) => {
    const { id } = IdParam.parse(request.params);
    const job = ctx.jobs.get(id);
    if (!job) throw new ApiError('NOT_FOUND', `No ingest job "${id}" (finished jobs are kept for a while, then dropped).`);
    return publicJob(job);
  });
}

function toBuffer(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body);
  // A parsed JSON body: one article object or an array of them, re-serialised as JSON Lines.
  const records = Array.isArray(body) ? body : [body];
  return Buffer.from(records.map((r) => JSON.stringify(r)).join('\n'));
}

/** The job as clients see it: a snapshot, so later progress does not mutate a sent object. */
function publicJob(job: IngestJob): IngestJob {
  return { ...job, articles: [...job.articles], rejected: [...job.rejected], summary: { ...job.summary } };
}
