import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../kb/load.js';
import { analyzeSeedRecords } from '../../stages/events/test-support.js';
import { makeRecord } from '../dossiers/record-fixture.js';
import { compareStory, readNumber, renderFraming, type FramingMatrix } from './index.js';

const kb = loadKnowledgeBase({ userDir: null });
const PEZ = { id: 'Q5933752', name: 'Masoud Pezeshkian' };

const plain = makeRecord({
  id: 'r1', language: 'en', source: 'Wire',
  text: 'Pezeshkian visited Minsk on Wednesday. He said Iran is ready to help Belarus.',
  events: [{ type: 'CONSULT', mode: 'visit', source: [PEZ.id, 'Q794'], target: ['Q184'], date: '2025-08-20', location: 'Q2280', evidence: 'Pezeshkian visited Minsk on Wednesday' }],
  quotes: [{ text: 'Iran is ready to help Belarus', speaker: PEZ, cue: 'said' }],
});
const framed = makeRecord({
  id: 'r2', language: 'en', source: 'Exile TV',
  text: 'Pezeshkian visited Minsk on Wednesday and claimed Iran is ready to help Belarus, after the 12-day war with Israel. Iran has faced sanctions for more than 40 years.',
  entities: [{ id: 'Q801', type: 'GPE', name: 'Israel', mention: 'Israel' }],
  timexes: [{ text: '12-day', type: 'DURATION', value: 'P12D' }, { text: 'more than 40 years', type: 'DURATION', value: 'P40Y' }],
  events: [
    { type: 'CONSULT', mode: 'visit', source: [PEZ.id, 'Q794'], target: ['Q184'], date: '2025-08-20', location: 'Q2280', evidence: 'Pezeshkian visited Minsk on Wednesday' },
    { type: 'ASSAULT', source: ['Q801'], target: ['Q794'], date: null, location: null, evidence: 'the 12-day war with Israel' },
  ],
  quotes: [{ text: 'Iran is ready to help Belarus', speaker: PEZ, cue: 'claimed', stance: 'distancing' }],
});

const row = (m: FramingMatrix, kind: string, label: string) => {
  const r = m.rows.find((x) => x.kind === kind && x.label === label);
  assert.ok(r, `no ${kind} row "${label}"; rows: ${m.rows.map((x) => `${x.kind}:${x.label}`).join(', ')}`);
  return r;
};

test('the matrix shows shared facts, background, figures and attribution per outlet', () => {
  const m = compareStory([plain, framed], { kb });
  assert.equal(m.mainDate, '2025-08-20');
  assert.deepEqual(m.outlets.map((o) => o.outlet), ['Wire', 'Exile TV']);
  assert.deepEqual(row(m, 'event', 'CONSULT/visit Iran → Belarus in Minsk').cells.map((c) => c?.count ?? 0), [1, 1]);
  const war = row(m, 'background', 'ASSAULT · Israel');
  assert.deepEqual(war.cells.map((c) => c !== null), [false, true]);
  assert.deepEqual(war.cells[1]!.evidence.map((e) => [e.start, e.end]), [[framed.events[1]!.evidence.start, framed.events[1]!.evidence.end]]);
  assert.deepEqual(row(m, 'figure', '40 years').cells.map((c) => c !== null), [false, true]);
  assert.deepEqual(row(m, 'figure', '12 days').cells.map((c) => c !== null), [false, true]);
  const said = row(m, 'quote', 'statements by Masoud Pezeshkian').cells;
  assert.deepEqual(said.map((c) => [c?.attribution, c?.cues]), [['said', []], ['claimed', ['claimed']]]);
});

test('the rendering lists what only one outlet reports', () => {
  const text = renderFraming(compareStory([plain, framed], { kb }));
  assert.match(text, /\| statements by Masoud Pezeshkian \| ✓ \| ✓ claimed \(claimed\) \|/u);
  assert.match(text, /- Exile TV \(en\): background — ASSAULT · Israel/u);
  assert.doesNotMatch(text, /- Wire \(en\)/u);
});

test('a generic agent is compared through its country, never as a party of its own', () => {
  const agents = makeRecord({
    id: 'r3', language: 'en', source: 'Agency',
    text: 'Pezeshkian visited Minsk on Wednesday. Israeli troops attacked Iran in 2025.',
    events: [
      { type: 'CONSULT', mode: 'visit', source: [PEZ.id, 'Q794'], target: ['Q184'], date: '2025-08-20', location: 'Q2280', evidence: 'Pezeshkian visited Minsk on Wednesday' },
      { type: 'ASSAULT', source: ['agent:MIL', 'Q801'], target: ['Q794'], date: null, location: null, evidence: 'Israeli troops attacked Iran' },
    ],
  });
  const m = compareStory([plain, agents], { kb });
  assert.deepEqual(row(m, 'background', 'ASSAULT · Israel').cells.map((c) => c !== null), [false, true]);
  assert.ok(!m.rows.some((r) => r.label.includes('agent:')), m.rows.map((r) => r.label).join(', '));
});

test('numbers in Arabic-Indic and Persian digits read as ASCII', () => {
  assert.deepEqual(['۱۲', '٤٠', '100', '3,5'].map(readNumber), ['12', '40', '100', '3.5']);
});

const seeds = (await analyzeSeedRecords()).filter((r) => /^00[023]/u.test(r.id));
test('seeds: only the Persian report adds the 12-day war and "claimed"; only the Romanian cites 40 years', { skip: seeds.length ? false : 'seed articles not found' }, () => {
  const m = compareStory(seeds, { kb });
  const langs = m.outlets.map((o) => o.language);
  assert.deepEqual(langs, ['ar', 'ro', 'fa']);
  const only = (cells: readonly unknown[]) => langs.filter((_, i) => cells[i] !== null);
  assert.deepEqual(only(row(m, 'figure', '12 days').cells), ['fa']);
  assert.deepEqual(only(row(m, 'figure', '40 years').cells), ['ro']);
  assert.deepEqual(only(row(m, 'entity', 'Israel').cells), ['fa']);
  const israelWar = m.rows.filter((r) => r.kind === 'background' && r.key.includes('Q801'));
  assert.ok(israelWar.length > 0 && israelWar.every((r) => only(r.cells).join() === 'fa'));
  const pez = row(m, 'quote', 'statements by Masoud Pezeshkian').cells;
  assert.deepEqual(langs.filter((_, i) => pez[i]?.attribution === 'claimed'), ['fa']);
  assert.ok(pez[2]!.cues.includes('مدعی شد'));
  // Russia's war in Ukraine is background that every report adds.
  assert.deepEqual(only(row(m, 'background', 'ASSAULT · Russia, Ukraine').cells), ['ar', 'ro', 'fa']);
});
