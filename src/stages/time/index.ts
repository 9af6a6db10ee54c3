import { isSupportedLanguage } from '../../languages/index.js';
import type { Analysis } from '../../model/analysis.js';
import type { PublishedAtSource } from '../../model/article.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import type { CalendarDate } from './calendars/convert.js';
import { pickEventDate } from './event-date.js';
import { dateOf, findCandidates, resolveCandidates } from './extract.js';
import { buildLexicon, emptyLexicon } from './lexicon.js';
import { findDateline, latestStatedDate, metadataDate, type PublicationDate } from './published.js';

export { extractTimexes, extractFromMapped, type ExtractOptions } from './extract.js';
export { toGregorian, fromGregorian, type CalendarName, type CalendarDate } from './calendars/convert.js';

const iso = (d: CalendarDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/**
 * The time stage: TIMEX3 expressions in every calendar, the publication date (metadata, dateline or
 * text) and the date of the main event. Relative expressions resolve against the publication date,
 * or against `ctx.reference` when there is none.
 * @example const analysis = await createPipeline([langid, normalize, time]).run(article)
 */
export const time: Stage = {
  name: 'time',
  // 2: discourse-aware comparisons ("a year earlier" → 1988-Q3), holidays, decades, vague durations.
  version: 2,
  requires: ['language', 'normalized'],
  provides: ['timexes', 'eventDate', 'publishedAt', 'publishedAtSource'],
  run(input: Readonly<Analysis>, ctx: StageContext): Partial<Analysis> {
    const text = input.article.text;
    const lexicon = isSupportedLanguage(input.language) ? buildLexicon(ctx.language(input.language)) : emptyLexicon();
    const candidates = findCandidates(text, input.normalized, lexicon);
    const now = dateOf(ctx.now);
    const publication = publicationDate(input, candidates, now, ctx);
    // Relative dates need an anchor even when the publication date is unknown: the run time stands in,
    // but then its year is no evidence for year-less dates.
    const anchor = publication.date ?? dateOf(ctx.reference);
    if (!publication.date && candidates.length > 0) {
      ctx.report({
        code: 'time/no-publication-date',
        message: `No publication date in the metadata, a dateline or the text: relative dates resolve against ${iso(anchor)}`,
        severity: 'info',
      });
    }
    const timexes = resolveCandidates(text, candidates, { anchor, inferYear: publication.yearStated });
    const dateline = publication.dateline?.span ?? null;
    const eventDate = pickEventDate(timexes, dateline, publication.source === 'dateline' && publication.date ? iso(publication.date) : null);
    ctx.trace(() => `time: ${timexes.length} timexes; published ${publication.date ? iso(publication.date) : 'unknown'} from ${publication.source}; event ${eventDate}`);
    return {
      timexes,
      eventDate,
      publishedAt: publication.source === 'metadata' ? input.publishedAt : publication.date && iso(publication.date),
      publishedAtSource: publication.source,
    };
  },
};

function publicationDate(
  input: Readonly<Analysis>,
  candidates: Parameters<typeof findDateline>[1],
  now: CalendarDate,
  ctx: StageContext,
): PublicationDate {
  if (input.publishedAt) {
    const meta = metadataDate(input.publishedAt, ctx.now);
    if (meta) return { date: meta, source: sourceOf(input.publishedAtSource), yearStated: true };
    ctx.report({
      code: 'time/published-at-invalid',
      message: `Publication date "${input.publishedAt}" is unreadable or after the run time; ignored`,
      severity: 'warning',
    });
  }
  const dateline = findDateline(input.article.text, candidates, now);
  if (dateline) return dateline;
  const stated = latestStatedDate(candidates, now);
  if (stated) return { date: stated, source: 'text', yearStated: true };
  return { date: null, source: 'none', yearStated: false };
}

// A date that came in with the article keeps its origin (metadata, or a dateline found by a reader).
function sourceOf(source: PublishedAtSource): PublishedAtSource {
  return source === 'none' ? 'metadata' : source;
}
