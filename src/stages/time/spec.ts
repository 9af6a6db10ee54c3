import type { CalendarName } from './calendars/convert.js';
import type { PartOfDay, TimeUnit } from './lexicon.js';

/**
 * What an extractor understood, before resolution against the anchor. Extractors say what the text
 * states; `resolve.ts` alone turns that into a TIMEX3 value, filling in (and recording) what is implied.
 */
export type TimeSpec =
  /** A calendar date with any of its parts stated: "29 مرداد", "Oct. 6, 2025", "2022", "يناير الماضي". */
  | {
      readonly kind: 'date';
      readonly calendar: CalendarName;
      readonly year?: number;
      readonly month?: number;
      readonly day?: number;
      readonly weekday?: number;
      /** "يناير الماضي" = -1: the last such month before the anchor; 1: the next one. */
      readonly offset?: -1 | 0 | 1;
      /** A future-tense cue precedes a year-less date: it points forward from the anchor. */
      readonly future?: boolean;
      /** "July last year", "آبان‌ماه امسال", "мае прошлого года": the anchor's year moved by this many years. */
      readonly yearOffset?: number;
      /** The year was taken from the other end of a range, not stated beside this date. */
      readonly yearFromRange?: boolean;
    }
  /** A weekday: bare ("الأربعاء": `offset` null) or with last/this/next. */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly offset: -1 | 0 | 1 | null; readonly future: boolean; readonly part?: PartOfDay }
  /** "last week", "anul trecut", "в прошлом году": the unit containing the anchor, moved by `offset`. */
  | { readonly kind: 'relative'; readonly unit: TimeUnit; readonly offset: number }
  /** A named holiday: "Thanksgiving", "Nowruz", "عيد الفطر", "last Christmas", "Christmas 2025". */
  | { readonly kind: 'holiday'; readonly rule: string; readonly year?: number; readonly offset?: -1 | 0 | 1; readonly future: boolean }
  /** "the 1990s": TimeML's three-digit decade value. */
  | { readonly kind: 'decade'; readonly decade: number }
  /** "the 20th century": TimeML's two-digit century value (19). */
  | { readonly kind: 'century'; readonly century: number }
  /** "the weekend": the last one, or the next one after a future cue. */
  | { readonly kind: 'weekend'; readonly future: boolean }
  /** "three years ago", "peste 3 zile", "через 3 дня": the anchor moved by amount × unit. */
  | { readonly kind: 'shift'; readonly unit: TimeUnit; readonly amount: number }
  /** "yesterday", "today", "tomorrow", optionally with a part of the day. */
  | { readonly kind: 'deictic'; readonly days: number; readonly part?: PartOfDay }
  /** TIMEX3 vague references (PRESENT_REF, PAST_REF, FUTURE_REF). */
  | { readonly kind: 'ref'; readonly value: string }
  /** "40 de ani" → P40Y; `amount` null for "years" (PXY). */
  | { readonly kind: 'duration'; readonly unit: TimeUnit; readonly amount: number | null }
  /** A TIMEX3 SET value: "daily" → P1D, "every Wednesday" → XXXX-WXX-3. */
  | { readonly kind: 'set'; readonly value: string }
  /** "the third quarter": quarter of the anchor's year unless that lies ahead. */
  | { readonly kind: 'quarter'; readonly quarter: number; readonly year?: number; readonly yearOffset?: number }
  /**
   * The period the text reports on, in a stated year or `yearOffset` years from it: "the year-earlier
   * quarter", "the 1988 period", "the latest period". Its granularity comes from the discourse.
   */
  | { readonly kind: 'comparable'; readonly yearOffset: number; readonly year?: number; readonly quarter?: number }
  /** "last fall", "this summer", "summer 2025". */
  | { readonly kind: 'season'; readonly season: string; readonly offset: number; readonly year?: number }
  /** A clock time: "10:30", "10 a.m."; the date is the one stated beside it ("9 a.m. Tuesday"), else the anchor's. */
  | { readonly kind: 'clock'; readonly hour: number; readonly minute: number; readonly date?: TimeSpec };

/** A proposed temporal expression: a token range and what it means. */
export interface Candidate {
  /** First token and the token just after the last. */
  readonly first: number;
  readonly end: number;
  /** Normalised start offset (may skip a proclitic glued to the first token). */
  readonly start: number;
  readonly spec: TimeSpec;
}
