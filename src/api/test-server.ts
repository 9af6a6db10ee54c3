import type { FastifyInstance } from 'fastify';
import { createStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { createServer, type ServerOptions } from './server.js';

/**
 * Test helper: a server over a fresh in-memory store, with no UI unless asked. Shared by the API
 * tests and the browser tests so both build the server the same way.
 */
export async function createTestServer(options: Partial<ServerOptions> = {}): Promise<{ app: FastifyInstance; store: Store; close: () => Promise<void> }> {
  const store = options.store ?? createStore({ path: ':memory:' });
  const app = await createServer({ webRoot: null, views: {}, ...options, store });
  return {
    app,
    store,
    close: async () => {
      await app.close();
      store.close();
    },
  };
}

/** Articles whose every field carries an injection payload (articles are hostile input). */
export const HOSTILE_JSONL = [
  {
    id: 'hostile-1',
    title: '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">',
    text: 'Minsk talks <script>window.__pwned = 3</script> ended. <b onmouseover="window.__pwned=4">bold</b> "quoted" & done.\n\n<iframe src="javascript:window.__pwned=5"></iframe> A second paragraph about Belarus and Iran.',
    url: 'javascript:window.__pwned=6',
    source: '<svg onload="window.__pwned=7">',
    author: '"><script>window.__pwned=8</script>',
    publishedAt: '2025-08-20',
    language: 'en',
  },
]
  .map((r) => JSON.stringify(r))
  .join('\n');
