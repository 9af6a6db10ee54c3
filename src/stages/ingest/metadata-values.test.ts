import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toIsoDate, toLanguageCode } from './metadata-values.js';

test('ISO dates keep their stated offset and their precision', () => {
  assert.equal(toIsoDate('2025-08-20'), '2025-08-20');
  assert.equal(toIsoDate('2025-08-20T14:30:00+03:00'), '2025-08-20T14:30:00+03:00');
  assert.equal(toIsoDate('2025-08-20 14:30+0330'), '2025-08-20T14:30+03:30');
  assert.equal(toIsoDate(' 2025-08-20T11:00:00.250Z '), '2025-08-20T11:00:00.250Z');
});

test('RFC 822 feed dates become ISO with the same local time', () => {
  assert.equal(toIsoDate('Wed, 20 Aug 2025 14:30:00 +0300'), '2025-08-20T14:30:00+03:00');
  assert.equal(toIsoDate('Wed, 20 Aug 2025 14:30:00 -0500'), '2025-08-20T14:30:00-05:00');
  assert.equal(toIsoDate('Wed, 20 Aug 2025 11:30:00 GMT'), '2025-08-20T11:30:00Z');
});

test('things that are not dates are null', () => {
  for (const value of ['', '   ', 'yesterday', '1', '2025-13-45', 'not a date', null, undefined]) {
    assert.equal(toIsoDate(value), null, String(value));
  }
});

test('language tags reduce to ISO 639-1', () => {
  assert.deepEqual(['ar-EG', 'en_US', 'RO', 'fa', 'fas', 'x-klingon', '', null].map(toLanguageCode), ['ar', 'en', 'ro', 'fa', null, null, null, null]);
});
