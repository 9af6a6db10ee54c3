import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitParagraphs } from './paragraphs.js';

const slices = (text: string): string[] => splitParagraphs(text).map((s) => text.slice(s.start, s.end));

test('blank lines separate paragraphs; single newlines inside them do not', () => {
  const text = 'Title line\nsecond line\n\n  Body one.  \n \n\nBody two.';
  assert.deepEqual(slices(text), ['Title line\nsecond line', 'Body one.', 'Body two.']);
  assert.deepEqual(splitParagraphs(text)[1], { start: 26, end: 35 });
});

test('without any blank line, each line is a paragraph', () => {
  const text = 'رئيسي ولوكاشينكو يتفقان\nطهران- سانا\r\nأعلن الرئيس الإيراني';
  assert.deepEqual(slices(text), ['رئيسي ولوكاشينكو يتفقان', 'طهران- سانا', 'أعلن الرئيس الإيراني']);
});

test('CRLF blank lines count as blank lines', () => {
  assert.deepEqual(slices('One.\r\n\r\nTwo.\r\nstill two.'), ['One.', 'Two.\r\nstill two.']);
});

test('empty and white-space-only text has no paragraphs', () => {
  assert.deepEqual(splitParagraphs(''), []);
  assert.deepEqual(splitParagraphs(' \n\n \t'), []);
});
