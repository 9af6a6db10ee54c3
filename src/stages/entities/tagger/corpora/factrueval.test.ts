import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readFactRuEval } from './factrueval.js';

// A hand-written document in the factRuEval-2016 standoff format (not taken from the corpus).
const dir = mkdtempSync(join(tmpdir(), 'factru-'));
const TEXT = 'Мэр Москвы Сергей Собянин посетил Тверскую площадь. Об этом сообщила пресс-служба мэрии.';
writeFileSync(join(dir, 'book_7.txt'), TEXT);
writeFileSync(join(dir, 'book_7.tokens'), [
  '1 0 3 Мэр', '2 4 6 Москвы', '3 11 6 Сергей', '4 18 7 Собянин', '5 26 7 посетил', '6 34 8 Тверскую', '7 43 7 площадь', '8 50 1 .', '',
  '9 52 2 Об', '10 55 4 этом', '11 60 8 сообщила', '12 69 12 пресс-служба', '13 82 5 мэрии', '14 87 1 .', '',
].join('\n'));
writeFileSync(join(dir, 'book_7.spans'), [
  '101 job 0 3 1 1  # 1 Мэр',
  '102 loc_name 4 6 2 1  # 2 Москвы',
  '103 name 11 6 3 1  # 3 Сергей',
  '104 surname 18 7 4 1  # 4 Собянин',
  '105 loc_name 34 8 6 1  # 6 Тверскую',
  '106 loc_descr 43 7 7 1  # 7 площадь',
  '107 org_descr 82 5 13 1  # 13 мэрии',
].join('\n'));
writeFileSync(join(dir, 'book_7.objects'), [
  '201 LocOrg 102 # Москвы',
  '202 Person 103 104 # Сергей Собянин',
  '203 Location 105 106 # Тверскую площадь',
  '204 Org 107 # мэрии',
].join('\n'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('readFactRuEval', () => {
  it('reads sentences and the name part of each object', () => {
    const sentences = readFactRuEval(dir);
    assert.equal(sentences.length, 2);
    assert.deepEqual(sentences[0]!.tokens.slice(0, 4), ['Мэр', 'Москвы', 'Сергей', 'Собянин']);
    assert.deepEqual(sentences[0]!.spans, [
      { start: 1, end: 2, type: 'LOC' },
      { start: 2, end: 4, type: 'PER' },
      { start: 5, end: 6, type: 'LOC' },
    ]);
    assert.equal(sentences[0]!.doc, 'book_7');
  });

  it('gives nothing for an object with no name span (an Org made of a descriptor)', () => {
    assert.deepEqual(readFactRuEval(dir)[1]!.spans, []);
  });
});
