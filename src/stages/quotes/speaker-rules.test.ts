import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from './index.js';
import { analysisWithMentions, testContext, type EntitySpec } from './testing.js';

/** Speaker rules, each with a hand-written sentence and a negative. */

const TRUMP: EntitySpec = { id: 'trump', type: 'PER', name: 'Donald Trump', surfaces: ['Trump'] };
const CLINTON: EntitySpec = { id: 'clinton', type: 'PER', name: 'Hillary Clinton', surfaces: ['Clinton'] };
const SANDERS: EntitySpec = { id: 'sanders', type: 'PER', name: 'Bernie Sanders', surfaces: ['Sanders'] };

/** [quote text, speaker id, speakerSpan text] of each quote found in `text`. */
function attributed(text: string, entities: readonly EntitySpec[]): [string, string | null, string | null][] {
  const found = findQuotes(analysisWithMentions(text, 'en', entities), testContext());
  return found.map((q) => [q.text, q.speaker?.id ?? null, q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null]);
}

test('a credit names its source after the cue, even when no entity names it', () => {
  assert.deepEqual(attributed('Clinton spoke in Iowa. Turnout fell sharply in rural counties, according to exit polls.', [CLINTON]), [
    ['Turnout fell sharply in rural counties', null, 'exit polls'],
  ]);
  // A named source is still the speaker.
  assert.deepEqual(attributed('Turnout fell sharply in rural counties, according to Sanders.', [SANDERS]), [
    ['Turnout fell sharply in rural counties', 'sanders', 'Sanders'],
  ]);
});

test('a quantifier or first-person subject names no entity and is not replaced by a name further back', () => {
  const text = 'Trump spoke in Ohio on Monday.\n\nSome accused Trump of inciting violence.';
  assert.deepEqual(attributed(text, [TRUMP]), [['Trump of inciting violence', null, 'Some']]);
  assert.deepEqual(attributed('I told Clinton that the case was political.', [CLINTON]), [['the case was political', null, 'I']]);
  assert.deepEqual(attributed('Many have argued that the rules are unfair.', []), [['the rules are unfair', null, 'Many']]);
  // The same words elsewhere in the clause are no subject.
  assert.deepEqual(attributed('Trump accused some reporters of bias.', [TRUMP]), [['some reporters of bias', 'trump', 'Trump']]);
});

test('a cue after a conjunction or a comma shares the subject of the predicate before it', () => {
  assert.deepEqual(attributed('Clinton thanked Sanders for his support and said the party was united.', [CLINTON, SANDERS]), [
    ['the party was united', 'clinton', 'Clinton'],
  ]);
  // After a closing quotation mark too: “fantastic,” telling …
  const text = 'Trump hailed the vote as “fantastic,” telling Sanders that the result was a great thing.';
  assert.deepEqual(attributed(text, [TRUMP, SANDERS]).at(-1), ['the result was a great thing', 'trump', 'Trump']);
  // Without a conjunction the nearest name is the subject.
  assert.deepEqual(attributed('Clinton left before Sanders said the party was united.', [CLINTON, SANDERS]), [
    ['the party was united', 'sanders', 'Sanders'],
  ]);
});

test('a chained cue continues the speaker of the previous frame of its sentence', () => {
  const text = '“We will win this state,” Clinton told Sanders on Friday, adding that the count was not over.';
  assert.deepEqual(attributed(text, [CLINTON, SANDERS]), [
    ['We will win this state,', 'clinton', 'Clinton'],
    ['the count was not over', 'clinton', 'Clinton'],
  ]);
  // A comma that closes a subject's aside is not a chain: the clause subject is read as usual.
  assert.deepEqual(attributed('The two lawmakers, however, argue that the rules are clear.', []), [['the rules are clear', null, 'two lawmakers']]);
});

test('a subject with an appositive between a quotation and its cue is the speaker, not the addressee', () => {
  const text = '“This party is not divided,” Sanders, a close adviser to Clinton, told Reuters.';
  const reuters: EntitySpec = { id: 'reuters', type: 'ORG', name: 'Reuters', surfaces: ['Reuters'] };
  assert.deepEqual(attributed(text, [SANDERS, CLINTON, reuters]), [['This party is not divided,', 'sanders', 'Sanders']]);
  // The head of the subject is its first name, not one inside the appositive.
  const org: EntitySpec = { id: 'mrc', type: 'ORG', name: 'Media Research Center', surfaces: ['Media Research Center'] };
  const bozell: EntitySpec = { id: 'bozell', type: 'PER', name: 'Brent Bozell', surfaces: ['Brent Bozell'] };
  assert.deepEqual(attributed('“Yes, I support him,” Brent Bozell, founder of the Media Research Center, said.', [bozell, org]), [
    ['Yes, I support him,', 'bozell', 'Brent Bozell'],
  ]);
  // Without an appositive the comma before the cue ends the content as before.
  assert.deepEqual(attributed('The economy is growing faster than expected, Sanders said.', [SANDERS]), [
    ['The economy is growing faster than expected', 'sanders', 'Sanders'],
  ]);
});

test('a short sentence after a quotation can be its cue', () => {
  const maher: EntitySpec = { id: 'maher', type: 'PER', name: 'Bill Maher', surfaces: ['Maher'] };
  assert.deepEqual(attributed('Clinton spoke first.\n\n“That is a false equivalency!” Maher replied.', [CLINTON, maher]), [
    ['That is a false equivalency!', 'maher', 'Maher'],
  ]);
  // A longer sentence is a new statement: its cue does not take the quotation before it.
  assert.deepEqual(attributed('“We won!” Maher left the stage, and Clinton said the party was united.', [CLINTON, maher]), [
    ['the party was united', 'clinton', 'Clinton'],
  ]);
});

test('the period of a title does not end the clause of an inverted subject', () => {
  const pike: EntitySpec = { id: 'pike', type: 'PER', name: 'Tyrone Pike', surfaces: ['Pike'] };
  const text = 'Clinton spoke first. As for the plan, “I kind of write it off,” said Mr. Pike, who sold a company.';
  assert.deepEqual(attributed(text, [CLINTON, pike]).map((q) => q[1]), ['pike']);
});

test('a pronoun subject may stand a few words before its cue, but not behind a name', () => {
  assert.deepEqual(attributed('Trump left early but later he has repeatedly told reporters that the vote was rigged.', [TRUMP]), [
    ['the vote was rigged', 'trump', 'he'],
  ]);
  assert.deepEqual(attributed('He waited until Clinton finally told reporters that the vote was over.', [CLINTON]), [
    ['the vote was over', 'clinton', 'Clinton'],
  ]);
});

test('a phrase right before the cue that names no one is the subject, not a name further back', () => {
  const whiteHouse: EntitySpec = { id: 'wh', type: 'ORG', name: 'White House', surfaces: ['White House'] };
  const reuters: EntitySpec = { id: 'reuters', type: 'ORG', name: 'Reuters', surfaces: ['Reuters'] };
  assert.deepEqual(attributed('Though the White House kept quiet about the timing, all signs pointed to an endorsement on Thursday.', [whiteHouse]), [
    ['an endorsement on Thursday', null, 'signs'],
  ]);
  assert.deepEqual(attributed('Clinton spoke first. “We will not quit,” a campaign aide told Reuters.', [CLINTON, reuters]), [
    ['We will not quit,', null, 'campaign aide'],
  ]);
  // A name in that phrase is still the subject.
  assert.deepEqual(attributed('At a rally in Ohio on Monday, Sanders said the race was close.', [SANDERS]), [
    ['the race was close', 'sanders', 'Sanders'],
  ]);
});

test('a time expression before the cue is not an unnamed subject', () => {
  const text = 'Sanders, a senator from Vermont, on Saturday criticized the accord as weak.';
  const at = text.indexOf('Saturday');
  const base = analysisWithMentions(text, 'en', [SANDERS]);
  const withTime = { ...base, timexes: [{ span: { start: at, end: at + 8 }, text: 'Saturday', type: 'DATE' as const, value: '2015-12-12' }] };
  const speakers = (a: typeof base) => findQuotes(a, testContext()).map((q) => [q.speaker?.id ?? null, q.speakerSpan && text.slice(q.speakerSpan.start, q.speakerSpan.end)]);
  assert.deepEqual(speakers(withTime), [['sanders', 'Sanders']]);
  // Unmarked, the same word reads as the subject phrase: the time stage's finding is what decides.
  assert.deepEqual(speakers(base), [[null, 'Saturday']]);
});

test('a subject with an appositive before its cue is not read as a statement before a postposed cue', () => {
  const abernathy: EntitySpec = { id: 'abernathy', type: 'PER', name: 'Brian Abernathy', surfaces: ['Brian Abernathy'] };
  assert.deepEqual(attributed('Brian Abernathy, the deputy manager of the city, said the flag was removed for good.', [abernathy]), [
    ['the flag was removed for good', 'abernathy', 'Brian Abernathy'],
  ]);
  const fbi: EntitySpec = { id: 'fbi', type: 'ORG', name: 'FBI', surfaces: ['FBI'] };
  assert.deepEqual(attributed('Later in the day, the FBI said it would cooperate.', [fbi]), [['it would cooperate', 'fbi', 'FBI']]);
  // After a quotation the inverted subject may be longer.
  const maxwell: EntitySpec = { id: 'maxwell', type: 'PER', name: 'Bree Maxwell', surfaces: ['Bree Maxwell'] };
  assert.deepEqual(attributed('“The count is over,” said Bree Maxwell, a volunteer in Richland County.', [maxwell]), [
    ['The count is over,', 'maxwell', 'Bree Maxwell'],
  ]);
});

test('the hyphen of "(R-Iowa)" is part of a name, not the comma before a postposed cue', () => {
  const grassley: EntitySpec = { id: 'grassley', type: 'PER', name: 'Chuck Grassley', surfaces: ['Chuck Grassley'] };
  const politico: EntitySpec = { id: 'politico', type: 'ORG', name: 'Politico', surfaces: ['Politico'] };
  const text = 'Biofuels do not stir up the same fervor among voters as they once did, Sen. Chuck Grassley (R-Iowa) told Politico.';
  assert.deepEqual(attributed(text, [grassley, politico]).map((q) => q[1]), ['grassley']);
  // A dash between spaces still separates the content from a postposed cue.
  assert.deepEqual(attributed('Biofuels do not stir up the same fervor among voters as they once did - Chuck Grassley said.', [grassley]), [
    ['Biofuels do not stir up the same fervor among voters as they once did', 'grassley', 'Chuck Grassley'],
  ]);
});

test('a cue closing an appositive after a name takes that name, not the clause’s first one', () => {
  const lange: EntitySpec = { id: 'lange', type: 'PER', name: 'Roberta Lange', surfaces: ['Roberta Lange'] };
  const nevada: EntitySpec = { id: 'nvdems', type: 'ORG', name: 'Nevada Democrats', surfaces: ['Nevada Democrats'] };
  const text = 'After the meeting of Nevada Democrats ended, Roberta Lange, the state party chairwoman, said she had received threats.';
  assert.deepEqual(attributed(text, [lange, nevada]), [['she had received threats', 'lange', 'Roberta Lange']]);
  // One comma before the cue is still a participle of the clause: its subject is named first.
  assert.deepEqual(attributed('Clinton thanked Sanders, adding that the party was united.', [CLINTON, SANDERS]), [
    ['the party was united', 'clinton', 'Clinton'],
  ]);
});
