import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../pipeline/pipeline.js';
import type { Stage } from '../../pipeline/stage.js';
import { findQuotes, quotes } from './index.js';
import { analysisWithMentions, testContext } from './testing.js';

test('the stage declares what it needs and returns only quotes', async () => {
  assert.equal(quotes.name, 'quotes');
  assert.deepEqual([...quotes.provides], ['quotes']);
  for (const key of ['sentences', 'tokens', 'mentions', 'entities'] as const) assert.ok(quotes.requires.includes(key));
  const analysis = analysisWithMentions('„Nu avem teme interzise”, a spus Lukașenko.', 'ro', [
    { id: 'luka', type: 'PER', name: 'Lukashenko', surfaces: ['Lukașenko'] },
  ]);
  const patch = await quotes.run(analysis, testContext());
  assert.deepEqual(Object.keys(patch), ['quotes']);
  assert.deepEqual(patch.quotes!.map((q) => [q.span, q.text, q.speaker?.id, q.cue]), [
    [{ start: 1, end: 23 }, 'Nu avem teme interzise', 'luka', { start: 26, end: 32, text: 'a spus' }],
  ]);
});

test('the pipeline refuses the stage without an entities stage before it', () => {
  const fake: Stage = { name: 'segment', version: 1, requires: [], provides: ['language', 'normalized', 'sentences', 'tokens', 'timexes'], run: () => ({}) };
  assert.throws(() => createPipeline([fake, quotes]), /requires "mentions"/);
});

test('a quote without a named speaker is kept with a diagnostic, not attributed to a guess', () => {
  const ctx = testContext();
  const found = findQuotes(analysisWithMentions('„Vom câștiga alegerile”, a declarat un oficial.', 'ro', []), ctx);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.speaker, null);
  assert.deepEqual(ctx.diagnostics, [
    { code: 'quotes/no-speaker', severity: 'info', message: 'No speaker found for the quote "Vom câștiga alegerile"', span: { start: 1, end: 22 } },
  ]);
});

test('a speech verb inside a quotation is not a cue of the article', () => {
  const text = 'Președintele a vorbit despre „ce a spus Putin ieri la Moscova”.';
  assert.deepEqual(findQuotes(analysisWithMentions(text, 'ro', [{ id: 'putin', type: 'PER', name: 'Putin', surfaces: ['Putin'] }]), testContext()), []);
});

test('an undetermined language yields no quotes', () => {
  const analysis = { ...analysisWithMentions('"Yes," he said.', 'en', []), language: 'und' };
  assert.deepEqual(findQuotes(analysis, testContext()), []);
});

test('the trace says how each speaker was found', () => {
  const ctx = testContext();
  findQuotes(analysisWithMentions('Сергей Лавров заявил, что Москва готова к диалогу.', 'ru', [
    { id: 'lavrov', type: 'PER', name: 'Sergey Lavrov', surfaces: ['Сергей Лавров'] },
  ]), ctx);
  assert.deepEqual(ctx.lines, ['quote cue "заявил" → speaker Sergey Lavrov (before), via ∅']);
});

test('an unclosed quotation mark is reported and read to the end of its paragraph', () => {
  const text = 'Lukașenko a spus: „Suntem pregătiți să discutăm orice subiect.\nAlt paragraf.';
  const ctx = testContext();
  const found = findQuotes(analysisWithMentions(text, 'ro', [{ id: 'luka', type: 'PER', name: 'Lukashenko', surfaces: ['Lukașenko'] }]), ctx);
  assert.deepEqual(found.map((q) => [q.text, q.speaker?.id, q.cue?.text]), [['Suntem pregătiți să discutăm orice subiect.', 'luka', 'a spus']]);
  assert.deepEqual(ctx.diagnostics, [
    { code: 'quotes/unclosed-mark', severity: 'info', message: 'Quotation mark at 18 is not closed; read to the end of its paragraph', span: { start: 18, end: 62 } },
  ]);
});

test('a source no entity names is kept as evidence in speakerSpan, with speaker null', () => {
  const cases: [string, string, string][] = [
    ['“We will not raise taxes,” a senior campaign official said.', 'We will not raise taxes,', 'senior campaign official'],
    ['Officials said the plant would close in May.', 'the plant would close in May', 'Officials'],
    ['The poll of likely voters shows the race tightening.', 'the race tightening', 'poll of likely voters'],
  ];
  for (const [text, quote, source] of cases) {
    const found = findQuotes(analysisWithMentions(text, 'en', []), testContext());
    assert.deepEqual(found.map((q) => [q.text, q.speaker, q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end)]), [[quote, null, source]], text);
    const at = text.indexOf(source);
    assert.deepEqual(found[0]!.speakerSpan, { start: at, end: at + source.length });
  }
});

test('a named subject is the speaker and no unnamed source is recorded beside it', () => {
  const text = 'Springfield mayor Joe Quimby said the plant would close.';
  const found = findQuotes(analysisWithMentions(text, 'en', [{ id: 'quimby', type: 'PER', name: 'Joe Quimby', surfaces: ['Joe Quimby'] }]), testContext());
  assert.deepEqual(found.map((q) => [q.text, q.speaker?.id, q.speakerSpan]), [['the plant would close', 'quimby', { start: 18, end: 28 }]]);
});

test('a participle after a comma shares the clause subject and gets no unnamed source of its own', () => {
  const text = 'Officials said the plant would close, adding that jobs would be lost.';
  const found = findQuotes(analysisWithMentions(text, 'en', []), testContext());
  assert.deepEqual(found.map((q) => [q.text, q.speaker, q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end)]), [
    ['the plant would close', null, 'Officials'],
    ['jobs would be lost', null, 'Officials'],
  ]);
});
