import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createError } from '../errors.js';
import { PACK_JSON_FILES, PACK_TEXT_FILES, type LanguagePack } from './schema.js';

/** Languages with a pack under src/languages/<code>/, ISO 639-1. */
export const SUPPORTED_LANGUAGES = ['ar', 'en', 'fa', 'ro', 'ru'] as const;

/** A supported language code. */
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const cache = new Map<string, LanguagePack>();

/** True when `code` has a language pack. */
export function isSupportedLanguage(code: string): code is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

/**
 * Loads, validates and freezes a language pack; later calls return the cached pack.
 * @example const fa = loadLanguage('fa'); fa.months.calendars.persian[4] // ['مرداد', …]
 */
export function loadLanguage(code: string): LanguagePack {
  const cached = cache.get(code);
  if (cached) return cached;
  if (!isSupportedLanguage(code)) {
    throw createError('LANGUAGE_NOT_SUPPORTED', code, SUPPORTED_LANGUAGES.join(', '));
  }
  const pack = deepFreeze(readPack(code));
  cache.set(code, pack);
  return pack;
}

/** Loads every supported pack (for matching that must work whatever the article's language). */
export function loadAllLanguages(): readonly LanguagePack[] {
  return SUPPORTED_LANGUAGES.map(loadLanguage);
}

function readPack(code: string): LanguagePack {
  const json: Record<string, unknown> = {};
  for (const [key, [file, schema]] of Object.entries(PACK_JSON_FILES)) {
    json[key] = parseJsonFile(code, file, schema);
  }
  const text: Record<string, string[]> = {};
  for (const [key, file] of Object.entries(PACK_TEXT_FILES)) {
    text[key] = readLines(code, file);
  }
  return { code, ...json, ...text } as unknown as LanguagePack;
}

function packFile(code: string, file: string): URL {
  return new URL(`./${code}/${file}`, import.meta.url);
}

function parseJsonFile(code: string, file: string, schema: z.ZodType): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(packFile(code, file), 'utf8'));
  } catch (cause) {
    throw createError('LANGUAGE_PACK_INVALID', code, file, (cause as Error).message, { cause });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.join('.') || '(root)';
    throw createError('LANGUAGE_PACK_INVALID', code, file, `${where}: ${issue.message}`);
  }
  return result.data;
}

// Text files are optional-content but must exist: an empty list is a valid choice, a missing file is not.
function readLines(code: string, file: string): string[] {
  let raw: string;
  try {
    raw = readFileSync(packFile(code, file), 'utf8');
  } catch (cause) {
    throw createError('LANGUAGE_PACK_INVALID', code, file, (cause as Error).message, { cause });
  }
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
