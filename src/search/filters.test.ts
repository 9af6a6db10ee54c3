import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrosswireError } from '../errors.js';
import { resolveFilter, resolvePage, toTimestamp } from './filters.js';

const invalid = (name: string) => (e: unknown) =>
  e instanceof CrosswireError && e.code === 'INVALID_ARGUMENT' && e.message.includes(name);

test('a date bound names a whole UTC period: since at its start, until up to its end', () => {
  assert.deepEqual(resolveFilter({ since: '2024-10-02', until: '2024-10-02' }), {
    language: null,
    source: null,
    sinceMs: Date.UTC(2024, 9, 2),
    untilMs: Date.UTC(2024, 9, 3),
  });
  assert.equal(resolveFilter({ until: '2024-12' }).untilMs, Date.UTC(2025, 0, 1));
  assert.equal(resolveFilter({ since: '2024' }).sinceMs, Date.UTC(2024, 0, 1));
  assert.equal(resolveFilter({ until: '2024-10-02T08:00:00+03:00' }).untilMs, Date.UTC(2024, 9, 2, 5) + 1);
});

test('language is lower-cased and checked; source is trimmed; empty strings mean no filter', () => {
  const f = resolveFilter({ language: 'FA', source: ' BBC Persian ', since: '' });
  assert.equal(f.language, 'fa');
  assert.equal(f.source, 'BBC Persian');
  assert.equal(f.sinceMs, null);
  assert.throws(() => resolveFilter({ language: 'farsi' }), invalid('language'));
});

test('dates that are not ISO 8601 or do not exist are rejected, naming the flag', () => {
  assert.throws(() => resolveFilter({ since: '02/10/2024' }), invalid('since'));
  assert.throws(() => resolveFilter({ until: '2024-02-30' }), invalid('until'));
  assert.throws(() => resolveFilter({ until: '2024-13' }), invalid('until'));
  assert.throws(() => resolveFilter({ since: 'yesterday' }), invalid('since'));
});

test('toTimestamp reads dates and date-times, taking a missing offset as UTC', () => {
  assert.equal(toTimestamp('2024-10-02'), Date.UTC(2024, 9, 2));
  assert.equal(toTimestamp('2024-10-02T10:30:00'), Date.UTC(2024, 9, 2, 10, 30));
  assert.equal(toTimestamp('2024-10-02T10:30:00+03:30'), Date.UTC(2024, 9, 2, 7, 0));
  assert.equal(toTimestamp('۱۴۰۳/۰۷/۱۱'), null);
  assert.equal(toTimestamp(null), null);
});

test('page limits are checked', () => {
  assert.deepEqual(resolvePage(undefined, undefined, 20), { limit: 20, offset: 0 });
  assert.throws(() => resolvePage(0, 0, 20), invalid('limit'));
  assert.throws(() => resolvePage(5, -1, 20), invalid('offset'));
  assert.throws(() => resolvePage(1.5, 0, 20), invalid('limit'));
});
