import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrosswireError } from '../src/errors.js';
import { createArticle } from '../src/model/article.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import type { Stage } from '../src/pipeline/stage.js';

const article = createArticle({ text: 'Putin a spus miercuri.', publishedAt: '2025-08-20T10:00:00Z' }, 'a1');

const setLanguage: Stage = {
  name: 'fake-langid',
  version: 3,
  requires: [],
  provides: ['language'],
  run: () => ({ language: 'ro' }),
};

test('a stage whose requirement no earlier stage provides is rejected at build time', () => {
  const needsLanguage: Stage = { name: 'needs', version: 1, requires: ['language'], provides: ['tokens'], run: () => ({}) };
  assert.throws(
    () => createPipeline([needsLanguage, setLanguage]),
    (e: unknown) => e instanceof CrosswireError && e.code === 'STAGE_REQUIREMENT_MISSING' && /"needs" requires "language"/.test(e.message),
  );
  assert.doesNotThrow(() => createPipeline([setLanguage, needsLanguage]));
});

test('the same stage twice is rejected', () => {
  assert.throws(() => createPipeline([setLanguage, setLanguage]), (e: unknown) => e instanceof CrosswireError && e.code === 'STAGE_DUPLICATE');
});

test('a patch with keys the stage does not declare fails at run time', async () => {
  const sneaky: Stage = { name: 'sneaky', version: 1, requires: [], provides: ['language'], run: () => ({ language: 'ro', script: 'Latn' }) };
  await assert.rejects(createPipeline([sneaky]).run(article), (e: unknown) => e instanceof CrosswireError && e.code === 'STAGE_PATCH_UNDECLARED');
});

test('patches merge in order, versions are recorded, diagnostics carry the stage name', async () => {
  const reporter: Stage = {
    name: 'reporter',
    version: 2,
    requires: ['language'],
    provides: ['script'],
    run: (input, ctx) => {
      ctx.report({ code: 'reporter/seen', message: `saw ${input.language}`, severity: 'info' });
      return { script: 'Latn' };
    },
  };
  const analysis = await createPipeline([setLanguage, reporter]).run(article);
  assert.equal(analysis.language, 'ro');
  assert.equal(analysis.script, 'Latn');
  assert.deepEqual(analysis.analyzers, { 'fake-langid': 3, reporter: 2 });
  assert.deepEqual(analysis.diagnostics, [{ code: 'reporter/seen', message: 'saw ro', severity: 'info', stage: 'reporter' }]);
  assert.equal(analysis.article, article, 'the article is passed through untouched');
});

test('the reference time is the publication date when there is one, else the run time', async () => {
  const seen: Date[] = [];
  const probe: Stage = { name: 'probe', version: 1, requires: [], provides: [], run: (_i, ctx) => (seen.push(ctx.reference, ctx.now), {}) };
  const now = new Date('2026-01-01T00:00:00Z');
  await createPipeline([probe]).run(article, { now });
  await createPipeline([probe]).run(createArticle({ text: 'x' }, 'a2'), { now });
  assert.deepEqual(seen.map((d) => d.toISOString()), [
    '2025-08-20T10:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z',
  ]);
});

test('a built pipeline is frozen; with() derives a new one', () => {
  const pipeline = createPipeline([setLanguage]);
  assert.ok(Object.isFrozen(pipeline) && Object.isFrozen(pipeline.stages));
  const extended = pipeline.with((stages) => [...stages, { ...setLanguage, name: 'other' }]);
  assert.equal(pipeline.stages.length, 1);
  assert.equal(extended.stages.length, 2);
});
