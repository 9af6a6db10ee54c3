/**
 * The generic per-language case runner (STYLE convention 8).
 *
 * It discovers every `src/languages/<code>/cases/<stage>.jsonl` and runs each line as one test named
 * `<code>/<stage>: <first 60 chars of text>`. A line is one case:
 *
 * ```json
 * { "text": "…", "ref": "2025-08-20", "note": "why this case exists", "expect": { … } }
 * ```
 *
 * `text` and `expect` are required; `ref` (the reference date) is required by time-dependent stages'
 * checkers; `note` is never checked. Blank lines and lines starting with `//` are skipped.
 *
 * **Checker interface.** Each stage has one checker module, `test/cases/<stage>.ts`, exporting
 * (see {@link CaseChecker} in `test/cases/case.ts`):
 *
 * ```ts
 * export const expectSchema: z.ZodType<E>;   // validates `expect` of every line before any check
 * export function check(testCase: LanguageCase<E>, code: string): void | Promise<void>;
 * ```
 *
 * `check` runs the engine on `testCase.text` (with `testCase.ref` as the reference date where time
 * matters), and throws an `assert` error on any difference. It must assert spans *and* surface text
 * (convention 9). `testCase.where` (`file:line`) is there for messages. A malformed line fails as
 * `<code>/<stage>: line N (malformed)` with its `file:line` and the offending field; a case file whose
 * stage has no checker fails with "no checker test/cases/<stage>.ts for …".
 *
 * Adding a stage's cases needs no change here: add the checker module and the `.jsonl` files.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import {
  caseTitle,
  discoverCaseFiles,
  loadChecker,
  parseCaseLines,
  readCaseFile,
  type CaseChecker,
  type CaseFile,
} from './cases/case.js';

const files = discoverCaseFiles();

// Load each stage's checker once; a missing one becomes a failing test for every file that needs it.
const checkers = new Map<string, CaseChecker | Error>();
for (const file of files) {
  if (checkers.has(file.stage)) continue;
  try {
    checkers.set(file.stage, await loadChecker(file.stage, file.path));
  } catch (error) {
    checkers.set(file.stage, error as Error);
  }
}

for (const file of files) registerFile(file, checkers.get(file.stage)!);

function registerFile(file: CaseFile, checker: CaseChecker | Error): void {
  if (checker instanceof Error) {
    const message = checker.message.includes(file.path) ? checker.message : `${checker.message} (needed by ${file.path})`;
    test(`${file.code}/${file.stage}: checker`, () => assert.fail(message));
    return;
  }
  const lines = parseCaseLines(readCaseFile(file), file.path, checker.expectSchema);
  if (lines.length === 0) {
    test(`${file.code}/${file.stage}: (no cases)`, () => assert.fail(`${file.path} has no cases; delete it or add some`));
    return;
  }
  for (const parsed of lines) {
    if (!parsed.ok) {
      test(`${file.code}/${file.stage}: line ${parsed.line} (malformed)`, () => assert.fail(parsed.error));
      continue;
    }
    const { testCase } = parsed;
    test(caseTitle(file.code, file.stage, testCase.text), async () => {
      try {
        await checker.check(testCase, file.code);
      } catch (error) {
        // Name the line in the failure, so the case is found without searching for its text.
        if (error instanceof Error) error.message = `${testCase.where}\n${error.message}`;
        throw error;
      }
    });
  }
}

// The runner's own behaviour: these would otherwise only show when a case file is broken.
describe('language case runner', () => {
  test('discovers the case files of every pack with code and stage', () => {
    assert.ok(files.length > 0, 'no case files found under src/languages/*/cases/');
    for (const f of files) {
      assert.match(f.code, /^[a-z]{2}$/, `${f.path}: folder is not an ISO 639-1 code`);
      assert.equal(f.path, `src/languages/${f.code}/cases/${f.stage}.jsonl`);
    }
    assert.ok(files.some((f) => f.code === 'ro' && f.stage === 'segment'));
  });

  test('a case file for a stage without a checker fails with a clear message', async () => {
    await assert.rejects(
      loadChecker('no-such-stage', 'src/languages/xx/cases/no-such-stage.jsonl'),
      /^Error: no checker test\/cases\/no-such-stage\.ts for src\/languages\/xx\/cases\/no-such-stage\.jsonl/,
    );
  });

  test('malformed lines fail with file:line and the field, good lines parse', () => {
    const schema = z.object({ sentences: z.array(z.string()) }).strict();
    const source = [
      '{"text":"A. B.","expect":{"sentences":["A.","B."]}}',
      '',
      '// a comment line',
      '{"text":"x","expect":{"sentences":"x"}}',
      '{"text":"x","exepct":{}}',
      '{"text":"x","ref":"20 Aug","expect":{"sentences":[]}}',
      '{not json',
      '{"text":"x"}',
    ].join('\n');
    const parsed = parseCaseLines(source, 'f.jsonl', schema);
    assert.deepEqual(
      parsed.map((p) => [p.line, p.ok]),
      [[1, true], [4, false], [5, false], [6, false], [7, false], [8, false]],
    );
    const errors = parsed.flatMap((p) => (p.ok ? [] : [p.error]));
    assert.match(errors[0]!, /^f\.jsonl:4: expect\.sentences: /);
    assert.match(errors[1]!, /^f\.jsonl:5: .*exepct/);
    assert.match(errors[2]!, /^f\.jsonl:6: ref: .*ISO 8601/);
    assert.match(errors[3]!, /^f\.jsonl:7: not valid JSON/);
    assert.match(errors[4]!, /^f\.jsonl:8: expect: missing/);
    const first = parsed[0]!;
    assert.ok(first.ok && first.testCase.where === 'f.jsonl:1' && first.testCase.text === 'A. B.');
  });

  test('test names carry code, stage and the first 60 characters of the text', () => {
    assert.equal(caseTitle('ro', 'segment', 'Dl. Popescu\na plecat.'), 'ro/segment: Dl. Popescu⏎a plecat.');
    const long = 'ش'.repeat(70);
    assert.equal(caseTitle('fa', 'normalize', long), `fa/normalize: ${'ش'.repeat(60)}…`);
  });
});
