import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span } from '../model/span.js';
import { parseQuery } from './query.js';
import { buildSnippet, findMatches } from './snippet.js';

// The original text each highlight covers.
function highlighted(snippet: { text: string; highlights: readonly Span[] }): string[] {
  return snippet.highlights.map((h) => snippet.text.slice(h.start, h.end));
}

function spanOf(text: string, word: string, from = 0): Span {
  const start = text.indexOf(word, from);
  assert.ok(start >= 0, `"${word}" is in the text`);
  return { start, end: start + word.length };
}

test('Persian: "تحريمها" highlights exactly the original "تحریم‌ها", ZWNJ and Persian yeh included', () => {
  const text = 'اتحادیه اروپا می‌گوید تحریم‌ها علیه بلاروس تمدید می‌شود.';
  const snippet = buildSnippet(text, parseQuery('تحريمها'));
  assert.deepEqual(findMatches(text, parseQuery('تحريمها')), [spanOf(text, 'تحریم‌ها')]);
  assert.equal(snippet.text, text);
  assert.deepEqual(snippet.span, { start: 0, end: text.length });
  assert.deepEqual(highlighted(snippet), ['تحریم‌ها']);
});

test('an unquoted word highlights its suffixed forms; a quoted word is matched whole', () => {
  const text = 'اتحادیه اروپا می‌گوید تحریم‌ها علیه بلاروس تمدید می‌شود.';
  assert.deepEqual(buildSnippet(text, parseQuery('"تحريم"')).highlights, []);
  assert.deepEqual(highlighted(buildSnippet(text, parseQuery('تحريم'))), ['تحریم‌ها']);
});

test('Arabic: "رييس" highlights "رئيس", with its harakat when the text is vocalised', () => {
  const plain = 'قال رئيس الوزراء العراقي إن الحكومة ماضية في الإصلاحات.';
  assert.deepEqual(findMatches(plain, parseQuery('رييس')), [spanOf(plain, 'رئيس')]);
  const vocalised = 'قالَ رَئِيسُ الوزراءِ إنَّ الحكومةَ ماضيةٌ';
  assert.deepEqual(highlighted(buildSnippet(vocalised, parseQuery('رييس'))), ['رَئِيسُ']);
  // Prefixes are not stripped: the article-prefixed "الرئيس" is another token.
  assert.deepEqual(findMatches('التقى الرئيس الإيراني نظيره البيلاروسي', parseQuery('رييس')), []);
});

test('Romanian: "Lukasenko" highlights "Lukașenko" and the legacy cedilla spelling "Lukaşenko"', () => {
  const text = 'Președintele Aleksandr Lukașenko l-a primit la Minsk pe omologul său, iar presa scrie Lukaşenko.';
  const matches = findMatches(text, parseQuery('Lukasenko'));
  assert.deepEqual(matches, [spanOf(text, 'Lukașenko'), spanOf(text, 'Lukaşenko')]);
  const phrase = buildSnippet(text, parseQuery('"aleksandr lukasenko"'));
  assert.deepEqual(highlighted(phrase), ['Aleksandr Lukașenko']);
});

test('a long text gives a window of about 160 units around the first hit, cut at white space', () => {
  const sentences = [
    'Belarus și Iran intenționează să aprofundeze relațiile bilaterale în toate domeniile, inclusiv în apărare.',
    'Agenția de presă de stat din Belarus, Belta, a relatat că cei doi președinți au convenit asupra unui tratat.',
    'Președintele Aleksandr Lukașenko a declarat că Minsk și Teheran fac pași consecvenți și echilibrați.',
    'Pezeshkian a spus că nu există restricții în dezvoltarea relațiilor cu Belarus.',
  ];
  const text = sentences.join('\n\n');
  const snippet = buildSnippet(text, parseQuery('Lukasenko'));
  const { start, end } = snippet.span;
  assert.ok(end - start <= 160 && end - start >= 100, `window length ${end - start}`);
  assert.ok(/\s/.test(text[start - 1]!), 'starts after white space');
  assert.ok(end === text.length || /\s/.test(text[end]!), 'ends before white space');
  assert.equal(snippet.text, text.slice(start, end).replace(/\s/g, ' '));
  assert.deepEqual(highlighted(snippet), ['Lukașenko']);
  const h = snippet.highlights[0]!;
  assert.deepEqual({ start: h.start + start, end: h.end + start }, spanOf(text, 'Lukașenko'));
});

test('without a match in the text (a title-only hit) the snippet is the start of the text', () => {
  const text = 'Agenția de presă de stat din Belarus, Belta, a relatat că cei doi președinți au convenit.';
  const snippet = buildSnippet(text, parseQuery('Teheran'), { width: 40 });
  assert.equal(snippet.span.start, 0);
  assert.equal(snippet.text, 'Agenția de presă de stat din Belarus,');
  assert.deepEqual(snippet.highlights, []);
});
