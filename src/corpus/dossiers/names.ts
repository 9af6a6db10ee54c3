import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { ArticleRecord } from '../../output/record.js';
import { normalizeForMatch } from '../../stages/normalize/fold.js';
import { isSupportedLanguage, loadLanguage } from '../../languages/index.js';
import { countryOf } from '../../stages/events/actors.js';
import { isAgentId } from '../../stages/events/agents.js';
import type { EvidenceRef, NamedRef } from './types.js';

/** Names of entity ids, from the KB (display language) or else from the records' entity lists. */
export interface NameBook {
  name(id: string): string;
  ref(id: string): NamedRef;
  /** The country an entity belongs to (itself for a country), from the KB. */
  country(id: string): string | null;
}

/**
 * Builds the name book for a set of records.
 * @example createNameBook(records, kb, 'en').name('Q184') // 'Belarus'
 */
export function createNameBook(records: readonly ArticleRecord[], kb: KnowledgeBase, language = 'en'): NameBook {
  const seen = new Map<string, string>();
  for (const r of records) for (const e of r.entities) if (!seen.has(e.id)) seen.set(e.id, e.name);
  const name = (id: string): string => {
    if (isAgentId(id)) return agentName(id, language);
    const entity = kb.get(id);
    return entity ? kb.displayName(entity, language) : (seen.get(id) ?? id);
  };
  return { name, ref: (id) => ({ id, name: name(id) }), country: (id) => countryOf(id, kb, '9999-12-31') };
}

/**
 * A generic actor's display name: the first phrase its CAMEO code has in the display language's
 * event cues ("agent:COP" → "police", "الشرطة"), else in English, else the id.
 */
export function agentName(id: string, language: string): string {
  const code = id.slice(id.indexOf(':') + 1);
  for (const lang of [language, 'en']) {
    if (!isSupportedLanguage(lang)) continue;
    const types: Partial<Record<string, readonly string[]>> = loadLanguage(lang).eventCues.agents.types;
    const phrase = types[code]?.[0];
    if (phrase) return phrase;
  }
  return id;
}

/**
 * Resolves what a user typed ("Iran", "ایران", "Q794", "Belarus") to an entity id: an id as is, else
 * a KB name in any script (countries first), else an entity named so in the records.
 */
export function resolveActor(query: string, records: readonly ArticleRecord[], kb: KnowledgeBase): string | null {
  const q = query.trim();
  if (/^(Q\d+|x:[\w-]+)$/u.test(q)) return q;
  const found = kb.findByName(q);
  const best = found.find((e) => e.type === 'GPE' && !e.country) ?? found[0];
  if (best) return best.id;
  const folded = normalizeForMatch(q);
  for (const r of records) for (const e of r.entities) if (normalizeForMatch(e.name) === folded) return e.id;
  return null;
}

/** The evidence reference of a span of a record. */
export function evidenceOf(record: ArticleRecord, span: { start: number; end: number; text: string }): EvidenceRef {
  return { article: record.id, start: span.start, end: span.end, text: span.text, outlet: record.source, language: record.language, url: record.url };
}
