import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { isSupportedLanguage, loadLanguage } from '../../languages/index.js';
import type { EntityType, Mention, Sentence, Token } from '../../model/analysis.js';
import type { Trace } from '../../pipeline/trace.js';
import { silentTrace } from '../../pipeline/trace.js';
import type { EntityItem, Item, RoleItem, TitleItem, UnknownItem } from './items.js';
import { getLexicon, type LexEntry } from './lexicon.js';
import { linkName } from './link-name.js';
import { matchLexicon, selectMatches, type LexMatch } from './match.js';
import { packWords } from './pack-words.js';
import { refineEntityItems } from './refine.js';
import { resolveEntityItems } from './resolve.js';
import { findTitlePhrases, resolveRoles } from './roles.js';
import { tokenRangeSpan } from './spans.js';
import { findSurnames } from './surnames.js';
import type { Tagger } from './tagger/index.js';
import { namesAfterTitles, namesFromTagger } from './unknown-names.js';
import { compileClitics } from './variants.js';

/**
 * Recognition and linking for one article, as extractors then refiners (chrono's two roles):
 * KB lexicon matches → context resolution → weak-alias and adjacency filters → title phrases →
 * unknown names after titles and from the tagger → office holders → surnames → mentions.
 */

/** What recognition reads from the analysis. */
export interface RecognizeInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** ISO 639-1 code of the article (its pack's clitics and titles apply), or `und`. */
  readonly language: string;
  /** The article's date (YYYY-MM-DD): office holders are looked up on it. */
  readonly date: string;
}

/** Resources recognition uses. */
export interface RecognizeOptions {
  readonly kb: KnowledgeBase;
  readonly tagger?: Tagger | null;
  readonly trace?: Trace;
}

/**
 * Finds and links the entity mentions of an article; spans are in the original text.
 * @example recognizeEntities({ text, tokens, sentences, language: 'ar', date: '2025-08-20' }, { kb })
 */
export function recognizeEntities(input: RecognizeInput, options: RecognizeOptions): Mention[] {
  const { text, tokens } = input;
  const { kb } = options;
  const trace = options.trace ?? silentTrace;
  const pack = isSupportedLanguage(input.language) ? loadLanguage(input.language) : null;
  const clitics = compileClitics(pack);
  const lexicon = getLexicon(kb);
  const words = packWords(pack, lexicon, kb);

  const matched = selectMatches(matchLexicon(text, tokens, lexicon, clitics, localPlaceNames(kb, input.language)), input.language).map((m) => toItem(m));
  const titles = matched.filter((i): i is TitleItem => i.kind === 'title');
  const afterTitle = new Set(matched.filter((i): i is EntityItem => i.kind === 'entity' && titles.some((t) => t.end === i.start)));
  resolveEntityItems(matched.filter((i): i is EntityItem => i.kind === 'entity'), kb, afterTitle);
  const kept = refineEntityItems(matched, { text, tokens, sentences: input.sentences, kb, words, trace });

  const covered = new Uint8Array(tokens.length);
  const cover = (item: Item) => covered.fill(1, item.start, item.end);
  kept.forEach(cover);
  const isCovered = (k: number) => covered[k] === 1;

  const phrases = findTitlePhrases(kept, tokens, words, kb);
  const unknowns = namesAfterTitles(phrases, tokens, text, words, isCovered);
  unknowns.forEach(cover);
  if (options.tagger) {
    for (const item of tagSentences(options.tagger, input, isCovered)) {
      unknowns.push(item);
      cover(item);
    }
  }
  const personAt = new Set<number>();
  for (const i of kept) if (i.kind === 'entity' && kb.get(i.id)?.type === 'PER') personAt.add(i.start);
  for (const u of unknowns) if (u.type === 'PER') personAt.add(u.start);
  const { roles, absorbed } = resolveRoles(phrases, (k) => personAt.has(k), kb, input.date);

  for (const u of unknowns) linkUnknown(u, text, tokens, kb);
  const entities = kept.filter((i): i is EntityItem => i.kind === 'entity' && !absorbed.has(i));
  roles.forEach(cover);
  const surnames = findSurnames([...entities, ...unknowns], { text, tokens, kb, clitics, words, covered: isCovered });
  const items: (EntityItem | UnknownItem | RoleItem)[] = [...entities, ...roles, ...unknowns, ...surnames];
  items.sort((a, b) => a.start - b.start);
  const mentions = items.map((item) => toMention(item, text, tokens, kb));
  for (const m of mentions) trace(() => `entities: "${m.text}" [${m.span.start},${m.span.end}) → ${m.entityId} (${m.form}, ${m.method}, ${m.confidence.toFixed(2)})`);
  return mentions;
}

/**
 * Places have settled local names, so a one-word place name spelled the way another language spells
 * it is a false friend more often than a mention: Persian یونان (Greece) is Yunnan in an Arabic text,
 * which calls Greece اليونان; Arabic مجري (Hungarian) is Persian مجری (presenter). Such a name or demonym
 * is accepted only when the article's language has none of its own for the place. People's and
 * organisations' names travel across languages and are always accepted.
 */
function localPlaceNames(kb: KnowledgeBase, language: string): (entry: LexEntry, tokenCount: number) => boolean {
  return (entry, tokenCount) => {
    if (entry.kind === 'title' || entry.languages.includes(language) || tokenCount > 1 || !entry.id) return true;
    const entity = kb.get(entry.id);
    if (!entity || (entity.type !== 'GPE' && entity.type !== 'LOC')) return true;
    return entry.kind === 'name' ? !entity.names[language] : !entity.demonyms[language];
  };
}

function toItem(m: LexMatch): EntityItem | TitleItem {
  const names = m.entries.filter((e) => e.kind !== 'title');
  if (names.length === 0) {
    const role = m.entries.find((e) => e.role)?.role ?? null;
    return { kind: 'title', start: m.start, end: m.end, cutStart: m.cutStart, role };
  }
  const ids = [...new Set(names.map((e) => e.id!))];
  const forms = new Map<string, 'name' | 'demonym'>();
  const weakIds = new Set<string>();
  for (const id of ids) {
    const mine = names.filter((e) => e.id === id);
    forms.set(id, mine.some((e: LexEntry) => e.kind === 'name') ? 'name' : 'demonym');
    if (mine.every((e) => e.weak)) weakIds.add(id);
  }
  const confidence = m.cutStart > 0 || m.cutEnd > 0 || m.inflected ? 0.9 : 0.95;
  return { kind: 'entity', start: m.start, end: m.end, cutStart: m.cutStart, cutEnd: m.cutEnd, inflected: m.inflected, ids, forms, weakIds, id: ids[0]!, method: 'alias', confidence };
}

// One document per article: later sentences see what the tagger said about their words earlier.
function* tagSentences(tagger: Tagger, input: RecognizeInput, covered: (k: number) => boolean): Generator<UnknownItem> {
  const { text, tokens } = input;
  const article = tagger.document();
  let k = 0;
  for (const sentence of input.sentences) {
    while (k < tokens.length && tokens[k]!.span.start < sentence.span.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.span.end <= sentence.span.end) k++;
    if (k === first) continue;
    const surfaces = tokens.slice(first, k).map((t) => text.slice(t.span.start, t.span.end));
    yield* namesFromTagger(article.tag(surfaces), first, covered);
  }
}

const TYPES_FOR: Readonly<Record<EntityType, readonly EntityType[]>> = {
  PER: ['PER'], ORG: ['ORG'], LOC: ['GPE', 'LOC'], GPE: ['GPE', 'LOC'], NORP: ['NORP'], EVENT: ['EVENT'], MISC: ['NORP', 'EVENT'],
};

function linkUnknown(item: UnknownItem, text: string, tokens: readonly Token[], kb: KnowledgeBase): void {
  const span = tokenRangeSpan(text, tokens, item.start, item.end);
  const link = linkName(text.slice(span.start, span.end), kb, { types: TYPES_FOR[item.type] });
  item.id = link.id;
  if (link.method !== 'provisional') {
    item.method = `${item.method}+${link.method}`;
    item.confidence = Math.min(item.score, link.score);
  }
}

function toMention(item: EntityItem | UnknownItem | RoleItem, text: string, tokens: readonly Token[], kb: KnowledgeBase): Mention {
  const cutStart = item.cutStart;
  const cutEnd = item.kind === 'entity' ? item.cutEnd : 0;
  const span = tokenRangeSpan(text, tokens, item.start, item.end, cutStart, cutEnd);
  const base = { span, text: text.slice(span.start, span.end), entityId: item.id, method: item.method, confidence: item.confidence };
  if (item.kind === 'role') return { ...base, form: 'role', type: 'PER' };
  if (item.kind === 'unknown') return { ...base, form: 'name', type: item.type };
  return { ...base, form: item.forms.get(item.id) ?? 'name', type: kb.get(item.id)?.type ?? 'MISC' };
}
