import type { LabelSpan } from '../labels.js';
import type { CorpusSentence, TypeMap } from './types.js';

/**
 * Shared reading of `token TAG` corpora (CoNLL-2003, ANERcorp, Arman) and BIO tag lists (RONEC).
 */

/** One `token TAG` line split; the tag is the last field, the token everything before it. */
export interface TaggedToken {
  readonly token: string;
  readonly tag: string;
}

/**
 * Reads `token TAG` lines into blocks separated by blank lines (`-DOCSTART-` lines also separate).
 * Lines whose token is empty (ANERcorp has a few " O" lines) are skipped.
 */
export function readTaggedBlocks(text: string): TaggedToken[][] {
  const blocks: TaggedToken[][] = [];
  let block: TaggedToken[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('-DOCSTART-')) {
      if (block.length) blocks.push(block);
      block = [];
      continue;
    }
    const cut = trimmed.lastIndexOf(' ');
    if (cut <= 0) continue;
    block.push({ token: trimmed.slice(0, cut).trim(), tag: trimmed.slice(cut + 1) });
  }
  if (block.length) blocks.push(block);
  return blocks;
}

/**
 * Converts BIO/IOB tags to typed spans. An I- tag that does not continue a span of the same
 * corpus class opens one (IOB1 and sloppy IOB2 both read correctly). Classes the map sends to
 * null, or does not list, become O.
 * @example spansFromTags(['B-PERS', 'I-PERS', 'O'], { PERS: 'PER' }) // [{start:0,end:2,type:'PER'}]
 */
export function spansFromTags(tags: readonly string[], map: TypeMap): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let start = -1;
  let cls = '';
  const close = (end: number) => {
    const type = start >= 0 ? map[cls] : null;
    if (type) spans.push({ start, end, type });
    start = -1;
    cls = '';
  };
  tags.forEach((tag, i) => {
    const match = /^([BI])-(.+)$/i.exec(tag);
    if (!match) return close(i);
    const prefix = match[1]!.toUpperCase();
    const tagClass = match[2]!;
    if (prefix === 'I' && start >= 0 && tagClass === cls) return;
    close(i);
    start = i;
    cls = tagClass;
  });
  close(tags.length);
  return spans;
}

/** Builds a sentence from tagged tokens. */
export function sentenceFromTagged(block: readonly TaggedToken[], map: TypeMap, doc?: string): CorpusSentence {
  const tokens = block.map((t) => t.token);
  const spans = spansFromTags(block.map((t) => t.tag), map);
  return doc === undefined ? { tokens, spans } : { tokens, spans, doc };
}
