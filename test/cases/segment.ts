/**
 * Checker for `src/languages/<code>/cases/segment.jsonl`.
 *
 * `expect.sentences` lists the sentence texts, in order, exactly as they appear in `text`
 * (trimmed of surrounding white space). The checker also asserts that every span is in range,
 * trimmed, ordered and non-overlapping, and that its slice of the original is the expected text.
 */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { loadLanguage } from '../../src/languages/index.js';
import { segmentSentences } from '../../src/stages/segment/index.js';
import type { LanguageCase } from './case.js';

/** Shape of `expect` in segment cases. */
export const expectSchema = z.object({ sentences: z.array(z.string().min(1)).min(1) }).strict();

type SegmentExpect = z.infer<typeof expectSchema>;

/** Segments `text` with the language's pack and compares the sentence spans' texts. */
export function check(testCase: LanguageCase<SegmentExpect>, code: string): void {
  const { text, expect } = testCase;
  const spans = segmentSentences(text, loadLanguage(code));
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    expect.sentences,
    'sentence texts',
  );
  let previousEnd = 0;
  spans.forEach((s, i) => {
    assert.ok(s.start >= previousEnd && s.end > s.start && s.end <= text.length, `span ${i} [${s.start}, ${s.end}) out of order or range`);
    const slice = text.slice(s.start, s.end);
    assert.equal(slice, slice.trim(), `span ${i} must not start or end with white space`);
    assert.equal(slice, expect.sentences[i], `span ${i} [${s.start}, ${s.end}) must slice the original text`);
    previousEnd = s.end;
  });
}
