import { z } from 'zod';
import { fail, isFailure, type Failure } from './failure.js';
import { extractHtml } from './html.js';
import { toIsoDate, toLanguageCode } from './metadata-values.js';
import type { ArticleFields, ReaderRecord } from './record.js';

/**
 * JSON Lines: one article per line, `{id?, title?, text | html, url?, source?, publishedAt?,
 * language?}`. Each line is validated on its own, so a bad line is one rejection (`file#N`, N the
 * line number) and the others proceed. `text` is kept verbatim — a producer's text may carry
 * offsets of its own (labelled data) — while `html` goes through the HTML extractor. A `.json`
 * file holding one object or an array of them is read the same way, record by record.
 */

const OPTIONAL_STRING = z.string().nullish();

const LineSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).nullish(),
    title: OPTIONAL_STRING,
    text: z.string().nullish(),
    html: z.string().nullish(),
    url: OPTIONAL_STRING,
    source: OPTIONAL_STRING,
    publishedAt: OPTIONAL_STRING,
    language: OPTIONAL_STRING,
    /** Accepted as an alias of `language`: data sets often say `lang`. */
    lang: OPTIONAL_STRING,
  })
  .refine((line) => typeof line.text === 'string' || typeof line.html === 'string', {
    message: 'needs a "text" or an "html" field',
  });

type Line = z.infer<typeof LineSchema>;

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
  return `${where}${issue.message}`;
}

function toFields(line: Line, where: string): ArticleFields | Failure {
  let publishedAt: string | null = null;
  if (line.publishedAt) {
    publishedAt = toIsoDate(line.publishedAt);
    if (!publishedAt) return fail('malformed', `${where}: publishedAt "${line.publishedAt}" is not a date`);
  }
  const given = {
    id: line.id === null || line.id === undefined ? undefined : String(line.id),
    url: line.url || null,
    source: line.source || null,
    publishedAt,
    publishedAtSource: publishedAt ? ('metadata' as const) : ('none' as const),
    declaredLanguage: toLanguageCode(line.language ?? line.lang),
  };
  if (typeof line.text === 'string') return { ...given, text: line.text, title: line.title || null };
  const extracted = extractHtml(line.html!);
  if (isFailure(extracted)) return fail(extracted.reason, `${where}: ${extracted.detail}`);
  return {
    ...extracted,
    ...given,
    title: line.title || extracted.title || null,
    url: given.url ?? extracted.url ?? null,
    source: given.source ?? extracted.source ?? null,
    publishedAt: publishedAt ?? extracted.publishedAt ?? null,
    publishedAtSource: publishedAt || extracted.publishedAt ? 'metadata' : 'none',
    declaredLanguage: given.declaredLanguage ?? extracted.declaredLanguage ?? null,
  };
}

function readRecord(value: unknown, index: number, where: string): ReaderRecord {
  const parsed = LineSchema.safeParse(value);
  if (!parsed.success) return { index, failure: fail('malformed', `${where}: ${describeIssue(parsed.error)}`) };
  let fields: ArticleFields | Failure;
  try {
    fields = toFields(parsed.data, where);
  } catch (error) {
    // A crash in the HTML extractor is a bug, but it must not stop the lines after this one.
    fields = fail('failed', `${where}: the HTML extractor failed: ${(error as Error).message}`);
  }
  return isFailure(fields) ? { index, failure: fields } : { index, fields };
}

// A whole-file JSON value (array or single object spread over lines), or null for JSON Lines.
function parseWholeDocument(text: string): unknown[] | null {
  const start = text.trimStart()[0];
  if (start !== '[' && !(start === '{' && text.trim().includes('\n'))) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [value];
  } catch {
    return null;
  }
}

/**
 * Reads JSON Lines (or a JSON array of records) into one record per line; blank lines are skipped.
 * @example [...readJsonLines('{"text":"…"}\nnot json\n')] // [{ index: 1, fields }, { index: 2, failure: malformed }]
 */
export function* readJsonLines(text: string): Generator<ReaderRecord> {
  const whole = parseWholeDocument(text);
  if (whole) {
    for (const [i, value] of whole.entries()) yield readRecord(value, i + 1, `record ${i + 1}`);
    return;
  }
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const number = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { index: number, failure: fail('malformed', `line ${number} is not JSON: ${(error as Error).message}`) };
      continue;
    }
    yield readRecord(value, number, `line ${number}`);
  }
}
