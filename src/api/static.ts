import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.js';

/**
 * Serves the built web UI. `web/dist` is resolved relative to THIS module: two levels up from
 * src/api/ (running with tsx) and from dist/api/ (after `npm run build`) alike, so the same
 * lookup works in development and from the installed package.
 */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Registers the UI: files under `root`, and index.html for any other non-API path (client-side
 * routes). When the UI is not built, `/` explains how to build it instead of failing obscurely.
 */
export function registerStatic(app: FastifyInstance, root: string): void {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const index = join(base, 'index.html');
  app.get('/*', async (request, reply) => {
    const path = decodeURIComponent((request.params as { '*': string })['*'] ?? '');
    if (path.startsWith('api/')) throw new ApiError('NOT_FOUND', `No API route ${request.method} /${path}. See /api/openapi.json.`);
    const file = normalize(join(base, path));
    // Reject anything that escapes the root (../ tricks, encoded or not).
    const inside = file.startsWith(base);
    const target = inside && path !== '' && existsSync(file) && extname(file) !== '' ? file : index;
    if (!existsSync(target)) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(`The web UI is not built (looked in ${base}). Run "npm run build:web", then reload.\nThe JSON API is available under /api (see /api/openapi.json).\n`);
    }
    const cache = target === index ? 'no-cache' : 'public, max-age=31536000, immutable';
    return reply.type(TYPES[extname(target)] ?? 'application/octet-stream').header('cache-control', cache).send(await readFile(target));
  });
}
