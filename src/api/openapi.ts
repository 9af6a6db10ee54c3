import { z } from 'zod';
import { ArticleListQuery, DyadParam, EntityParam, EventsQuery, IdParam, IngestQuery, SearchQuerySchema, StoryListQuery, ViewQuery, FramingQuery } from './schemas.js';

/**
 * The OpenAPI 3.1 document served at `/api/openapi.json`. Parameters are generated from the same
 * zod schemas the routes validate with, so the document cannot drift from what the server checks.
 */

interface Operation {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly summary: string;
  readonly query?: z.ZodObject;
  readonly params?: z.ZodObject;
  readonly body?: Record<string, unknown>;
  readonly responses?: Record<string, string>;
  readonly write?: boolean;
}

const EntityListQuery = z.object({ q: z.string(), limit: z.number().int().optional(), offset: z.number().int().optional() });

const OPERATIONS: readonly Operation[] = [
  { method: 'get', path: '/api/health', summary: 'Server status: article count and which corpus views are available.' },
  { method: 'get', path: '/api/articles', summary: 'Stored articles, newest publication first (paged).', query: ArticleListQuery },
  { method: 'get', path: '/api/articles/{id}', summary: 'One article: original text, metadata and its analysis record (offsets are UTF-16 into text).', params: IdParam, responses: { '404': 'No such article' } },
  { method: 'get', path: '/api/search', summary: 'Full-text search with filters (language, source, since, until, entity) and facet counts over the top hits.', query: SearchQuerySchema },
  {
    method: 'post',
    path: '/api/ingest',
    summary: 'Ingest one input (JSON Lines, HTML, RSS/Atom, text; or JSON article objects). 202 + job, or 200 + finished job with wait=true.',
    query: IngestQuery,
    write: true,
    body: {
      required: true,
      content: {
        'application/x-ndjson': { schema: { type: 'string' } },
        'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
        'text/plain': { schema: { type: 'string' } },
        'application/json': { schema: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }] } },
      },
    },
    responses: { '202': 'Job queued', '401': 'Missing client header or token', '413': 'Body over the upload limit' },
  },
  { method: 'get', path: '/api/ingest/jobs/{id}', summary: 'Progress and result of an ingest job.', params: IdParam },
  { method: 'get', path: '/api/stories', summary: 'Stories, newest first (501 until src/corpus/stories provides them).', query: StoryListQuery },
  { method: 'get', path: '/api/stories/{id}', summary: 'One story with its articles (501 until available).', params: IdParam },
  { method: 'get', path: '/api/stories/{id}/framing', summary: 'Framing comparison of the outlets covering a story (501 until available).', params: IdParam, query: ViewQuery },
  { method: 'get', path: '/api/framing', summary: 'Framing matrix (facts × outlets: reported, omitted, attribution) of articles picked by id (501 until src/corpus/framing provides it).', query: FramingQuery },
  { method: 'get', path: '/api/entities', summary: 'Knowledge-base entities with this name in any script.', query: EntityListQuery },
  { method: 'get', path: '/api/entities/{id}', summary: 'An entity: names across scripts, roles, and stored articles naming it (timeline).', params: EntityParam },
  { method: 'get', path: '/api/dossiers/{a}/{b}', summary: 'Dyad dossier: what happened between two actors (entity ids or names in any script) over time, built from the stored articles naming both (501 until available).', params: DyadParam, query: ViewQuery },
  { method: 'get', path: '/api/events', summary: 'Events of stored articles as JSON, JSON Lines or TSV; pages over articles.', query: EventsQuery },
];

const ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
};

function parameters(schema: z.ZodObject | undefined, where: 'query' | 'path') {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: prop,
  }));
}

/** Builds the document (once; it is static). */
export function buildOpenApi(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const responses: Record<string, unknown> = {
      '200': { description: 'OK', content: { 'application/json': {} } },
      '400': { description: 'Invalid request', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    };
    for (const [status, description] of Object.entries(op.responses ?? {})) {
      responses[status] = { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        summary: op.summary,
        parameters: [...parameters(op.params, 'path'), ...parameters(op.query, 'query')],
        ...(op.body ? { requestBody: op.body } : {}),
        ...(op.write ? { security: [{ bearer: [] }, {}] } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'crosswire API',
      version,
      description:
        'Multilingual news event intelligence over the local store. Errors are JSON {code, message}. Lists take limit (1–1000, default 20) and offset and answer nextOffset (null on the last page). Write requests need the header x-crosswire-client, and a bearer token when the server was started with one.',
    },
    paths,
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
