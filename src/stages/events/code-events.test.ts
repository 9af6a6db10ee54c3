import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, EventRecord } from '../../model/analysis.js';
import { analyzeForTest } from './test-support.js';

// Entity ids of the knowledge base (Wikidata QIDs).
const IRAN = 'Q794';
const BELARUS = 'Q184';
const RUSSIA = 'Q159';
const MINSK = 'Q2280';
const PEZESHKIAN = 'Q5933752';
const LUKASHENKO = 'Q2866';

const evidence = (a: Analysis, e: EventRecord): string => a.article.text.slice(e.evidence.start, e.evidence.end);

test('a background supply is coded AID with its actors and no borrowed date', async () => {
  const text = 'Pezeshkian a vizitat Belarusul miercuri. Iranul a furnizat drone Rusiei pentru a fi folosite în război.';
  const a = await analyzeForTest({ text, language: 'ro', date: '2025-08-20' });
  assert.deepEqual(a.events.map((x) => [x.type, x.date]), [['CONSULT', '2025-08-20'], ['AID', null]]);
  const e = a.events[1];
  assert.deepEqual({ type: e!.type, source: e!.source, target: e!.target, date: e!.date, negated: e!.negated }, { type: 'AID', source: [IRAN], target: [RUSSIA], date: null, negated: false });
  assert.equal(evidence(a, e!), 'Iranul a furnizat drone Rusiei pentru a fi folosite în război');
  assert.equal(e!.evidence.start, text.indexOf('Iranul'));
});

test('a visit to a city: CONSULT/visit, the person carries their country, the host is the city\'s country', async () => {
  const text = 'مسعود پزشکیان روز چهارشنبه به مینسک سفر کرد.';
  const a = await analyzeForTest({ text, language: 'fa', date: '2025-08-20' });
  const visit = a.events.find((e) => e.type === 'CONSULT');
  assert.ok(visit, 'no CONSULT event');
  assert.deepEqual(
    { mode: visit.mode, source: visit.source, target: visit.target, location: visit.location, date: visit.date },
    { mode: 'visit', source: [PEZESHKIAN, IRAN], target: [BELARUS], location: MINSK, date: '2025-08-20' },
  );
  assert.equal(evidence(a, visit), 'مسعود پزشکیان روز چهارشنبه به مینسک سفر کرد');
});

test('"did not support" is a negated SUPPORT', async () => {
  const a = await analyzeForTest({ text: 'Belarus did not support Iran during the war.', language: 'en', date: '2025-08-20' });
  const e = a.events.find((x) => x.type === 'SUPPORT');
  assert.ok(e);
  assert.deepEqual({ source: e.source, target: e.target, negated: e.negated }, { source: [BELARUS], target: [IRAN], negated: true });
});

test('a signing dated in its own clause keeps that date, not the article\'s', async () => {
  const a = await analyzeForTest({ text: 'كما وقعت طهران على اتفاقية تعاون استراتيجي مع موسكو، يناير الماضي.', language: 'ar', date: '2025-08-20' });
  const e = a.events.find((x) => x.type === 'AGREE');
  assert.ok(e);
  // Tehran and Moscow stand for their states (capital metonymy).
  assert.deepEqual({ source: e.source, target: e.target, date: e.date, location: e.location }, { source: [IRAN], target: [RUSSIA], date: '2025-01', location: null });
});

test('the main event\'s date goes only to events between the article\'s two main countries', async () => {
  const text =
    'Лукашенко и Пезешкиан провели переговоры в Минске в среду. Президенты Ирана и Белоруссии подписали соглашение. Иран поставил дроны России.';
  const a = await analyzeForTest({ text, language: 'ru', date: '2025-08-20' });
  const types = a.events.map((e) => [e.type, e.date]);
  assert.deepEqual(types, [['CONSULT', '2025-08-20'], ['AGREE', '2025-08-20'], ['AID', null]]);
  const talks = a.events[0]!;
  assert.deepEqual(new Set([...talks.source, ...talks.target]), new Set([LUKASHENKO, BELARUS, PEZESHKIAN, IRAN]));
  assert.equal(talks.location, MINSK);
});

test('negatives: no cue, or a cue with nobody named, codes nothing', async () => {
  for (const [text, language] of [
    ['The weather in Minsk was sunny on Wednesday.', 'en'],
    ['Războiul a continuat.', 'ro'],
    ['وكانت الأجواء في مينسك مشمسة.', 'ar'],
  ] as const) {
    const a = await analyzeForTest({ text, language, date: '2025-08-20' });
    assert.deepEqual(a.events, [], text);
  }
});

test('every evidence span slices the original text inside one sentence', async () => {
  const text = 'Iran and Belarus agreed to work on a treaty, Belta reported. Lukashenko visited Tehran in March 2023.';
  const a = await analyzeForTest({ text, language: 'en', date: '2025-08-20' });
  assert.ok(a.events.length >= 2);
  for (const e of a.events) {
    const inside = a.sentences.some((s) => s.span.start <= e.evidence.start && e.evidence.end <= s.span.end);
    assert.ok(inside, `evidence ${e.evidence.start}-${e.evidence.end} crosses a sentence`);
    assert.ok(evidence(a, e).length > 0);
  }
  // Belta reported the agreement; it is not a party to it.
  assert.ok(a.events.every((e) => !e.source.includes('x:belta') && !e.target.includes('x:belta')));
  const visit = a.events.find((e) => e.mode === 'visit');
  assert.deepEqual({ source: visit?.source, target: visit?.target, date: visit?.date }, { source: [LUKASHENKO, BELARUS], target: [IRAN], date: '2023-03' });
});

test('the governing verb sets the category: intentions become AGREE or THREATEN, complements drop', async () => {
  const cases = [
    ['Russia refused to allow Ukraine to export grain.', 'REJECT'],
    ['Iran will supply drones to Russia.', 'AGREE'],
    ['Russia would impose sanctions on Belarus.', 'THREATEN'],
    ['Iran supplied drones to Russia.', 'AID'],
  ] as const;
  for (const [text, type] of cases) {
    const a = await analyzeForTest({ text, language: 'en', date: '2025-08-20' });
    assert.deepEqual(a.events.map((e) => e.type), [type], text);
  }
});
