/**
 * Checker for `src/languages/<code>/cases/normalize.jsonl`.
 *
 * `expect.normalized` is the matching form of `text` (letter variants, diacritics, digits, ZWNJ,
 * quotation marks and case folded). `expect.differsFrom` lists look-alikes that must NOT fold to the
 * same string (Russian й vs и, Persian پ vs ب): the negatives of convention 9.
 */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { foldText, normalizeForMatch } from '../../src/stages/normalize/index.js';
import type { LanguageCase } from './case.js';

/** Shape of `expect` in normalize cases. */
export const expectSchema = z
  .object({
    normalized: z.string(),
    differsFrom: z.array(z.string().min(1)).optional(),
  })
  .strict();

type NormalizeExpect = z.infer<typeof expectSchema>;

/** Compares `normalizeForMatch(text)`, checks `foldText` agrees and maps every offset into range. */
export function check(testCase: LanguageCase<NormalizeExpect>): void {
  const { text, expect } = testCase;
  assert.equal(normalizeForMatch(text), expect.normalized, `normalizeForMatch(${JSON.stringify(text)})`);

  const mapped = foldText(text);
  assert.equal(mapped.text, expect.normalized, 'foldText must give the same string as normalizeForMatch');
  assert.equal(mapped.origin.length, mapped.text.length + 1, 'origin has one entry per normalised unit plus the end');
  assert.equal(mapped.origin[mapped.text.length], text.length, 'the normalised end maps to the original end');
  let previous = 0;
  for (let i = 0; i < mapped.text.length; i++) {
    const at = mapped.origin[i]!;
    assert.ok(at >= 0 && at < text.length, `normalised offset ${i} maps to ${at}, outside [0, ${text.length})`);
    // Offsets only move forward: a span mapped back can never come out inverted.
    assert.ok(at >= previous, `normalised offset ${i} maps to ${at}, before offset ${i - 1} (${previous})`);
    previous = at;
  }

  for (const other of expect.differsFrom ?? []) {
    assert.notEqual(
      normalizeForMatch(other),
      expect.normalized,
      `${JSON.stringify(other)} must stay distinct from ${JSON.stringify(text)} after folding`,
    );
  }
}
