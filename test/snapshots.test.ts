import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createDefaultStoryClusterer } from '../src/corpus/stories/index.js';
import { createArticle } from '../src/model/article.js';
import { toRecord } from '../src/output/record.js';
import { createDefaultPipeline } from '../src/pipeline/default.js';
import { ROOT } from './helpers/cli.js';

/**
 * Whole-output snapshots of the bundled sample articles: the JSON Lines record of each, as
 * `crosswire analyze --no-store` would print it, compared with `test/snapshots/<file>.json`. Any
 * change to any stage's output shows up here as a reviewable diff. Re-pin on purpose only:
 * `npm run test:update-snapshots`, then read the diff before committing.
 *
 * Only shipped models run (locally trained ones would make the output machine-dependent), and each
 * sample gets its publication date, so nothing depends on the clock.
 */

const UPDATE = process.env.CROSSWIRE_UPDATE_SNAPSHOTS === '1';
const SAMPLES = join(ROOT, 'samples');
const SNAPSHOTS = join(ROOT, 'test', 'snapshots');

// Publication dates of the samples, read from their datelines and the events they report.
const PUBLISHED: Record<string, string> = {
  '000': '2025-08-20',
  '001': '2023-03-13',
  '002': '2025-08-20',
  '003': '2025-08-20',
  '004': '2023-10-06',
};

const pipeline = await createDefaultPipeline({ localModels: false });
after(() => pipeline.dispose());

const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
const clusterer = createDefaultStoryClusterer({ kb: { userDir: null } });

for (const file of files) {
  test(`whole output of samples/${file} matches its snapshot`, async () => {
    const text = readFileSync(join(SAMPLES, file), 'utf8');
    const article = createArticle({ text, publishedAt: PUBLISHED[file.slice(0, 3)] ?? null, file: `samples/${file}` }, file.slice(0, 3));
    const analysis = await pipeline.run(article);
    const record = toRecord({ ...analysis, story: clusterer.assign(analysis).storyId });
    const path = join(SNAPSHOTS, file.replace(/\.txt$/u, '.json'));
    const actual = JSON.parse(JSON.stringify(record)) as unknown;
    if (UPDATE || !existsSync(path)) {
      writeFileSync(path, `${JSON.stringify(actual, null, 1)}\n`);
      if (!UPDATE) assert.fail(`no snapshot yet: wrote ${path}; review it and commit`);
      return;
    }
    assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')), `output changed; if intended, run npm run test:update-snapshots and review the diff`);
  });
}
