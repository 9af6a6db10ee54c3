/**
 * Checker for `src/languages/<code>/cases/quotes.jsonl`.
 *
 * `expect.mentions` stands in for the entities stage: every occurrence of each `text` becomes a
 * mention of entity `id` (longest first). `expect.quotes` lists the quotes in text order with their
 * exact surface text, whether they are direct, the speaker and via entity ids (or null), the cue's
 * surface text (or null), the stance, and optionally `speakerText`, what `speakerSpan` slices (null when
 * absent): a source no entity names is recorded there with `speaker: null`. An empty list is a negative case: nothing may be extracted.
 * Every span must slice the original text to the expected surface (convention 9).
 */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { findQuotes } from '../../src/stages/quotes/index.js';
import { analysisWithMentions, testContext } from '../../src/stages/quotes/testing.js';
import type { LanguageCase } from './case.js';

const MentionSchema = z
  .object({
    text: z.string().min(1),
    id: z.string().min(1),
    type: z.enum(['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC']),
    form: z.enum(['name', 'demonym', 'role']).optional(),
  })
  .strict();

const QuoteSchema = z
  .object({
    text: z.string().min(1),
    direct: z.boolean(),
    speaker: z.string().nullable(),
    via: z.string().nullable().default(null),
    cue: z.string().nullable(),
    stance: z.enum(['neutral', 'distancing', 'affirming']).optional(),
    /** Further speakers of a joint statement. */
    coSpeakers: z.array(z.string()).optional(),
    /** When given: the text `speakerSpan` slices (a name, pronoun, or a source no entity names), or null. */
    speakerText: z.string().nullable().optional(),
  })
  .strict();

/** Shape of `expect` in quotes cases. */
export const expectSchema = z.object({ mentions: z.array(MentionSchema).default([]), quotes: z.array(QuoteSchema) }).strict();

type QuotesExpect = z.infer<typeof expectSchema>;

/** Runs the quote finder with the given mentions and compares every quote. */
export function check(testCase: LanguageCase<QuotesExpect>, code: string): void {
  const { text, expect } = testCase;
  const entities = expect.mentions.map((m) => ({ id: m.id, type: m.type, name: m.text, surfaces: [m.text], ...(m.form ? { form: m.form } : {}) }));
  const found = findQuotes(analysisWithMentions(text, code, entities), testContext());
  for (const q of found) {
    assert.equal(text.slice(q.span.start, q.span.end), q.text, `quote span [${q.span.start}, ${q.span.end}) must slice the text`);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text, `cue span [${q.cue.start}, ${q.cue.end}) must slice the text`);
  }
  const actual = found.map((q) => ({
    text: q.text,
    direct: q.direct,
    speaker: q.speaker?.id ?? null,
    via: q.via?.id ?? null,
    cue: q.cue?.text ?? null,
    ...(q.stance && expect.quotes.some((e) => e.stance) ? { stance: q.stance } : {}),
    ...(q.coSpeakers?.length ? { coSpeakers: q.coSpeakers.map((c) => c.id) } : {}),
    ...(expect.quotes.some((e) => e.speakerText !== undefined) ? { speakerText: q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null } : {}),
  }));
  const wanted = expect.quotes.map((e) => ({
    text: e.text,
    direct: e.direct,
    speaker: e.speaker,
    via: e.via,
    cue: e.cue,
    ...(e.stance ? { stance: e.stance } : expect.quotes.some((x) => x.stance) ? { stance: 'neutral' } : {}),
    ...(e.coSpeakers ? { coSpeakers: e.coSpeakers } : {}),
    ...(expect.quotes.some((x) => x.speakerText !== undefined) ? { speakerText: e.speakerText ?? null } : {}),
  }));
  assert.deepEqual(actual, wanted, 'quotes');
}
