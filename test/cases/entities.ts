/**
 * Checker for `src/languages/<code>/cases/entities.jsonl`.
 *
 * `expect.mentions` lists every entity mention of the text, in text order, with its exact surface
 * text and entity id (a Wikidata QID, a KB `x:` id, or the provisional `x:` id of an unknown name),
 * and optionally its form (name | demonym | role) and type. The engine must produce exactly that list:
 * an empty list is a negative case (look-alike names, common words equal to a name). Every span must
 * slice the original text to the mention's text (convention 9). `ref` is the article date, on which
 * office holders are resolved (default 2025-08-20). Runs on the bundled KB only (no user KB) and
 * without the statistical tagger, so cases do not depend on installed models.
 */
import assert from 'node:assert/strict';
import { z } from 'zod';
import { loadKnowledgeBase } from '../../src/kb/index.js';
import { loadLanguage } from '../../src/languages/index.js';
import { recognizeEntities } from '../../src/stages/entities/index.js';
import { segmentSentences, tokenize } from '../../src/stages/segment/index.js';
import type { LanguageCase } from './case.js';

const MentionSchema = z
  .object({
    text: z.string().min(1),
    id: z.string().regex(/^(Q\d+|x:.+)$/u, 'a QID or an x: id'),
    form: z.enum(['name', 'demonym', 'role']).optional(),
    type: z.enum(['PER', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC']).optional(),
  })
  .strict();

/** Shape of `expect` in entities cases. */
export const expectSchema = z.object({ mentions: z.array(MentionSchema) }).strict();

type EntitiesExpect = z.infer<typeof expectSchema>;

const DEFAULT_REF = '2025-08-20';

/** Runs recognition and linking on the case text and compares the full list of mentions. */
export function check(testCase: LanguageCase<EntitiesExpect>, code: string): void {
  const { text, expect } = testCase;
  const kb = loadKnowledgeBase({ userDir: null });
  const pack = loadLanguage(code);
  const mentions = recognizeEntities(
    { text, tokens: tokenize(text), sentences: segmentSentences(text, pack).map((span) => ({ span })), language: code, date: (testCase.ref ?? DEFAULT_REF).slice(0, 10) },
    { kb },
  );
  for (const m of mentions) {
    assert.equal(text.slice(m.span.start, m.span.end), m.text, `span [${m.span.start}, ${m.span.end}) of "${m.text}" must slice the text`);
  }
  const actual = mentions.map((m, i) => {
    const want = expect.mentions[i];
    return {
      text: m.text,
      id: m.entityId,
      ...(want?.form ? { form: m.form } : {}),
      ...(want?.type ? { type: m.type } : {}),
    };
  });
  assert.deepEqual(actual, expect.mentions);
}
