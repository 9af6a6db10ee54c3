import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli, tempDir } from './helpers/cli.js';

// `crosswire serve` from the built package (bin → dist/): the API answers and the UI is found
// at web/dist relative to dist/api/, as after `npm install`.

test('serve refuses to bind beyond loopback without a token', () => {
  const run = runCli(['serve', '--host', '0.0.0.0', '--db', join(tempDir(), 's.db')], { env: { CROSSWIRE_TOKEN: '' } });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--host "0\.0\.0\.0".*token/);
});

test('serve answers on 127.0.0.1 and serves the built UI from dist/', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'bin/crosswire.js'), 'serve', '--port', '0', '--db', join(tempDir(), 's.db')], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    const health = (await (await fetch(`${base}/api/health`)).json()) as { ok: boolean; articles: number };
    assert.deepEqual([health.ok, health.articles], [true, 0]);
    const page = await fetch(`${base}/`);
    if (existsSync(join(ROOT, 'web/dist/index.html'))) {
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="app">/);
    } else {
      assert.equal(page.status, 503, 'without a UI build, / says how to build it');
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  }
});
