/**
 * `node --import tsx scripts/dedupe-pack-lists.ts FILE…`: removes entries of a pack's word lists that
 * repeat an earlier entry of the same list once folded with normalizeForMatch (matching happens on
 * folded text, so a second spelling that folds the same adds nothing). Prints what it removed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { normalizeForMatch } from '../src/stages/normalize/fold.js';

function dedupe(value: unknown, path: string, removed: string[]): unknown {
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'string')) return value.map((v, i) => dedupe(v, `${path}[${i}]`, removed));
    const seen = new Set<string>();
    return value.filter((word: string) => {
      const key = normalizeForMatch(word);
      if (seen.has(key)) {
        removed.push(`${path}: ${word}`);
        return false;
      }
      seen.add(key);
      return true;
    });
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'sources' ? v : dedupe(v, `${path}.${k}`, removed)]));
  }
  return value;
}

for (const file of process.argv.slice(2)) {
  const removed: string[] = [];
  const json = dedupe(JSON.parse(readFileSync(file, 'utf8')), '', removed);
  if (removed.length) writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  for (const r of removed) console.log(`${file}${r}`);
}
