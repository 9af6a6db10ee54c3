import { promises as fsp } from 'node:fs';
import { join, resolve } from 'node:path';

/** Input files found for a list of paths, and the paths that do not exist. */
export interface InputList {
  readonly files: string[];
  readonly missing: string[];
}

// Code-unit order, not locale order: the same folder lists the same way on every machine.
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(dir: string, seen: Set<string>, out: string[]): Promise<void> {
  // A symbolic link back up the tree would loop forever; each real directory is read once.
  const real = await fsp.realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = (await fsp.readdir(dir)).filter((name) => !name.startsWith('.')).sort(compareNames);
  for (const name of entries) {
    const path = join(dir, name);
    const stat = await fsp.stat(path).catch(() => null);
    if (!stat) continue; // a dangling link inside a folder is not an input anyone named
    if (stat.isDirectory()) await walk(path, seen, out);
    else out.push(path);
  }
}

/**
 * Expands paths (`-` = standard input) into input files: folders recursively, skipping dot-files
 * and dot-folders, each folder's files sorted for determinism. A file named twice is listed once.
 * @example await listInputs(['corpus/', '-']) // { files: ['corpus/a.txt', 'corpus/b/c.html', '-'], missing: [] }
 */
export async function listInputs(paths: readonly string[]): Promise<InputList> {
  const files: string[] = [];
  const missing: string[] = [];
  const seenDirs = new Set<string>();
  const listed = new Set<string>();
  const add = (path: string) => {
    const key = path === '-' ? '-' : resolve(path);
    if (listed.has(key)) return;
    listed.add(key);
    files.push(path);
  };
  for (const path of paths) {
    if (path === '-') {
      add(path);
      continue;
    }
    const stat = await fsp.stat(path).catch(() => null);
    if (!stat) {
      missing.push(path);
    } else if (stat.isDirectory()) {
      const found: string[] = [];
      // An unreadable folder is reported by readInput on the folder itself.
      await walk(path, seenDirs, found).catch(() => found.push(path));
      found.forEach(add);
    } else {
      add(path);
    }
  }
  return { files, missing };
}
