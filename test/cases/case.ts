/**
 * The contract between `test/language-cases.test.ts` and the per-stage checker modules in this
 * folder (`test/cases/<stage>.ts`), plus the loading and validation the runner does before any
 * checker sees a case. Kept out of the runner so checkers can import the types without
 * registering the runner's tests, and so the runner's own behaviour can be unit-tested.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';

/** One line of `src/languages/<code>/cases/<stage>.jsonl`, before the stage's `expect` is checked. */
export const CaseLineSchema = z
  .object({
    text: z.string().min(1),
    /** Reference (publication) date for time-dependent stages, ISO 8601 date or date-time. */
    ref: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'an ISO 8601 date such as 2025-08-20')
      .optional(),
    /** Free text for the reader: why the case exists (never checked). */
    note: z.string().optional(),
    expect: z.unknown().refine((v) => v !== undefined, 'missing: every case needs an "expect" object'),
  })
  .strict();

/** A validated case; `expect` has the shape the stage's checker declares. */
export interface LanguageCase<E = unknown> {
  readonly text: string;
  readonly ref?: string;
  readonly note?: string;
  readonly expect: E;
  /** `src/languages/<code>/cases/<stage>.jsonl:<line>`, for messages. */
  readonly where: string;
}

/**
 * What a checker module `test/cases/<stage>.ts` exports.
 * `expectSchema` validates the `expect` field of every line before any check runs;
 * `check` throws (an `assert` error) when the engine's output differs from the case.
 */
export interface CaseChecker<E = unknown> {
  readonly expectSchema: z.ZodType<E>;
  check(testCase: LanguageCase<E>, code: string): void | Promise<void>;
}

/** A case file found under `src/languages/<code>/cases/`. */
export interface CaseFile {
  readonly code: string;
  readonly stage: string;
  /** Repository-relative path, for messages. */
  readonly path: string;
  readonly url: URL;
}

const LANGUAGES_DIR = new URL('../../src/languages/', import.meta.url);

/** Lists every `src/languages/<code>/cases/<stage>.jsonl`, sorted by code then stage. */
export function discoverCaseFiles(root: URL = LANGUAGES_DIR): CaseFile[] {
  const files: CaseFile[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const casesDir = new URL(`${entry.name}/cases/`, root);
    if (!existsSync(casesDir)) continue;
    for (const name of readdirSync(casesDir).sort()) {
      if (!name.endsWith('.jsonl')) continue;
      const stage = name.slice(0, -'.jsonl'.length);
      files.push({
        code: entry.name,
        stage,
        path: `src/languages/${entry.name}/cases/${name}`,
        url: new URL(name, casesDir),
      });
    }
  }
  return files.sort((a, b) => a.code.localeCompare(b.code) || a.stage.localeCompare(b.stage));
}

/** A parsed line: either a case or the reason it is malformed, always with its line number. */
export type ParsedLine<E> =
  | { readonly ok: true; readonly line: number; readonly testCase: LanguageCase<E> }
  | { readonly ok: false; readonly line: number; readonly error: string };

/**
 * Parses a JSONL case file: blank lines and lines starting with `//` are skipped; every other line
 * must be JSON matching {@link CaseLineSchema} with an `expect` matching `expectSchema`.
 * Errors name `path:line` and the offending field, so a malformed case is easy to find.
 */
export function parseCaseLines<E>(source: string, path: string, expectSchema: z.ZodType<E>): ParsedLine<E>[] {
  const out: ParsedLine<E>[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    const where = `${path}:${line}`;
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (cause) {
      out.push({ ok: false, line, error: `${where}: not valid JSON (${(cause as Error).message})` });
      return;
    }
    const base = CaseLineSchema.safeParse(json);
    if (!base.success) {
      out.push({ ok: false, line, error: `${where}: ${formatIssues(base.error)}` });
      return;
    }
    const expect = expectSchema.safeParse(base.data.expect);
    if (!expect.success) {
      out.push({ ok: false, line, error: `${where}: expect${formatIssues(expect.error, '.')}` });
      return;
    }
    const { text, ref, note } = base.data;
    const testCase: LanguageCase<E> = { text, expect: expect.data, where, ...(ref ? { ref } : {}), ...(note ? { note } : {}) };
    out.push({ ok: true, line, testCase });
  });
  return out;
}

function formatIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return `${path ? prefix + path : prefix ? '' : '(root)'}: ${issue.message}`;
    })
    .join('; ');
}

const CHECKERS_DIR = new URL('./', import.meta.url);

/** Where the checker for `stage` must live. */
export function checkerPath(stage: string): string {
  return `test/cases/${stage}.ts`;
}

/**
 * Loads `test/cases/<stage>.ts` and checks it exports a {@link CaseChecker}.
 * @throws Error naming the case file when the module is missing or exports the wrong shape.
 */
export async function loadChecker(stage: string, forFile: string, dir: URL = CHECKERS_DIR): Promise<CaseChecker> {
  const url = new URL(`${stage}.ts`, dir);
  if (!/^[a-z][a-z0-9-]*$/.test(stage) || !existsSync(url)) {
    throw new Error(`no checker ${checkerPath(stage)} for ${forFile}: add one exporting expectSchema and check()`);
  }
  const mod = (await import(url.href)) as Partial<CaseChecker>;
  if (typeof mod.check !== 'function' || !(mod.expectSchema instanceof z.ZodType)) {
    throw new Error(`${checkerPath(stage)} must export expectSchema (a zod schema) and check(testCase, code)`);
  }
  return mod as CaseChecker;
}

/** Reads a case file as UTF-8. */
export function readCaseFile(file: CaseFile): string {
  return readFileSync(file.url, 'utf8');
}

/** The test name: `<code>/<stage>: <first 60 chars of text>`, line breaks shown as `⏎`. */
export function caseTitle(code: string, stage: string, text: string): string {
  const points = [...text.replace(/\r?\n/g, '⏎')];
  const head = points.slice(0, 60).join('');
  return `${code}/${stage}: ${head}${points.length > 60 ? '…' : ''}`;
}
