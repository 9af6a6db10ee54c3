import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createError } from '../errors.js';
import { loadAllLanguages } from '../languages/index.js';
import { normalizeForMatch } from '../stages/normalize/fold.js';
import { compileClitics, tokenReadings } from '../stages/entities/variants.js';
import { clearKnowledgeBaseCache, loadKnowledgeBase, userKbDir, type KnowledgeBaseOptions } from './load.js';
import { readKbFile } from './parse.js';
import type { KbEntity } from './schema.js';

/** What {@link addKbFile} did. */
export interface AddKbResult {
  /** Entities in the file. */
  readonly added: number;
  /** Where the file was copied. */
  readonly file: string;
}

/**
 * Validates a KB file and copies it into the user KB directory (`crosswire kb add FILE`); its
 * entries extend or override bundled ones by id from the next load on.
 * @example addKbFile('my-people.jsonl') // { added: 12, file: '/…/crosswire-kb/my-people.jsonl' }
 */
export function addKbFile(path: string, options: { dir?: string } = {}): AddKbResult {
  if (!path.endsWith('.jsonl')) throw createError('INVALID_ARGUMENT', 'KB file', path, 'a .jsonl file (one entity per line)');
  const entities = readKbFile(path, path);
  const dir = options.dir ?? userKbDir();
  mkdirSync(dir, { recursive: true });
  const target = join(dir, basename(path));
  copyFileSync(path, target);
  clearKnowledgeBaseCache();
  return { added: entities.length, file: target };
}

/**
 * Looks entries up by any name or demonym in any script (`crosswire kb show NAME`); a one-word name
 * that is no alias as written is also read with each language's clitics and endings ("Rusiei",
 * "وبيلاروس", "Минске").
 * @example findKbEntries('لوكاشينكو').map(e => e.id) // ['Q2866']
 */
export function findKbEntries(name: string, options: KnowledgeBaseOptions = {}): KbEntity[] {
  const kb = loadKnowledgeBase(options);
  const exact = kb.findByName(name);
  if (exact.length || /\s/u.test(name.trim())) return exact;
  const found = new Map<string, KbEntity>();
  for (const pack of loadAllLanguages()) {
    for (const v of tokenReadings(normalizeForMatch(name.trim()), compileClitics(pack))) {
      for (const e of kb.findByName(v.form)) found.set(e.id, e);
    }
  }
  return [...found.values()];
}
