import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Sentence, Token } from '../../model/analysis.js';
import type { Trace } from '../../pipeline/trace.js';
import type { EntityItem, Item } from './items.js';
import type { PackWords } from './pack-words.js';

/**
 * Filters over matched KB items:
 * - a weak alias (also a common word: Arabic "رئيسي" = "main") stays only when the article names the
 *   same entity unambiguously elsewhere, or a title stands right before it;
 * - in cased scripts, a one-word place name glued to an unknown capitalised word is part of a longer
 *   name ("Jordan Peterson", "Georgia Tech", "Tehran Times") and is dropped.
 */

/** What the filters look at. */
export interface RefineContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly kb: KnowledgeBase;
  readonly words: PackWords;
  readonly trace: Trace;
}

/** Returns the items that pass both filters, in order. */
export function refineEntityItems(items: readonly Item[], ctx: RefineContext): Item[] {
  const strong = new Set<string>();
  for (const i of items) if (i.kind === 'entity' && !i.weakIds.has(i.id)) strong.add(i.id);
  const sentenceStarts = firstTokens(ctx.tokens, ctx.sentences);
  const covered = new Uint8Array(ctx.tokens.length);
  for (const i of items) covered.fill(1, i.start, i.end);
  return items.filter((item, n) => {
    if (item.kind !== 'entity') return true;
    if (item.weakIds.has(item.id)) {
      const prev = items[n - 1];
      const supported = strong.has(item.id) || (prev?.kind === 'title' && prev.end === item.start);
      if (!supported) ctx.trace(() => `entities: weak alias "${surface(ctx, item)}" dropped (no unambiguous mention of ${item.id})`);
      if (!supported) return false;
      item.method = 'alias+support';
      item.confidence = 0.75;
    }
    if (gluedToUnknownName(item, ctx, covered, sentenceStarts)) {
      ctx.trace(() => `entities: "${surface(ctx, item)}" dropped: part of a longer unknown name`);
      return false;
    }
    return true;
  });
}

function gluedToUnknownName(item: EntityItem, ctx: RefineContext, covered: Uint8Array, sentenceStarts: ReadonlySet<number>): boolean {
  if (item.end - item.start !== 1 || item.forms.get(item.id) !== 'name') return false;
  const type = ctx.kb.get(item.id)?.type;
  if (type !== 'GPE' && type !== 'LOC') return false;
  const own = surface(ctx, item);
  if (own.toLowerCase() === own.toUpperCase()) return false;
  const capitalisedUnknown = (k: number) => {
    const t = ctx.tokens[k];
    if (!t || t.kind !== 'word' || covered[k] || ctx.words.stop.has(t.norm)) return false;
    const between = k > item.start ? ctx.text.slice(ctx.tokens[item.start]!.span.end, t.span.start) : ctx.text.slice(t.span.end, ctx.tokens[item.start]!.span.start);
    if (!/^ $/u.test(between)) return false;
    return /^\p{Lu}\p{Ll}/u.test(ctx.text.slice(t.span.start, t.span.end));
  };
  // A possessive ends the name: "Georgia's Black Sea coast", "Iran's Foreign Ministry".
  const right = item.cutEnd === 0 && capitalisedUnknown(item.end);
  return right || (!sentenceStarts.has(item.start - 1) && capitalisedUnknown(item.start - 1));
}

function firstTokens(tokens: readonly Token[], sentences: readonly Sentence[]): Set<number> {
  const starts = new Set<number>();
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && tokens[k]!.span.start < s.span.start) k++;
    while (k < tokens.length && tokens[k]!.kind === 'punct') k++;
    if (k < tokens.length) starts.add(k);
  }
  return starts;
}

function surface(ctx: RefineContext, item: Item): string {
  return ctx.text.slice(ctx.tokens[item.start]!.span.start, ctx.tokens[item.end - 1]!.span.end);
}
