import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createServer } from './server.js';
import { createTestServer, HOSTILE_JSONL } from './test-server.js';
import { createStore } from '../store/index.js';

const WRITE = { 'x-crosswire-client': 'test', 'content-type': 'application/x-ndjson' };

const ARTICLES = [
  { id: 'ro-1', title: 'Lukașenko îl primește pe Pezeshkian la Minsk', text: 'Președintele Aleksandr Lukașenko l-a primit miercuri la Minsk pe Masoud Pezeshkian. Cei doi au semnat un acord.', source: 'Digi24', publishedAt: '2025-08-20', language: 'ro' },
  { id: 'ar-1', title: 'بزشكيان في مينسك', text: 'وصل الرئيس الإيراني مسعود بزشكيان إلى مينسك يوم الأربعاء للقاء الرئيس ألكسندر لوكاشينكو.', source: 'SANA', publishedAt: '2025-08-21', language: 'ar' },
  { id: 'en-1', title: 'Putin meets Lukashenko', text: 'Vladimir Putin met Alexander Lukashenko in Moscow on Tuesday to discuss the union state.', source: 'Reuters', publishedAt: '2024-03-05', language: 'en' },
]
  .map((a) => JSON.stringify(a))
  .join('\n');

describe('API over a seeded store', () => {
  let server: Awaited<ReturnType<typeof createTestServer>>;
  before(async () => {
    server = await createTestServer();
    const response = await server.app.inject({ method: 'POST', url: '/api/ingest?wait=true', headers: WRITE, payload: ARTICLES });
    assert.equal(response.statusCode, 200, response.body);
    const job = response.json();
    assert.equal(job.state, 'done');
    assert.equal(job.summary.inserted, 3);
  });
  after(() => server.close());

  test('health reports the article count and which corpus views exist', async () => {
    const health = (await server.app.inject('/api/health')).json();
    assert.equal(health.articles, 3);
    assert.deepEqual(health.views, { stories: false, dossiers: false, framing: false });
  });

  test('articles list newest first, paged, with nextOffset', async () => {
    const first = (await server.app.inject('/api/articles?limit=2')).json();
    assert.deepEqual(first.items.map((a: { id: string }) => a.id), ['ar-1', 'ro-1']);
    assert.equal(first.nextOffset, 2);
    const second = (await server.app.inject('/api/articles?limit=2&offset=2')).json();
    assert.deepEqual(second.items.map((a: { id: string }) => a.id), ['en-1']);
    assert.equal(second.nextOffset, null);
    const ro = (await server.app.inject('/api/articles?language=ro')).json();
    assert.deepEqual(ro.items.map((a: { id: string }) => a.id), ['ro-1']);
  });

  test('one article has its original text and a record whose offsets point into it', async () => {
    const article = (await server.app.inject('/api/articles/ar-1')).json();
    assert.match(article.text, /^وصل الرئيس/);
    assert.equal(article.record.id, 'ar-1');
    for (const t of article.record.timexes) assert.equal(article.text.slice(t.start, t.end), t.text);
    assert.equal(article.contentHash, undefined);
  });

  test('search finds across scripts with filters and facets', async () => {
    const all = (await server.app.inject(`/api/search?q=${encodeURIComponent('Lukasenko')}`)).json();
    assert.deepEqual(all.items.map((h: { id: string }) => h.id), ['ro-1']);
    const minsk = (await server.app.inject(`/api/search?q=Minsk&facets=true`)).json();
    assert.equal((await server.app.inject('/api/search?q=Minsk')).json().facets, null, 'facets only on request');
    assert.deepEqual(minsk.facets.language, [{ value: 'ro', count: 1 }]);
    assert.deepEqual(minsk.facets.month, [{ value: '2025-08', count: 1 }]);
    const since = (await server.app.inject('/api/search?q=Lukashenko&since=2025')).json();
    assert.equal(since.items.length, 0);
    const source = (await server.app.inject('/api/search?q=Lukashenko&source=reuters')).json();
    assert.deepEqual(source.items.map((h: { id: string }) => h.id), ['en-1']);
  });

  test('bad parameters are 400 with a code and a message naming the parameter', async () => {
    for (const url of ['/api/search', '/api/search?q=x&limit=5000', '/api/search?q=x&language=Romanian', '/api/articles?lang=ro', '/api/search?q=x&since=August']) {
      const response = await server.app.inject(url);
      assert.equal(response.statusCode, 400, url);
      const body = response.json();
      assert.equal(body.code, 'INVALID_REQUEST', url);
      assert.equal(typeof body.message, 'string');
    }
    assert.match((await server.app.inject('/api/search?q=x&limit=5000')).json().message, /^limit:/);
  });

  test('unknown articles and routes are 404 JSON', async () => {
    const missing = await server.app.inject('/api/articles/nope');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'NOT_FOUND');
    const route = await server.app.inject('/api/nothing-here');
    assert.equal(route.statusCode, 404);
    assert.equal(route.json().code, 'NOT_FOUND');
  });

  test('a server without corpus views answers 501 for stories, dossiers and framing', async () => {
    for (const url of ['/api/stories', '/api/stories/s1', '/api/stories/s1/framing', '/api/dossiers/Q794/Q184']) {
      const response = await server.app.inject(url);
      assert.equal(response.statusCode, 501, url);
      assert.equal(response.json().code, 'NOT_IMPLEMENTED');
      assert.match(response.json().message, /src\/corpus\//);
    }
  });

  test('the entity page gives names across scripts and articles naming the entity', async () => {
    const lookup = (await server.app.inject(`/api/entities?q=${encodeURIComponent('Лукашенко')}`)).json();
    const id = lookup.items[0]?.id as string;
    assert.ok(id, 'Lukashenko is in the bundled knowledge base');
    const entity = (await server.app.inject(`/api/entities/${id}`)).json();
    assert.ok(Object.keys(entity.names).length >= 3);
    const ids = entity.appearances.map((a: { id: string }) => a.id).sort();
    assert.ok(ids.includes('ro-1') && ids.includes('en-1'), JSON.stringify(ids));
    assert.equal((await server.app.inject('/api/entities/Q999999999')).statusCode, 404);
    assert.equal((await server.app.inject('/api/entities/not-a-qid')).statusCode, 400);
  });

  test('events export as JSON, JSON Lines and TSV, paged over articles', async () => {
    const json = (await server.app.inject('/api/events?limit=2')).json();
    assert.ok(Array.isArray(json.items));
    assert.equal(json.nextOffset, 2);
    const tsv = await server.app.inject('/api/events?format=tsv');
    assert.match(tsv.headers['content-type'] as string, /tab-separated/);
    assert.equal(tsv.body.split('\n')[0], 'date\tsource\ttarget\ttype\tmode\tnegated\tlocation\tarticle\tlanguage\toutlet\tstart\tend');
    const jsonl = await server.app.inject('/api/events?format=jsonl');
    assert.match(jsonl.headers['content-type'] as string, /ndjson/);
  });

  test('the OpenAPI document lists every route', async () => {
    const doc = (await server.app.inject('/api/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/api/articles', '/api/articles/{id}', '/api/search', '/api/ingest', '/api/ingest/jobs/{id}', '/api/stories', '/api/stories/{id}', '/api/stories/{id}/framing', '/api/entities/{id}', '/api/dossiers/{a}/{b}', '/api/events']) {
      assert.ok(doc.paths[path], path);
    }
    const search = doc.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
    for (const name of ['q', 'language', 'source', 'since', 'until', 'entity', 'limit', 'offset']) assert.ok(search.includes(name), name);
  });

  test('every response carries a CSP that forbids inline script', async () => {
    const response = await server.app.inject('/api/health');
    assert.match(response.headers['content-security-policy'] as string, /script-src 'self'/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
  });
});

describe('corpus views', () => {
  test('the dyad dossier is wired to src/corpus/dossiers when it exists', async (t) => {
    const server = await createTestServer({ views: undefined });
    try {
      const health = (await server.app.inject('/api/health')).json();
      if (!health.views.dossiers) return t.skip('src/corpus/dossiers does not export buildDossier in this build');
      await server.app.inject({ method: 'POST', url: '/api/ingest?wait=true', headers: WRITE, payload: ARTICLES });
      const response = await server.app.inject('/api/dossiers/Q794/Q184');
      assert.equal(response.statusCode, 200, response.body);
      const dossier = response.json();
      assert.deepEqual([dossier.a.id, dossier.b.id], ['Q794', 'Q184']);
      assert.ok(Array.isArray(dossier.timeline));
      const unknown = await server.app.inject(`/api/dossiers/${encodeURIComponent('Nowhere Land')}/Q184`);
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().code, 'INVALID_ARGUMENT');
    } finally {
      await server.close();
    }
  });
});

describe('framing', () => {
  test('the framing matrix of picked articles is wired to src/corpus/framing when it exists', async (t) => {
    const server = await createTestServer({ views: undefined });
    try {
      if (!(await server.app.inject('/api/health')).json().views.framing) return t.skip('src/corpus/framing does not export compareStory in this build');
      await server.app.inject({ method: 'POST', url: '/api/ingest?wait=true', headers: WRITE, payload: ARTICLES });
      const response = await server.app.inject('/api/framing?ids=ro-1,ar-1');
      assert.equal(response.statusCode, 200, response.body);
      const matrix = response.json();
      assert.deepEqual(matrix.outlets.map((o: { article: string }) => o.article), ['ro-1', 'ar-1']);
      assert.ok(Array.isArray(matrix.rows));
      assert.equal((await server.app.inject('/api/framing?ids=nope')).statusCode, 404);
      assert.equal((await server.app.inject('/api/framing?ids=a/b')).statusCode, 400);
    } finally {
      await server.close();
    }
  });
});

describe('corpus views over the store', () => {
  test('ingested articles form stories: the Minsk visit in Romanian and Arabic is one story', async () => {
    const server = await createTestServer({ views: undefined });
    try {
      await server.app.inject({ method: 'POST', url: '/api/ingest?wait=true', headers: WRITE, payload: ARTICLES });
      const health = (await server.app.inject('/api/health')).json();
      assert.deepEqual(health.views, { stories: true, dossiers: true, framing: true });
      const stories = (await server.app.inject('/api/stories')).json();
      const members = await Promise.all(
        stories.items.map(async (s: { id: string }) => (await server.app.inject(`/api/stories/${s.id}`)).json().members.map((m: { id: string }) => m.id).sort()),
      );
      assert.deepEqual(members.sort(), [['ar-1', 'ro-1'], ['en-1']].sort());
    } finally {
      await server.close();
    }
  });
});

describe('ingest', () => {
  test('hostile fields are stored verbatim and served as JSON, never as HTML', async () => {
    const server = await createTestServer();
    try {
      const job = (await server.app.inject({ method: 'POST', url: '/api/ingest?wait=true', headers: WRITE, payload: HOSTILE_JSONL })).json();
      assert.equal(job.summary.inserted, 1, JSON.stringify(job));
      const response = await server.app.inject('/api/articles/hostile-1');
      assert.match(response.headers['content-type'] as string, /^application\/json/);
      const article = response.json();
      assert.equal(article.title, '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">');
      assert.match(article.text, /<script>window.__pwned = 3<\/script>/);
    } finally {
      await server.close();
    }
  });

  test('without ?wait the job is queued (202) and can be polled to completion', async () => {
    const server = await createTestServer();
    try {
      const queued = await server.app.inject({ method: 'POST', url: '/api/ingest', headers: WRITE, payload: ARTICLES });
      assert.equal(queued.statusCode, 202);
      const { id } = queued.json();
      let job = queued.json();
      for (let i = 0; i < 200 && job.state !== 'done'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        job = (await server.app.inject(`/api/ingest/jobs/${id}`)).json();
      }
      assert.equal(job.state, 'done');
      assert.equal(job.processed, 3);
      assert.equal(job.articles.length, 3);
    } finally {
      await server.close();
    }
  });

  test('a JSON body (one article or an array) is ingested too; bad lines are rejected, not fatal', async () => {
    const server = await createTestServer();
    try {
      const single = (await server.app.inject({ method: 'POST', url: '/api/ingest?wait=true', headers: { 'x-crosswire-client': 't' }, payload: { id: 'j1', title: 'T', text: 'Belarus and Iran signed a roadmap in Minsk.' } })).json();
      assert.equal(single.summary.inserted, 1);
      const mixed = (await server.app.inject({ method: 'POST', url: '/api/ingest?wait=true', headers: WRITE, payload: '{"id":"ok","text":"Iran and Belarus."}\n{not json' })).json();
      assert.equal(mixed.summary.inserted, 1);
      assert.equal(mixed.rejected.length, 1);
      assert.equal(mixed.rejected[0].reason, 'malformed');
    } finally {
      await server.close();
    }
  });

  test('an empty body is a 400', async () => {
    const server = await createTestServer();
    try {
      const response = await server.app.inject({ method: 'POST', url: '/api/ingest', headers: WRITE, payload: '' });
      assert.equal(response.statusCode, 400);
    } finally {
      await server.close();
    }
  });

  test('a body over the upload limit is 413 PAYLOAD_TOO_LARGE with a clear message', async () => {
    const server = await createTestServer({ maxUploadBytes: 1024 });
    try {
      const response = await server.app.inject({ method: 'POST', url: '/api/ingest', headers: WRITE, payload: 'x'.repeat(4096) });
      assert.equal(response.statusCode, 413);
      assert.equal(response.json().code, 'PAYLOAD_TOO_LARGE');
      assert.match(response.json().message, /too large/i);
    } finally {
      await server.close();
    }
  });
});

describe('security', () => {
  test('writes need the client header (a cross-site form cannot post)', async () => {
    const server = await createTestServer();
    try {
      const response = await server.app.inject({ method: 'POST', url: '/api/ingest', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().code, 'UNAUTHORIZED');
    } finally {
      await server.close();
    }
  });

  test('with a token, writes need it and reads do not', async () => {
    const server = await createTestServer({ token: 's3cret' });
    try {
      const none = await server.app.inject({ method: 'POST', url: '/api/ingest', headers: WRITE, payload: ARTICLES });
      assert.equal(none.statusCode, 401);
      const wrong = await server.app.inject({ method: 'POST', url: '/api/ingest', headers: { ...WRITE, authorization: 'Bearer nope' }, payload: ARTICLES });
      assert.equal(wrong.statusCode, 401);
      const right = await server.app.inject({ method: 'POST', url: '/api/ingest?wait=true', headers: { ...WRITE, authorization: 'Bearer s3cret' }, payload: ARTICLES });
      assert.equal(right.statusCode, 200);
      assert.equal((await server.app.inject('/api/articles')).statusCode, 200);
    } finally {
      await server.close();
    }
  });

  test('binding beyond loopback without a token is refused; with one it is allowed', async () => {
    const store = createStore({ path: ':memory:' });
    try {
      await assert.rejects(createServer({ store, host: '0.0.0.0', views: {}, webRoot: null }), /token/);
      const app = await createServer({ store, host: '0.0.0.0', token: 't', views: {}, webRoot: null });
      await app.close();
    } finally {
      store.close();
    }
  });

  test('on loopback, requests naming another host are refused (DNS rebinding)', async () => {
    const server = await createTestServer();
    try {
      const response = await server.app.inject({ url: '/api/health', headers: { host: 'evil.example:8377' } });
      assert.equal(response.statusCode, 401);
      assert.equal((await server.app.inject({ url: '/api/health', headers: { host: '127.0.0.1:8377' } })).statusCode, 200);
    } finally {
      await server.close();
    }
  });
});

describe('web UI files', () => {
  const root = mkdtempSync(join(tmpdir(), 'crosswire-web-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(root, 'app.js'), 'console.log(1)');

  test('serves files, falls back to index.html for app paths, never escapes the root', async () => {
    const server = await createTestServer({ webRoot: root });
    try {
      const js = await server.app.inject('/app.js');
      assert.equal(js.statusCode, 200);
      assert.match(js.headers['content-type'] as string, /javascript/);
      const page = await server.app.inject('/stories/abc');
      assert.match(page.body, /<title>ui<\/title>/);
      for (const url of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2fpackage.json']) {
        const response = await server.app.inject(url);
        assert.doesNotMatch(response.body, /"name": "crosswire"/, url);
      }
      const api = await server.app.inject('/api/unknown');
      assert.equal(api.statusCode, 404);
      assert.equal(api.json().code, 'NOT_FOUND');
    } finally {
      await server.close();
    }
  });

  test('without a built UI, / explains how to build it', async () => {
    const server = await createTestServer({ webRoot: join(root, 'missing') });
    try {
      const response = await server.app.inject('/');
      assert.equal(response.statusCode, 503);
      assert.match(response.body, /npm run build:web/);
    } finally {
      await server.close();
    }
  });
});
