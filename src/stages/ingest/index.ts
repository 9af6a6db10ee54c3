import { createArticle, type Article } from '../../model/article.js';
import { reject, type Rejected } from '../../model/diagnostic.js';
import { deriveArticleId } from './article-id.js';
import { decodeBytes, findDeclaredCharset } from './decode.js';
import { isFailure } from './failure.js';
import { readFeed } from './feed.js';
import { extractHtml } from './html.js';
import { readJsonLines } from './jsonl.js';
import { listInputs } from './list-inputs.js';
import { readBytes } from './read-bytes.js';
import type { ReaderRecord } from './record.js';
import { detectFormat, type InputFormat } from './sniff.js';
import { readText } from './text.js';

/**
 * Ingest: input paths → `Article` values or `Rejected` ones. Not a pipeline stage: it makes the
 * articles the pipeline runs on. Bytes are read within a size limit (read-bytes.ts), decoded
 * (decode.ts), routed by extension and content (sniff.ts) to a reader (text, HTML, feed,
 * JSON Lines), cleaned of site furniture (boilerplate.ts) and given a stable id (article-id.ts).
 */

export { listInputs, type InputList } from './list-inputs.js';
export { removeBoilerplate, type BoilerplateResult } from './boilerplate.js';
export { decodeBytes, type DecodedText } from './decode.js';
export { deriveArticleId } from './article-id.js';

/** Options for {@link readInput} and {@link readInputs}. */
export interface IngestOptions {
  /** Inputs larger than this are rejected as `too-large` without being read (default 20 MiB). */
  maxBytes?: number;
  /** The stream `-` stands for (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** Default size limit: 20 MiB, far above any article, well below a memory problem. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const MEANINGFUL = /[\p{L}\p{N}]/u;

function readRecords(format: InputFormat, text: string): Iterable<ReaderRecord> {
  switch (format) {
    case 'text':
    case 'markdown':
      return [readText(text, { markdown: format === 'markdown' })];
    case 'html': {
      const fields = extractHtml(text);
      return [isFailure(fields) ? { index: null, failure: fields } : { index: null, fields }];
    }
    case 'feed':
      return readFeed(text);
    case 'jsonl':
      return readJsonLines(text);
  }
}

function toArticle(path: string, record: ReaderRecord): Article | Rejected {
  const input = record.index === null ? path : `${path}#${record.index}`;
  if ('failure' in record) return reject(input, record.failure.reason, record.failure.detail);
  const { fields } = record;
  if (!MEANINGFUL.test(fields.text)) return reject(input, 'empty', 'no text remains after extraction');
  const id = deriveArticleId({ id: fields.id, url: fields.url, path, index: record.index, text: fields.text });
  return createArticle({ ...fields, file: input }, id);
}

/**
 * Reads one input (a file path, or `-` for standard input) into articles and rejections; never
 * throws for bad content. Multi-record inputs name their records `path#N` (1-based).
 * @example for await (const item of readInput('feed.xml')) if (!('kind' in item)) console.log(item.title);
 */
export async function* readInput(path: string, options: IngestOptions = {}): AsyncGenerator<Article | Rejected> {
  const bytes = await readBytes(path, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, stdin: options.stdin });
  if (isFailure(bytes)) {
    yield reject(path, bytes.reason, bytes.detail);
    return;
  }
  const decoded = decodeBytes(bytes, { declared: findDeclaredCharset(bytes) });
  if (isFailure(decoded)) {
    yield reject(path, decoded.reason, decoded.detail);
    return;
  }
  const format = detectFormat(path, decoded.text);
  if (isFailure(format)) {
    yield reject(path, format.reason, format.detail);
    return;
  }
  let records: Iterator<ReaderRecord>;
  let index = 0;
  try {
    records = readRecords(format, decoded.text)[Symbol.iterator]();
  } catch (error) {
    yield reject(path, 'failed', `the ${format} reader failed: ${(error as Error).message}`);
    return;
  }
  for (;;) {
    let step: IteratorResult<ReaderRecord>;
    try {
      step = records.next();
    } catch (error) {
      // A reader bug must not take the batch down: name the record it stopped at.
      yield reject(index > 0 ? `${path}#${index + 1}` : path, 'failed', `the ${format} reader failed: ${(error as Error).message}`);
      return;
    }
    if (step.done) return;
    index = step.value.index ?? index;
    yield toArticle(path, step.value);
  }
}

/**
 * Reads every input under the given paths: missing paths come out as `unreadable` rejections
 * first, then each file's articles and rejections in listing order.
 * @example for await (const item of readInputs(['corpus/'])) …
 */
export async function* readInputs(paths: readonly string[], options: IngestOptions = {}): AsyncGenerator<Article | Rejected> {
  const { files, missing } = await listInputs(paths);
  for (const path of missing) yield reject(path, 'unreadable', 'no such file or directory');
  for (const file of files) yield* readInput(file, options);
}
