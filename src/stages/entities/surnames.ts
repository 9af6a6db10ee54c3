import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Token } from '../../model/analysis.js';
import type { EntityItem, UnknownItem } from './items.js';
import type { PackWords } from './pack-words.js';
import { tokenVariants, type CompiledClitics } from './variants.js';

/**
 * Within an article, a surname alone refers to the person named in full elsewhere in it:
 * after "ناصر كنعاني", a bare "كنعاني" is the same person, even when the KB does not know him.
 * A surname shared by two different people of the article links to neither.
 */

/** What the surname pass needs. */
export interface SurnameContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly kb: KnowledgeBase;
  readonly clitics: CompiledClitics;
  readonly words: PackWords;
  readonly covered: (k: number) => boolean;
}

// Surnames shorter than this are too often ordinary words or initials.
const MIN_SURNAME = 3;

/**
 * Finds bare surnames of the article's full-name people among uncovered tokens, and relinks
 * one-word unknown names that are such surnames. Returns the new items.
 */
export function findSurnames(people: readonly (EntityItem | UnknownItem)[], ctx: SurnameContext): UnknownItem[] {
  const bySurname = new Map<string, string | null>();
  for (const p of people) {
    if (p.end - p.start < 2 || !isPerson(p, ctx.kb)) continue;
    const last = ctx.tokens[p.end - 1]!.norm;
    const surname = p.kind === 'entity' && p.cutEnd > 0 ? last.slice(0, last.length - p.cutEnd) : last;
    if (surname.length < MIN_SURNAME || ctx.words.stop.has(surname)) continue;
    const known = bySurname.get(surname);
    bySurname.set(surname, known === undefined || known === p.id ? p.id : null);
  }
  const vocabulary = new Set([...bySurname].filter(([, id]) => id !== null).map(([s]) => s));
  if (vocabulary.size === 0) return [];
  for (const p of people) {
    if (p.kind !== 'unknown' || p.end - p.start !== 1) continue;
    const id = bySurname.get(ctx.tokens[p.start]!.norm);
    if (id) Object.assign(p, { id, method: `${p.method}+surname` });
  }
  const found: UnknownItem[] = [];
  for (let k = 0; k < ctx.tokens.length; k++) {
    const token = ctx.tokens[k]!;
    if (ctx.covered(k) || token.kind !== 'word' || isStopWord(token.norm, ctx)) continue;
    const surface = ctx.text.slice(token.span.start, token.span.end);
    if (surface.toLowerCase() !== surface.toUpperCase() && !/^\p{Lu}/u.test(surface)) continue;
    const variant = tokenVariants(token.norm, ctx.clitics, vocabulary).find((v) => v.cutEnd === 0);
    if (!variant) continue;
    const id = bySurname.get(variant.form)!;
    found.push({ kind: 'unknown', start: k, end: k + 1, type: 'PER', source: 'surname', cutStart: variant.cutStart, score: 0.8, id, method: 'surname', confidence: 0.8 });
  }
  return found;
}

function isPerson(p: EntityItem | UnknownItem, kb: KnowledgeBase): boolean {
  return p.kind === 'unknown' ? p.type === 'PER' : kb.get(p.id)?.type === 'PER';
}

// A stop word, also behind a proclitic: Arabic فإن (ف + إن) must not read as the surname "فان".
function isStopWord(norm: string, ctx: SurnameContext): boolean {
  if (ctx.words.stop.has(norm)) return true;
  return ctx.clitics.prefixes.some((p) => norm.startsWith(p) && ctx.words.stop.has(norm.slice(p.length)));
}
