import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
import { EventsQuery, nextOffset } from '../schemas.js';

/**
 * `GET /api/events`: the events of stored articles (the `events[]` of each output record), as JSON,
 * JSON Lines, or a GDELT/PLOVER-like TSV (date, source actors, target actors, type, mode,
 * location, article, evidence offsets). Pages go over ARTICLES (newest first), so a page is
 * bounded work whatever the events per article; follow `nextOffset` for the rest.
 */

/** One exported event, with its article and evidence offsets into the original text. */
export interface ExportedEvent {
  readonly article: string;
  readonly language: string;
  readonly source: string | null;
  readonly type: string;
  readonly mode: string | null;
  readonly actors: { readonly source: readonly string[]; readonly target: readonly string[] };
  readonly date: string | null;
  readonly location: string | null;
  readonly negated: boolean;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
}

const TSV_COLUMNS = ['date', 'source', 'target', 'type', 'mode', 'negated', 'location', 'article', 'language', 'outlet', 'start', 'end'];

/** Registers `GET /api/events`. */
export function registerEventRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/api/events', async (request, reply) => {
    const { format, ...query } = EventsQuery.parse(request.query);
    const articles = ctx.store.listArticles(query);
    const events = articles.flatMap((summary) => eventsOf(ctx, summary.id));
    const next = nextOffset(query, articles.length);
    if (next !== null) void reply.header('x-next-offset', String(next));
    if (format === 'jsonl') return reply.type('application/x-ndjson; charset=utf-8').send(events.map((e) => JSON.stringify(e)).join('\n'));
    if (format === 'tsv') return reply.type('text/tab-separated-values; charset=utf-8').send(toTsv(events));
    return { items: events, limit: query.limit, offset: query.offset, nextOffset: next };
  });
}

function eventsOf(ctx: ApiContext, id: string): ExportedEvent[] {
  const stored = ctx.store.getArticle(id);
  const events = stored?.record.events;
  if (!stored || !Array.isArray(events)) return [];
  return events.map((raw) => {
    const e = raw as Record<string, unknown>;
    const evidence = (e.evidence ?? {}) as { start?: number; end?: number; text?: string };
    return {
      article: stored.id,
      language: stored.language,
      source: stored.source,
      type: String(e.type ?? ''),
      mode: typeof e.mode === 'string' ? e.mode : null,
      actors: { source: strings(e.source), target: strings(e.target) },
      date: typeof e.date === 'string' ? e.date : null,
      location: typeof e.location === 'string' ? e.location : null,
      negated: e.negated === true,
      evidence: { start: evidence.start ?? 0, end: evidence.end ?? 0, text: evidence.text ?? '' },
    };
  });
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

// TSV cells cannot hold tabs or newlines; they become spaces (the evidence text is not exported here, its offsets are).
function toTsv(events: readonly ExportedEvent[]): string {
  const cell = (v: unknown) => String(v ?? '').replace(/[\t\r\n]+/g, ' ');
  const rows = events.map((e) =>
    [e.date, e.actors.source.join(';'), e.actors.target.join(';'), e.type, e.mode, e.negated, e.location, e.article, e.language, e.source, e.evidence.start, e.evidence.end]
      .map(cell)
      .join('\t'),
  );
  return [TSV_COLUMNS.join('\t'), ...rows].join('\n') + '\n';
}
