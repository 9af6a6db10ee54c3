/**
 * Checker for `src/languages/<code>/cases/events.jsonl`.
 *
 * `expect` lists every event the text codes, in order: PLOVER category, mode (or null), source and
 * target entity ids (a person followed by their country), date (or null), location (or null),
 * negation, and the evidence text; `[]` marks a negative. `ref` is the publication date. The real
 * stages the coder reads (normalize, segment, time, entities without the statistical tagger,
 * quotes) run first.
 */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { analyzeForTest } from '../../src/stages/events/test-support.js';
import type { LanguageCase } from './case.js';

/** Shape of `expect` in events cases. */
export const expectSchema = z.array(
  z
    .object({
      type: z.string().regex(/^[A-Z]+$/),
      mode: z.string().nullable().default(null),
      source: z.array(z.string()),
      target: z.array(z.string()),
      date: z.string().nullable(),
      location: z.string().nullable().default(null),
      negated: z.boolean().default(false),
      evidence: z.string().min(1),
    })
    .strict(),
);

type EventsExpect = z.infer<typeof expectSchema>;

/** Codes the events of the case text and compares them, evidence spans included. */
export async function check(testCase: LanguageCase<EventsExpect>, code: string): Promise<void> {
  const { text, ref, expect } = testCase;
  assert.ok(ref, `${testCase.where}: events cases need "ref"`);
  const analysis = await analyzeForTest({ text, language: code, date: ref.slice(0, 10) });
  const found = analysis.events.map((e) => ({
    type: e.type,
    mode: e.mode ?? null,
    source: [...e.source],
    target: [...e.target],
    date: e.date,
    location: e.location,
    negated: e.negated ?? false,
    evidence: text.slice(e.evidence.start, e.evidence.end),
  }));
  for (const [i, e] of analysis.events.entries()) {
    assert.ok(e.evidence.start >= 0 && e.evidence.end <= text.length && e.evidence.start < e.evidence.end, `event ${i}: evidence span out of the text`);
  }
  assert.deepEqual(found, expect);
}
