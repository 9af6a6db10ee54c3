import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeRecord } from '../dossiers/record-fixture.js';
import { exportEvents, TSV_COLUMNS } from './index.js';

const record = makeRecord({
  id: 'art-1', language: 'ro', source: 'Agerpres', story: 'S7',
  text: 'Iranul a furnizat drone Rusiei.\tPezeshkian a vizitat Minsk.',
  events: [
    { type: 'AID', source: ['Q794'], target: ['Q159'], date: null, location: null, evidence: 'Iranul a furnizat drone Rusiei' },
    { type: 'CONSULT', mode: 'visit', source: ['Q5933752', 'Q794'], target: ['Q184'], date: '2025-08-20', location: 'Q2280', evidence: 'Pezeshkian a vizitat Minsk' },
  ],
});

test('TSV: one header, one row per event, actors joined by ";", evidence offsets', () => {
  const lines = exportEvents([record], 'tsv').trimEnd().split('\n');
  assert.equal(lines[0], TSV_COLUMNS.join('\t'));
  assert.equal(lines.length, 3);
  const visit = lines[2]!.split('\t');
  assert.deepEqual(visit, ['2025-08-20', 'Q5933752;Q794', 'Q184', 'CONSULT', 'visit', 'false', 'Q2280', 'S7', 'art-1', 'Agerpres', 'ro', '32', '58', 'Pezeshkian a vizitat Minsk']);
  assert.equal(record.events[1]!.evidence.start, 32);
  // An undated event leaves its date empty rather than inventing one.
  assert.equal(lines[1]!.split('\t')[0], '');
});

test('JSONL: one event per line with provenance; no records, no lines', () => {
  const lines = exportEvents([record], 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((e) => [e.type, e.article, e.evidenceStart, e.evidenceEnd, e.evidence]), [
    ['AID', 'art-1', 0, 30, 'Iranul a furnizat drone Rusiei'],
    ['CONSULT', 'art-1', 32, 58, 'Pezeshkian a vizitat Minsk'],
  ]);
  assert.equal(exportEvents([], 'jsonl'), '');
});
