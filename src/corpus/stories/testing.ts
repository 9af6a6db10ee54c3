import type { Analysis, EntityType, Mention, Timex } from '../../model/analysis.js';
import { createArticle } from '../../model/article.js';
import { emptyAnalysis } from '../../model/analysis.js';
import { tokenize } from '../../stages/segment/tokens.js';

/** A name to find in a test article's text, with the entity it links to. */
export interface TestEntity {
  readonly text: string;
  readonly id: string;
  readonly type: EntityType;
}

/** What a hand-built test analysis needs. */
export interface TestArticle {
  readonly id: string;
  readonly text: string;
  readonly language: string;
  readonly entities?: readonly TestEntity[];
  /** ISO date stated with its year in the text (e.g. "20 August 2025"). */
  readonly eventDate?: string;
  readonly title?: string;
  readonly source?: string;
}

/**
 * Builds an analysis by hand for story tests: real tokens (tokenize), mentions at every occurrence of
 * each entity's text (linked by alias), and an event date stated with its year.
 */
export function buildAnalysis(a: TestArticle): Analysis {
  const article = createArticle({ text: a.text, title: a.title ?? null, source: a.source ?? null }, a.id);
  const mentions: Mention[] = [];
  for (const e of a.entities ?? []) {
    for (let at = a.text.indexOf(e.text); at >= 0; at = a.text.indexOf(e.text, at + 1)) {
      mentions.push({ span: { start: at, end: at + e.text.length }, text: e.text, form: 'name', type: e.type, entityId: e.id, method: 'alias', confidence: 1 });
    }
  }
  mentions.sort((x, y) => x.span.start - y.span.start);
  const timexes: Timex[] = a.eventDate
    ? [{ span: { start: 0, end: 0 }, text: a.eventDate, type: 'DATE', value: a.eventDate, known: ['year', 'month', 'day'], implied: [] }]
    : [];
  return {
    ...emptyAnalysis(article),
    language: a.language,
    tokens: tokenize(a.text),
    mentions,
    entities: [...new Map((a.entities ?? []).map((e) => [e.id, { id: e.id, type: e.type, name: e.text }])).values()],
    timexes,
    eventDate: a.eventDate ?? null,
  };
}
