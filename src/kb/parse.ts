import { readFileSync } from 'node:fs';
import { createError } from '../errors.js';
import { KbEntitySchema, type KbEntity } from './schema.js';

/**
 * Parses KB JSON Lines text, validating every line; the first bad line throws `KB_INVALID` naming
 * the file and line, what was wrong and where (`roles.0.start: a date YYYY…`).
 * Blank lines and lines starting with `//` are skipped so hand-written files can carry comments.
 * @example parseKbText('{"id":"Q184","type":"GPE","names":{"en":["Belarus"]}}', 'my.jsonl')
 */
export function parseKbText(text: string, file: string): KbEntity[] {
  const entities: KbEntity[] = [];
  const seen = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0 || line.startsWith('//')) continue;
    const entity = parseLine(line, file, i + 1);
    const earlier = seen.get(entity.id);
    if (earlier !== undefined) {
      throw createError('KB_INVALID', file, i + 1, `id ${entity.id} already defined on line ${earlier}`);
    }
    seen.set(entity.id, i + 1);
    entities.push(entity);
  }
  return entities;
}

/** Reads and parses one KB file. */
export function readKbFile(path: string | URL, label = String(path)): KbEntity[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw createError('KB_UNREADABLE', label, (cause as Error).message, { cause });
  }
  return parseKbText(text, label);
}

function parseLine(line: string, file: string, lineNo: number): KbEntity {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (cause) {
    throw createError('KB_INVALID', file, lineNo, `not valid JSON (${(cause as Error).message})`, { cause });
  }
  const result = KbEntitySchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.join('.') || '(entry)';
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? ` (id ${String((raw as { id: unknown }).id)})` : '';
  throw createError('KB_INVALID', file, lineNo, `${where}: ${issue.message}${id}`);
}
