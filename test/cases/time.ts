/**
 * Checker for `src/languages/<code>/cases/time.jsonl`.
 *
 * `expect` lists every temporal expression the text holds, in order, with its surface text, TIMEX3
 * value and type; `[]` marks a negative (nothing may be extracted). `ref` is the publication date
 * the expressions resolve against (noon UTC of that day).
 */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { extractTimexes } from '../../src/stages/time/extract.js';
import type { LanguageCase } from './case.js';

/** Shape of `expect` in time cases. */
export const expectSchema = z.array(
  z.object({ text: z.string().min(1), value: z.string().min(1), type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']) }).strict(),
);

type TimeExpect = z.infer<typeof expectSchema>;

/** Extracts timexes with the case's reference date and compares text, value and type, plus spans. */
export function check(testCase: LanguageCase<TimeExpect>, code: string): void {
  const { text, ref, expect } = testCase;
  assert.ok(ref, `${testCase.where}: time cases need "ref"`);
  const found = extractTimexes(text, code, new Date(`${ref.slice(0, 10)}T12:00:00Z`));
  for (const t of found) assert.equal(text.slice(t.span.start, t.span.end), t.text, 'span must slice the original text');
  assert.deepEqual(
    found.map((t) => ({ text: t.text, value: t.value, type: t.type })),
    expect,
  );
}
