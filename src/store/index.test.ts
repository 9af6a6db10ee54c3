import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_STORE_PATH, resolveStorePath } from './index.js';

test('the flag wins over CROSSWIRE_DB, which wins over the default', () => {
  const env = { CROSSWIRE_DB: '/data/news.db' };
  assert.equal(resolveStorePath('/tmp/flag.db', env), '/tmp/flag.db');
  assert.equal(resolveStorePath(undefined, env), '/data/news.db');
  assert.equal(resolveStorePath(undefined, {}), resolve(DEFAULT_STORE_PATH));
});

test('relative paths resolve against the working directory; blanks count as absent; :memory: stays', () => {
  assert.equal(resolveStorePath('stores/x.db', {}), resolve('stores/x.db'));
  assert.equal(resolveStorePath('  ', { CROSSWIRE_DB: ' ' }), resolve('crosswire.db'));
  assert.equal(resolveStorePath(':memory:', {}), ':memory:');
});
