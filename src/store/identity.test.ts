import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeForMatch } from '../stages/normalize/fold.js';
import { canonicalUrlKey, contentHash } from './identity.js';

test('URLs of the same page share a key', () => {
  const key = canonicalUrlKey('https://www.reuters.com/world/europe/belarus-iran-2024-12-10/');
  for (const variant of [
    'http://reuters.com/world/europe/belarus-iran-2024-12-10',
    'https://WWW.Reuters.com:443/world/europe/belarus-iran-2024-12-10/#comments',
    'https://www.reuters.com/world/europe/belarus-iran-2024-12-10/?utm_source=twitter&fbclid=abc',
    '  https://www.reuters.com/world/europe/belarus-iran-2024-12-10  ',
  ]) {
    assert.equal(canonicalUrlKey(variant), key, variant);
  }
  assert.equal(key, 'reuters.com/world/europe/belarus-iran-2024-12-10');
});

test('different pages keep different keys: path, meaningful query, host', () => {
  const base = canonicalUrlKey('https://www.irna.ir/news/85617342');
  assert.notEqual(canonicalUrlKey('https://www.irna.ir/news/85617343'), base);
  assert.notEqual(canonicalUrlKey('https://www.irna.ir/news?id=85617342'), canonicalUrlKey('https://www.irna.ir/news?id=1'));
  assert.equal(canonicalUrlKey('https://www.irna.ir/news?id=1&utm_medium=rss'), 'irna.ir/news?id=1');
  assert.notEqual(canonicalUrlKey('https://en.irna.ir/news/85617342'), base);
});

test('a string that is not an http(s) URL is kept as is', () => {
  assert.equal(canonicalUrlKey(' seeds/003.txt '), 'seeds/003.txt');
  assert.equal(canonicalUrlKey('urn:uuid:1234'), 'urn:uuid:1234');
});

test('content hash ignores white-space differences of the normalised text, nothing else', () => {
  const a = normalizeForMatch('رئيسي ولوكاشينكو يتفقان\r\nعلى خريطة طريق');
  const b = normalizeForMatch('رئيسي  ولوكاشينكو يتفقان\nعلى خريطة طريق ');
  const c = normalizeForMatch('رئيسي ولوكاشينكو يتفقان على خارطة طريق');
  assert.equal(contentHash(a), contentHash(b));
  assert.notEqual(contentHash(a), contentHash(c));
  assert.match(contentHash(a), /^[0-9a-f]{64}$/);
});
