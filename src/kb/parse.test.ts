import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrosswireError } from '../errors.js';
import { parseKbText } from './parse.js';

const belarus = '{"id":"Q184","type":"GPE","names":{"en":["Belarus"],"ar":["بيلاروس"]},"roles":[]}';

test('a valid line parses, with defaults for omitted fields', () => {
  const [entity] = parseKbText(`// comment\n\n${belarus}\n`, 'k.jsonl');
  assert.equal(entity!.id, 'Q184');
  assert.deepEqual(entity!.names.ar, ['بيلاروس']);
  assert.deepEqual(entity!.demonyms, {});
  assert.deepEqual(entity!.weak, []);
});

test('bad JSON names the file and line', () => {
  assert.throws(
    () => parseKbText(`${belarus}\n{"id": "Q159",`, 'people.jsonl'),
    (e: unknown) => e instanceof CrosswireError && e.code === 'KB_INVALID' && /people\.jsonl, line 2: not valid JSON/.test(e.message),
  );
});

test('a schema violation names the field and echoes the id', () => {
  const line = '{"id":"Q7747","type":"PER","names":{"en":["Putin"]},"roles":[{"role":"president","of":"Q159","start":"2000-5-7"}]}';
  assert.throws(
    () => parseKbText(line, 'p.jsonl'),
    (e: unknown) => e instanceof CrosswireError && /p\.jsonl, line 1: roles\.0\.start: a date YYYY, YYYY-MM or YYYY-MM-DD \(id Q7747\)/.test(e.message),
  );
});

test('ids must be QIDs or provisional x: ids, and types are the KB types', () => {
  assert.throws(() => parseKbText('{"id":"Belarus","type":"GPE","names":{"en":["Belarus"]}}', 'a.jsonl'), /id: a Wikidata QID/);
  assert.throws(() => parseKbText('{"id":"Q1","type":"CITY","names":{"en":["X"]}}', 'a.jsonl'), /type/);
  assert.throws(() => parseKbText('{"id":"Q1","type":"GPE","names":{}}', 'a.jsonl'), /names: at least one language/);
  assert.throws(() => parseKbText('{"id":"Q1","type":"GPE","names":{"en":["X"]},"capitol":"Q2"}', 'a.jsonl'), /capitol/);
});

test('the same id twice in one file is an error naming both lines', () => {
  assert.throws(() => parseKbText(`${belarus}\n${belarus}`, 'dup.jsonl'), /dup\.jsonl, line 2: id Q184 already defined on line 1/);
});
