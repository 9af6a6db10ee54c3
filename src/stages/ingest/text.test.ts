import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { detectTitle, readText } from './text.js';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');

function fieldsOf(text: string, markdown = false) {
  const record = readText(text, { markdown });
  assert.ok('fields' in record);
  return record.fields;
}

test('seeds 001, 003 and 004 have title lines; 000 and 002 open with a sentence', (t) => {
  if (!existsSync(SEEDS)) return t.skip('../shared/seeds absent');
  const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
  assert.equal(fieldsOf(seed('001_6b92ae3c6fbfddf2.txt')).title, 'رئيسي ولوكاشينكو يتفقان على خريطة طريق للتعاون بين إيران وبيلاروس');
  assert.equal(fieldsOf(seed('003_8e6abbce684b6d74.txt')).title, 'پزشکیان برای مقابله با تحریمهای غرب، به رییسجمهور بلاروس مشاوره میدهد');
  assert.equal(fieldsOf(seed('004_5bb3f30f2253b840.txt')).title, 'بيلاروسيا: ينبغي زيادة تعاون الدول المستقلة في مواجهة السياسات الغربية');
  assert.equal(fieldsOf(seed('000_55d3b1c5a80e4628.txt')).title, null);
  assert.equal(fieldsOf(seed('002_675631768e0e57dd.txt')).title, null);
});

test('the title line stays in the text, and trailing white space goes', () => {
  const text = 'Belarus and Iran sign a roadmap\n\nThe presidents signed a roadmap in Tehran on Monday.\n\n  \n';
  const fields = fieldsOf(text);
  assert.equal(fields.title, 'Belarus and Iran sign a roadmap');
  assert.equal(fields.text, 'Belarus and Iran sign a roadmap\n\nThe presidents signed a roadmap in Tehran on Monday.');
  assert.equal(fields.text.slice(0, fields.title!.length), fields.title);
});

test('Markdown: "# " is stripped from the title value only', () => {
  const fields = fieldsOf('# Belarus and Iran sign a roadmap #\n\nThe presidents signed it on Monday.\n', true);
  assert.equal(fields.title, 'Belarus and Iran sign a roadmap');
  assert.ok(fields.text.startsWith('# Belarus and Iran sign a roadmap #\n'));
  // In plain text a leading # is part of the line.
  assert.equal(detectTitle('# Not markdown\nbody', false), '# Not markdown');
});

test('no title: sentence punctuation, a single line, or a line too long', () => {
  assert.equal(detectTitle('The talks went well.\nMore text.', false), null);
  assert.equal(detectTitle('آیا مذاکرات ادامه دارد؟\nمتن خبر', false), null);
  assert.equal(detectTitle('He said: “We are ready.”\nMore text.', false), null);
  assert.equal(detectTitle('Only a headline', false), null);
  assert.equal(detectTitle(`${'word '.repeat(45)}\nbody`, false), null);
  assert.equal(detectTitle('\n\n  Headline after blank lines\nbody', false), 'Headline after blank lines');
});
