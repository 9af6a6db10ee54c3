import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelSpan, TagType } from '../labels.js';
import type { CorpusSentence } from './types.js';

/**
 * factRuEval-2016 (Starostin et al. 2016) standoff: per document `.txt`, `.tokens`
 * (`id offset length text`, blank line between sentences), `.spans`
 * (`id type offset length firstToken nTokens # tokenIds… text`) and `.objects`
 * (`id Type spanIds… # text`).
 *
 * A mention is read from an object's *name* spans only (its descriptor spans such as org_descr
 * "мэрии" or loc_descr "площади", and job titles, are not names), over the token range they
 * cover. Objects without a name span (an Org made only of a descriptor and a city) yield nothing.
 */

/** factRuEval object types → tagger types; LocOrg (a place acting as an organisation, "Москвы") is LOC. */
export const FACTRUEVAL_TYPES: Readonly<Record<string, TagType>> = {
  Person: 'PER', Org: 'ORG', Location: 'LOC', LocOrg: 'LOC', Project: 'MISC',
};

/** Span types that are names, per object type (geo_adj "подмосковного" is an adjective, not a name). */
const NAME_SPANS: Readonly<Record<string, readonly string[]>> = {
  Person: ['name', 'surname', 'patronymic', 'nickname'],
  Org: ['org_name'],
  Location: ['loc_name'],
  LocOrg: ['loc_name'],
  Project: ['prj_name'],
};

interface TokenAt { readonly sentence: number; readonly index: number }

/**
 * Reads every document of a factRuEval folder, in numeric order of document id.
 * @example readFactRuEval('../shared/data/ner/ru-factrueval-dev')[0].doc // 'book_100'
 */
export function readFactRuEval(dir: string): CorpusSentence[] {
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.tokens'))
    .map((f) => f.slice(0, -'.tokens'.length))
    .sort((a, b) => docNumber(a) - docNumber(b) || a.localeCompare(b));
  return docs.flatMap((doc) => readDocument(dir, doc));
}

function docNumber(doc: string): number {
  const m = /(\d+)$/.exec(doc);
  return m ? Number(m[1]) : 0;
}

function readDocument(dir: string, doc: string): CorpusSentence[] {
  const tokenLines = readFileSync(join(dir, `${doc}.tokens`), 'utf8').split(/\r?\n/);
  const sentences: string[][] = [[]];
  const where = new Map<string, TokenAt>();
  for (const line of tokenLines) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4) {
      if (sentences[sentences.length - 1]!.length) sentences.push([]);
      continue;
    }
    const current = sentences[sentences.length - 1]!;
    where.set(fields[0]!, { sentence: sentences.length - 1, index: current.length });
    current.push(fields.slice(3).join(' '));
  }
  if (!sentences[sentences.length - 1]!.length) sentences.pop();
  const spans = readSpans(join(dir, `${doc}.spans`));
  const mentions = sentences.map((): LabelSpan[] => []);
  for (const line of readFileSync(join(dir, `${doc}.objects`), 'utf8').split(/\r?\n/)) {
    const [head] = line.split('#');
    const fields = head!.trim().split(/\s+/);
    const objectType = fields[1];
    if (!objectType || !(objectType in FACTRUEVAL_TYPES)) continue;
    const tokenIds = fields.slice(2).flatMap((id) => {
      const s = spans.get(id);
      return s && NAME_SPANS[objectType]!.includes(s.type) ? s.tokens : [];
    });
    const mention = mentionOf(tokenIds.map((t) => where.get(t)).filter((t): t is TokenAt => t !== undefined), FACTRUEVAL_TYPES[objectType]!);
    if (mention) mentions[mention.sentence]!.push(mention.span);
  }
  return sentences.map((tokens, i) => ({ tokens, spans: removeOverlaps(mentions[i]!), doc }));
}

function readSpans(path: string): Map<string, { type: string; tokens: string[] }> {
  const spans = new Map<string, { type: string; tokens: string[] }>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const [head, tail] = line.split('#');
    const fields = head!.trim().split(/\s+/);
    if (fields.length < 6 || tail === undefined) continue;
    const count = Number(fields[5]);
    spans.set(fields[0]!, { type: fields[1]!, tokens: tail.trim().split(/\s+/).slice(0, count) });
  }
  return spans;
}

// The covered range of the object's name tokens; names split across sentences are dropped.
function mentionOf(tokens: readonly TokenAt[], type: TagType): { sentence: number; span: LabelSpan } | null {
  if (tokens.length === 0) return null;
  const sentence = tokens[0]!.sentence;
  if (tokens.some((t) => t.sentence !== sentence)) return null;
  const start = Math.min(...tokens.map((t) => t.index));
  const end = Math.max(...tokens.map((t) => t.index)) + 1;
  return { sentence, span: { start, end, type } };
}

// The same name can belong to two objects (a Person inside a Location "памятник Юрию
// Долгорукому"; Org and LocOrg); keep the longest, then the first, and drop what overlaps it.
function removeOverlaps(spans: readonly LabelSpan[]): LabelSpan[] {
  const kept: LabelSpan[] = [];
  const ordered = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const s of ordered) {
    if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
