import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFormat } from './sniff.js';

test('extensions choose the reader', () => {
  assert.equal(detectFormat('a.txt', 'Plain text.'), 'text');
  assert.equal(detectFormat('a.MD', '# Title\nbody'), 'markdown');
  assert.equal(detectFormat('a.htm', '<p>fragment</p>'), 'html');
  assert.equal(detectFormat('a.rss', '<rss version="2.0"></rss>'), 'feed');
  assert.equal(detectFormat('a.ndjson', '{"text":"x"}'), 'jsonl');
});

test('content overrides an extension that lies', () => {
  assert.equal(detectFormat('page.txt', '\n<!DOCTYPE html>\n<html><body><p>x</p></body></html>'), 'html');
  assert.equal(detectFormat('feed.html', '<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0"/>'), 'feed');
  assert.equal(detectFormat('page.xml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'), 'html');
  assert.equal(detectFormat('data.xml', '{"text":"x"}'), 'jsonl');
  assert.deepEqual(detectFormat('sitemap.xml', '<?xml version="1.0"?><urlset/>'), {
    reason: 'unsupported',
    detail: 'XML with root <urlset> is neither an RSS nor an Atom feed',
  });
});

test('text files keep their reader unless the content is a whole document', () => {
  assert.equal(detectFormat('note.txt', '{ not json, just braces }'), 'text');
  assert.equal(detectFormat('note.md', '<b>bold</b> in Markdown'), 'markdown');
});

test('standard input and unknown extensions are sniffed', () => {
  assert.equal(detectFormat('-', '  {"text":"x"}\n'), 'jsonl');
  assert.equal(detectFormat('-', '<div><p>x</p></div>'), 'html');
  assert.equal(detectFormat('-', '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>'), 'feed');
  assert.equal(detectFormat('-', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'), 'feed');
  assert.equal(detectFormat('-', 'Путин заявил в среду…'), 'text');
  assert.equal(detectFormat('article', 'Text without extension'), 'text');
});
