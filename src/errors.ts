/**
 * Programmer and configuration errors. Each has a code from one catalogue, and a message
 * that names the input, the reason and the fix. Content problems are diagnostics instead,
 * and rejected inputs are `Rejected` values (see src/model/diagnostic.ts).
 */

const CATALOGUE = {
  LANGUAGE_NOT_SUPPORTED: (code: string, supported: string) =>
    `Language "${code}" is not supported. Supported: ${supported}`,
  LANGUAGE_PACK_INVALID: (code: string, file: string, reason: string) =>
    `Language pack "${code}" has an invalid ${file}: ${reason}`,
  STAGE_REQUIREMENT_MISSING: (stage: string, key: string) =>
    `Stage "${stage}" requires "${key}", which no earlier stage provides. Reorder the pipeline or add a stage that provides it.`,
  STAGE_PATCH_UNDECLARED: (stage: string, key: string) =>
    `Stage "${stage}" returned "${key}", which it does not declare in "provides".`,
  STAGE_DUPLICATE: (stage: string) => `Stage "${stage}" appears twice in the pipeline.`,
  STORE_OPEN_FAILED: (path: string, reason: string) => `Cannot open the store at ${path}: ${reason}`,
  STORE_SCHEMA_TOO_NEW: (path: string, found: number, known: number) =>
    `The store at ${path} has schema version ${found}, newer than this crosswire knows (${known}). Upgrade crosswire.`,
  INPUT_NOT_FOUND: (path: string) => `Input not found: ${path}`,
  INVALID_ARGUMENT: (name: string, value: string, expected: string) =>
    `Invalid ${name} "${value}": expected ${expected}`,
  MODEL_LOAD_FAILED: (model: string, reason: string) => `Cannot load model ${model}: ${reason}`,
  KB_INVALID: (file: string, line: number, reason: string) =>
    `Knowledge-base file ${file}, line ${line}: ${reason}. Fix the entry (see src/kb/schema.ts for the format).`,
  KB_UNREADABLE: (file: string, reason: string) => `Cannot read knowledge-base file ${file}: ${reason}`,
} as const;

/** Error codes, one per catalogue entry. */
export type ErrorCode = keyof typeof CATALOGUE;

type CatalogueArgs<C extends ErrorCode> = Parameters<(typeof CATALOGUE)[C]>;

/** An error with a code from the catalogue. */
export class CrosswireError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CrosswireError';
    this.code = code;
  }
}

/**
 * Creates a catalogued error.
 * @example throw createError('LANGUAGE_NOT_SUPPORTED', 'xx', 'ar, en')
 */
export function createError<C extends ErrorCode>(
  code: C,
  ...args: [...CatalogueArgs<C>] | [...CatalogueArgs<C>, { cause?: unknown }]
): CrosswireError {
  const fn = CATALOGUE[code] as (...a: unknown[]) => string;
  const last = args[args.length - 1];
  const hasOptions = typeof last === 'object' && last !== null;
  const params = hasOptions ? args.slice(0, -1) : args;
  return new CrosswireError(code, fn(...params), hasOptions ? (last as { cause?: unknown }) : undefined);
}
