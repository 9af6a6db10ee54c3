/**
 * Issue 7 "done when" on the seed articles (../shared/seeds): the Minsk visit, the agreement to work
 * on a strategic partnership treaty, the 2023 roadmap and documents signed in Tehran, the October
 * 2023 consultations in Minsk, and background events with their own dates. Expectations were written
 * by reading the articles. Skips when the seeds folder is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Analysis, EventRecord } from '../../model/analysis.js';
import { analyzeForTest } from './test-support.js';

const SEEDS = new URL('../../../../shared/seeds/', import.meta.url);
const skip = existsSync(SEEDS) ? false : 'seed articles not found at ../shared/seeds';
const ID = { iran: 'Q794', belarus: 'Q184', russia: 'Q159', israel: 'Q801', minsk: 'Q2280', tehran: 'Q3616', pezeshkian: 'Q5933752', putin: 'Q7747' };

async function analyseSeed(file: string, language: string, date: string): Promise<Analysis> {
  return analyzeForTest({ text: readFileSync(new URL(file, SEEDS), 'utf8'), language, date, id: file });
}

interface Want {
  readonly type: string;
  readonly mode?: string;
  readonly from: string;
  readonly to: string;
  readonly date: string | null;
  readonly location?: string | null;
  /** Words the evidence must contain, to pick the right clause. */
  readonly cue: string;
}

function find(a: Analysis, want: Want): EventRecord {
  const text = a.article.text;
  const hit = a.events.find((e) => e.type === want.type && text.slice(e.evidence.start, e.evidence.end).includes(want.cue));
  const listing = a.events.map((e) => `${e.type} ${e.source.join('+')}→${e.target.join('+')} ${e.date} "${text.slice(e.evidence.start, e.evidence.end).slice(0, 40)}"`).join('\n');
  assert.ok(hit, `no ${want.type} event with "${want.cue}" in its evidence; events:\n${listing}`);
  assert.ok(hit.source.includes(want.from), `${want.type} "${want.cue}": source ${hit.source.join(',')} lacks ${want.from}`);
  assert.ok(hit.target.includes(want.to), `${want.type} "${want.cue}": target ${hit.target.join(',')} lacks ${want.to}`);
  assert.equal(hit.date, want.date, `${want.type} "${want.cue}": date`);
  if (want.mode) assert.equal(hit.mode, want.mode);
  if (want.location !== undefined) assert.equal(hit.location, want.location, `${want.type} "${want.cue}": location`);
  return hit;
}

test('seed 000 (ar): talks in Minsk, the treaty agreement, drones and the January treaty with Moscow', { skip }, async () => {
  const a = await analyseSeed('000_55d3b1c5a80e4628.txt', 'ar', '2025-08-20');
  find(a, { type: 'CONSULT', from: ID.iran, to: ID.belarus, date: '2025-08-20', location: ID.minsk, cue: 'محادثات في مينسك' });
  find(a, { type: 'AGREE', from: ID.belarus, to: ID.iran, date: '2025-08-20', location: ID.minsk, cue: 'اتفقا على العمل لإبرام معاهدة' });
  find(a, { type: 'AID', from: ID.iran, to: ID.russia, date: null, cue: 'زودت إيران' });
  find(a, { type: 'AGREE', from: ID.iran, to: ID.russia, date: '2025-01', location: null, cue: 'وقعت طهران' });
});

test('seed 001 (ar): the roadmap agreed in Tehran and the 8 documents signed there', { skip }, async () => {
  const a = await analyseSeed('001_6b92ae3c6fbfddf2.txt', 'ar', '2023-03-13');
  find(a, { type: 'AGREE', from: ID.iran, to: ID.belarus, date: '2023-03-13', location: ID.tehran, cue: 'خريطة طريق شاملة' });
  find(a, { type: 'AGREE', from: ID.iran, to: ID.belarus, date: '2023-03-13', location: ID.tehran, cue: 'وتم التوقيع' });
  find(a, { type: 'CONSULT', mode: 'visit', from: ID.belarus, to: ID.iran, date: '2023-03-13', cue: 'زيارة لوكاشينكو إلى إيران' });
});

test('seed 002 (ro): intent to deepen ties in Minsk, drones, the January treaty with Putin', { skip }, async () => {
  const a = await analyseSeed('002_675631768e0e57dd.txt', 'ro', '2025-08-20');
  find(a, { type: 'AGREE', from: ID.belarus, to: ID.iran, date: '2025-08-20', location: ID.minsk, cue: 'intenționează' });
  find(a, { type: 'AID', from: ID.iran, to: ID.russia, date: null, cue: 'a furnizat drone' });
  find(a, { type: 'AGREE', from: ID.pezeshkian, to: ID.putin, date: '2025-01', cue: 'a semnat în ianuarie' });
});

test('seed 003 (fa): the visit to Minsk, and the 12-day war only as background', { skip }, async () => {
  const a = await analyseSeed('003_8e6abbce684b6d74.txt', 'fa', '2025-08-20');
  find(a, { type: 'CONSULT', mode: 'visit', from: ID.pezeshkian, to: ID.belarus, date: '2025-08-20', location: ID.minsk, cue: 'در سفری' });
  const war = a.events.filter((e) => e.type === 'ASSAULT' && [...e.source, ...e.target].includes(ID.israel));
  assert.ok(war.length > 0, 'the 12-day war with Israel is not coded');
  assert.ok(war.every((e) => e.date === null), 'the war must not take the visit date');
});

test('seed 004 (ar): the October 2023 political consultations in Minsk and the earlier roadmap in Tehran', { skip }, async () => {
  const a = await analyseSeed('004_5bb3f30f2253b840.txt', 'ar', '2023-10-06');
  find(a, { type: 'CONSULT', mode: 'visit', from: ID.iran, to: ID.belarus, date: '2023-10-06', location: ID.minsk, cue: 'يزور مينسك' });
  find(a, { type: 'CONSULT', from: ID.iran, to: ID.belarus, date: '2023-10-06', location: ID.minsk, cue: 'للمشاورات السياسية' });
  find(a, { type: 'AGREE', from: ID.iran, to: ID.belarus, date: '2022', location: ID.tehran, cue: 'على خارطة الطريق' });
  // The agency in the dateline reports; it does not act.
  assert.ok(a.events.every((e) => !e.source.includes('x:irna')));
});
