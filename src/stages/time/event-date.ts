import type { Timex } from '../../model/analysis.js';
import type { Span } from '../../model/span.js';

/**
 * The date of the main reported event. News puts the event in the lead: the first day-precise date
 * in the opening of the body ("قال الرئيسان … الأربعاء", "روز چهارشنبه به مینسک") is the event's.
 * Without one, the dateline's date stands in (the story was filed where and when it happened).
 */

/** How far into the text the lead reaches, in UTF-16 units (a long first paragraph of wire copy). */
const LEAD_REACH = 600;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

/** Picks the event date from the timexes (ISO `YYYY-MM-DD`), or null. */
export function pickEventDate(timexes: readonly Timex[], dateline: Span | null, datelineDate: string | null): string | null {
  const leadStart = dateline ? dateline.end : 0;
  for (const t of timexes) {
    if (t.span.start < leadStart) continue;
    if (t.span.start > leadStart + LEAD_REACH) break;
    if (t.type === 'DATE' && DAY_VALUE.test(t.value)) return t.value.slice(0, 10);
  }
  return datelineDate;
}
