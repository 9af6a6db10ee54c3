import type { Analysis } from '../../model/analysis.js';
import { isoDay, type EventWhen } from './dates.js';
import type { ArticleMeta } from './story-index.js';

/** Characters of the text kept as a lead (a title stand-in for untitled articles). */
const LEAD_LENGTH = 160;
/** Characters of a quote kept for the story view. */
const QUOTE_LENGTH = 200;

/**
 * What the story views need of an article, taken from its analysis at assignment time so listing
 * a story needs no re-analysis.
 */
export function describeArticle(analysis: Readonly<Analysis>, when: EventWhen): ArticleMeta {
  const { article } = analysis;
  const firstLine = article.text.trim().split(/\n/, 1)[0] ?? '';
  return {
    title: article.title,
    source: article.source,
    url: article.url,
    language: analysis.language,
    publishedAt: analysis.publishedAt,
    // Only a date the text or a trusted publication date anchors (see dates.ts): a "Wednesday"
    // resolved against the run clock is not shown as the event's date.
    eventDate: when.day !== null ? isoDay(when.day) : null,
    lead: firstLine.slice(0, LEAD_LENGTH),
    entities: analysis.entities.map((e) => ({ id: e.id, name: e.name, type: e.type })),
    quotes: analysis.quotes.map((q) => ({
      speaker: q.speaker?.name ?? null,
      via: q.via?.name ?? null,
      text: q.text.slice(0, QUOTE_LENGTH),
    })),
  };
}
