import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadKnowledgeBase } from '../../../../kb/load.js';
import { createKbGazetteer } from '../../gazetteer.js';
import type { Gazetteer } from '../features.js';

/** Gives the gazetteer of a language, or undefined for none. */
export type GazetteerFor = (code: string) => Gazetteer | undefined;

/**
 * The gazetteer `train:ner` and `eval:ner` train with, from their `--gazetteer` option:
 * - absent: the bundled knowledge base (src/kb/data, no user files, so training is reproducible),
 *   the same lookup the entities stage passes to `loadTagger` at run time;
 * - `none`: no gazetteer features;
 * - a path: a module exporting `gazetteerFor(code)`.
 * @example const gazetteerFor = await resolveGazetteerOption(undefined); gazetteerFor('ro')?.('iohannis') // ['PER']
 */
export async function resolveGazetteerOption(option: string | undefined): Promise<GazetteerFor> {
  if (option === 'none') return () => undefined;
  if (option === undefined) {
    const gazetteer = createKbGazetteer(loadKnowledgeBase({ userDir: null }));
    return () => gazetteer;
  }
  const mod = (await import(pathToFileURL(resolve(option)).href)) as { gazetteerFor?: GazetteerFor };
  if (typeof mod.gazetteerFor !== 'function') throw new Error(`${option} does not export gazetteerFor(code)`);
  return mod.gazetteerFor;
}

/** How a `--gazetteer` option reads in reports. */
export function describeGazetteerOption(option: string | undefined): string {
  if (option === 'none') return 'no gazetteer';
  return option === undefined ? 'gazetteer: bundled KB (src/kb/data)' : `gazetteer: ${option}`;
}
