import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { readKbFile } from './parse.js';
import type { KbEntity } from './schema.js';

/** Options for {@link loadKnowledgeBase}. */
export interface KnowledgeBaseOptions {
  /** User KB directory; default `$CROSSWIRE_KB_DIR`, else `./crosswire-kb`. `null` loads no user files. */
  readonly userDir?: string | null;
  /** Extra KB files loaded after the user directory (they override by id). */
  readonly files?: readonly string[];
  /** Load the bundled files under src/kb/data (default true). */
  readonly bundled?: boolean;
}

const BUNDLED_DIR = new URL('./data/', import.meta.url);
const cache = new Map<string, KnowledgeBase>();

/** The user KB directory: `$CROSSWIRE_KB_DIR`, else `./crosswire-kb` (relative to the working directory). */
export function userKbDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CROSSWIRE_KB_DIR ?? 'crosswire-kb');
}

/**
 * Loads the bundled KB, then the user directory's `*.jsonl` files, then `files`; later entries
 * extend or override earlier ones by id. Validated on load (errors name file and line) and cached
 * per options, so a process pays for it once.
 * @example const kb = loadKnowledgeBase(); kb.findByName('Лукашенко')[0]?.id // 'Q2866'
 */
export function loadKnowledgeBase(options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const userDir = options.userDir === undefined ? userKbDir() : options.userDir;
  const files = [
    ...(options.bundled === false ? [] : listJsonl(fileURLToPath(BUNDLED_DIR))),
    ...(userDir ? listJsonl(userDir) : []),
    ...(options.files ?? []).map((f) => resolve(f)),
  ];
  const key = files.join('\n');
  const cached = cache.get(key);
  if (cached) return cached;
  const entries: KbEntity[] = [];
  for (const file of files) entries.push(...readKbFile(file, file));
  const kb = createKnowledgeBase(entries, files);
  cache.set(key, kb);
  return kb;
}

/** Forgets loaded knowledge bases (after `addKbFile`, or in tests). */
export function clearKnowledgeBaseCache(): void {
  cache.clear();
}

function listJsonl(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}
