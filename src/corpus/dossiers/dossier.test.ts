import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledgeBase } from '../../kb/load.js';
import { analyzeSeedRecords } from '../../stages/events/test-support.js';
import { makeRecord } from './record-fixture.js';
import { buildDossier, groupOccasions, renderDossier, resolveActor } from './index.js';
import { agentName } from './names.js';

const kb = loadKnowledgeBase({ userDir: null });
const IRAN = 'Q794';
const BELARUS = 'Q184';

const visit = makeRecord({
  id: 'a1', language: 'en', source: 'Reuters',
  text: 'Iranian President Masoud Pezeshkian visited Minsk on Wednesday. "We are ready to help," Pezeshkian said. Iran supplied drones to Russia.',
  entities: [{ id: 'Q5933752', type: 'PER', name: 'Masoud Pezeshkian', mention: 'Masoud Pezeshkian' }],
  events: [
    { type: 'CONSULT', mode: 'visit', source: ['Q5933752', IRAN], target: [BELARUS], date: '2025-08-20', location: 'Q2280', evidence: 'Iranian President Masoud Pezeshkian visited Minsk on Wednesday' },
    { type: 'AID', source: [IRAN], target: ['Q159'], date: null, location: null, evidence: 'Iran supplied drones to Russia' },
  ],
  quotes: [{ text: 'We are ready to help,', speaker: { id: 'Q5933752', name: 'Masoud Pezeshkian' }, cue: 'said' }],
});
const roadmap = makeRecord({
  id: 'a2', language: 'ro', source: 'Agerpres',
  text: 'În 2022, Raisi și Lukașenko au semnat la Teheran o foaie de parcurs pentru cooperare economică.',
  events: [{ type: 'AGREE', source: ['x:ebrahim-raisi', IRAN], target: ['Q2866', BELARUS], date: '2022', location: 'Q3616', evidence: 'Raisi și Lukașenko au semnat la Teheran o foaie de parcurs pentru cooperare economică' }],
});
const sameRoadmap = makeRecord({
  id: 'a3', language: 'en', source: 'IRNA',
  text: 'Raisi and Lukashenko signed a roadmap in Tehran on 1 March 2023.',
  events: [{ type: 'AGREE', source: ['x:ebrahim-raisi', IRAN], target: ['Q2866', BELARUS], date: '2023-03-01', location: 'Q3616', evidence: 'Raisi and Lukashenko signed a roadmap in Tehran on 1 March 2023' }],
});

test('actors resolve from ids and from names in any script', () => {
  assert.equal(resolveActor('Q184', [], kb), BELARUS);
  assert.equal(resolveActor('بيلاروس', [], kb), BELARUS);
  assert.equal(resolveActor('Iran', [], kb), IRAN);
  assert.equal(resolveActor('Nowhere-land', [], kb), null);
});

test('the timeline holds only events between the two, one occasion per date and place', () => {
  const d = buildDossier([visit, roadmap, sameRoadmap], 'Iran', 'Belarus', { kb });
  assert.deepEqual(d.timeline.map((o) => [o.date, o.location?.name, o.types]), [
    ['2023-03-01', 'Tehran', ['AGREE']],
    ['2025-08-20', 'Minsk', ['CONSULT/visit']],
  ]);
  // The year-only report of the same signing is kept as a disputed date, not a second occasion.
  assert.deepEqual(d.timeline[0]!.dateConflicts, [{ date: '2022', article: 'a2' }]);
  assert.deepEqual(d.timeline[0]!.outlets, ['Agerpres', 'IRNA']);
  // Drones to Russia are not between Iran and Belarus.
  assert.ok(d.timeline.every((o) => o.events.every((e) => e.type !== 'AID')));
  assert.equal(d.agreements.length, 2);
  assert.deepEqual(d.cooperationAreas.map((a) => a.area), ['economic']);
  assert.deepEqual(d.statements.map((s) => [s.side.id, s.speaker.name, s.text]), [[IRAN, 'Masoud Pezeshkian', 'We are ready to help,']]);
});

test('every rendered line cites its evidence; since drops earlier occasions', () => {
  const d = buildDossier([visit, roadmap, sameRoadmap], 'Iran', 'Belarus', { kb, since: '2024' });
  assert.deepEqual(d.timeline.map((o) => o.date), ['2025-08-20']);
  const md = renderDossier(d, 'md');
  const start = visit.events[0]!.evidence.start;
  assert.ok(md.includes(`[a1:${start}-${start + 62}]`), md);
  for (const line of md.split('\n').filter((l) => l.startsWith('- '))) assert.match(line, /\[a\d:\d+-\d+\]/u);
  assert.match(renderDossier(d, 'html'), /<a class="evidence" href="#article=a1&amp;start=0&amp;end=62"/u);
  assert.equal(JSON.parse(renderDossier(d, 'json')).a.id, IRAN);
});

test('generic actors read as the words their code has in the display language', () => {
  assert.equal(agentName('agent:COP', 'en'), 'police');
  assert.equal(agentName('agent:COP', 'ar'), 'الشرطة');
  assert.equal(agentName('agent:MIL', 'xx'), 'army', 'a display language without a pack falls back to English');
  assert.equal(agentName('agent:ZZZ', 'en'), 'agent:ZZZ', 'an unknown code stays an id');
});

test('an unknown actor is an invalid argument naming the input', () => {
  assert.throws(() => buildDossier([visit], 'Atlantis', 'Belarus', { kb }), /Invalid actor "Atlantis"/u);
});

test('occasions: a coarse date inside a precise one joins it', () => {
  const e = (date: string) => ({ ...buildDossier([visit], 'Iran', 'Belarus', { kb }).timeline[0]!.events[0]!, date });
  assert.deepEqual(groupOccasions([e('2025-08-20'), e('2025-08')]).map((o) => [o.date, o.events.length]), [['2025-08-20', 2]]);
});

const seeds = await analyzeSeedRecords();
test('seeds: Iran–Belarus reads as three occasions with cited quotes from both sides', { skip: seeds.length ? false : 'seed articles not found' }, () => {
  const d = buildDossier(seeds, 'Iran', 'بيلاروس', { kb });
  assert.deepEqual(d.timeline.map((o) => [o.date, o.location?.id]), [['2023-03-13', 'Q3616'], ['2023-10-06', 'Q2280'], ['2025-08-20', 'Q2280']]);
  assert.ok(d.timeline[2]!.types.includes('CONSULT/visit'));
  assert.deepEqual(d.timeline[2]!.languages, ['ar', 'fa', 'ro']);
  assert.ok(d.statements.some((s) => s.side.id === IRAN && s.speaker.id === 'Q5933752'));
  assert.ok(d.statements.some((s) => s.side.id === BELARUS && s.speaker.id === 'Q2866' && s.via?.id === 'x:belta'));
  const md = renderDossier(d, 'md');
  assert.match(md, /### 2025-08-20 · Minsk/u);
});
