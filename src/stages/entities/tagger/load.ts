import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createError } from '../../../errors.js';
import type { Gazetteer } from './features.js';
import type { TaggerModel } from './model.js';
import { deserializeModel } from './model-io.js';
import { createTagger, type Tagger } from './tagger.js';

/**
 * Finding and caching tagger models. Models whose training data allows redistribution ship in
 * `models/` beside this file; the others are trained locally by `npm run train:ner` into the
 * git-ignored `.models/` at the repository root (see docs/quality.md for which is which).
 */

/** Where models shipped with the package live. */
export const SHIPPED_MODEL_DIR = new URL('./models/', import.meta.url);

/** Where `npm run train:ner` puts models that may not be redistributed (src/ and dist/ sit at the same depth). */
export const LOCAL_MODEL_DIR = new URL('../../../../.models/', import.meta.url);

/** Options of {@link loadTagger}. */
export interface LoadTaggerOptions {
  /** Types of KB names containing a normalised token; used when the model was trained with one. */
  readonly gazetteer?: Gazetteer;
  /** Look only here (a directory), instead of the shipped then the local model directory. */
  readonly modelDir?: URL;
}

const cache = new Map<string, TaggerModel | null>();

/** The file name of a language's model. */
export function modelFileName(code: string): string {
  return `${code}.bin.gz`;
}

/**
 * Loads the tagger for a language (cached), or null when no model exists for it.
 * @example loadTagger('ro')?.tag(['Klaus', 'Iohannis', 'a', 'vizitat', 'Chișinăul'])
 */
export function loadTagger(code: string, options: LoadTaggerOptions = {}): Tagger | null {
  const dirs = options.modelDir ? [options.modelDir] : [SHIPPED_MODEL_DIR, LOCAL_MODEL_DIR];
  const cacheKey = `${dirs.map((d) => d.href).join('|')}#${code}`;
  let model = cache.get(cacheKey);
  if (model === undefined) {
    model = readFirstModel(code, dirs);
    cache.set(cacheKey, model);
  }
  return model ? createTagger(model, options.gazetteer) : null;
}

function readFirstModel(code: string, dirs: readonly URL[]): TaggerModel | null {
  for (const dir of dirs) {
    const file = new URL(modelFileName(code), dir);
    if (!existsSync(file)) continue;
    try {
      const model = deserializeModel(readFileSync(file));
      if (model.header.language !== code) throw new Error(`it is a model for "${model.header.language}"`);
      return model;
    } catch (cause) {
      throw createError('MODEL_LOAD_FAILED', fileURLToPath(file), (cause as Error).message, { cause });
    }
  }
  return null;
}
