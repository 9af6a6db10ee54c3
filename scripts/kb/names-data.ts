/**
 * Reading the cross-script names data (../shared/data/names, see its README): Wikidata name pairs
 * (Merhav & Ash 2018, CC0) and Google's Arabic→Latin word pairs (Apache-2.0), and the fixed split the
 * transliteration model is trained and measured on. The data stays outside the repository; only the
 * model trained on the training part ships (src/stages/entities/translit-model.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One native-script name and a Latin spelling of it. */
export interface NamePair {
  readonly native: string;
  readonly latin: string;
}

/** Script families the model has one table for. */
export type NameScript = 'arab' | 'cyrl';

/** Which part of the data a pair belongs to. */
export type Part = 'train' | 'eval';

// 1 in 10 native names (by hash, so every spelling of one name falls on the same side) is held out.
const EVAL_MODULUS = 10;

/** FNV-1a 32-bit hash of a string (stable across runs and platforms). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The part of the Wikidata files a native name belongs to. */
export function partOf(native: string): Part {
  return fnv1a(native) % EVAL_MODULUS === 0 ? 'eval' : 'train';
}

/** Reads `wd_<lang>_80.tsv` (`latin<TAB>native chars space-separated<TAB>count`), one part of it. */
export function readWikidataPairs(dataDir: string, file: string, part: Part): NamePair[] {
  const pairs: NamePair[] = [];
  for (const line of readLines(join(dataDir, 'names', file))) {
    const [latin, spaced] = line.split('\t');
    if (!latin || !spaced) continue;
    const native = spaced.replace(/ /gu, '');
    if (partOf(native) === part) pairs.push({ native, latin });
  }
  return pairs;
}

/** Reads `ar2en-train.txt` / `ar2en-eval.txt` (`arabic<TAB>latin`). */
export function readGooglePairs(dataDir: string, file: string): NamePair[] {
  const pairs: NamePair[] = [];
  for (const line of readLines(join(dataDir, 'names', file))) {
    const [native, latin] = line.split('\t');
    if (native && latin) pairs.push({ native, latin });
  }
  return pairs;
}

/** The training pairs of a script (everything but the held-out parts). */
export function trainingPairs(dataDir: string, script: NameScript): NamePair[] {
  if (script === 'arab') return [...readGooglePairs(dataDir, 'ar2en-train.txt'), ...readWikidataPairs(dataDir, 'wd_arabic_80.tsv', 'train')];
  return readWikidataPairs(dataDir, 'wd_russian_80.tsv', 'train');
}

/** True when the names data is present. */
export function hasNamesData(dataDir: string): boolean {
  return existsSync(join(dataDir, 'names', 'wd_arabic_80.tsv'));
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/u).filter((l) => l.length > 0);
}
