/**
 * A small typed builder of output records for the corpus tests (dossiers, framing, export): an
 * article text plus the facts found in it, located by the text they cover. Not part of the library.
 */
import type { ArticleRecord } from '../../output/record.js';

type EventInit = Omit<ArticleRecord['events'][number], 'evidence' | 'mode' | 'negated'> & { mode?: string; negated?: boolean; evidence: string };
type QuoteInit = { text: string; speaker: { id: string; name: string } | null; via?: { id: string; name: string }; cue?: string; stance?: string };

/** Record fields the tests set; the rest get empty defaults. */
export interface RecordInit {
  readonly id: string;
  readonly text: string;
  readonly language: string;
  readonly source?: string;
  readonly story?: string;
  readonly entities?: readonly { id: string; type: string; name: string; mention: string }[];
  readonly events?: readonly EventInit[];
  readonly quotes?: readonly QuoteInit[];
  readonly timexes?: readonly { text: string; type: string; value: string }[];
}

// Offsets of `part` in `text`; a test-data error (not found) throws with the part named.
function locate(text: string, part: string): { start: number; end: number; text: string } {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`test data: "${part}" is not in the text`);
  return { start, end: start + part.length, text: part };
}

/** Builds an output record whose spans are found by text. */
export function makeRecord(init: RecordInit): ArticleRecord {
  const { text } = init;
  return {
    schema: 1, id: init.id, file: null, url: null, title: null, source: init.source ?? null, publishedAt: null, publishedAtSource: 'none',
    language: init.language, languageConfidence: 1, script: 'Zyyy', eventDate: null,
    entities: (init.entities ?? []).map((e) => ({ id: e.id, type: e.type, name: e.name, mentions: [{ ...locate(text, e.mention), form: 'name' as const }] })),
    timexes: (init.timexes ?? []).map((t) => ({ ...locate(text, t.text), type: t.type, value: t.value })),
    quotes: (init.quotes ?? []).map((q) => ({
      ...locate(text, q.text), direct: true, speaker: q.speaker, coSpeakers: [], speakerSpan: null, via: q.via ?? null, cue: q.cue ? locate(text, q.cue) : null, stance: q.stance ?? 'neutral',
    })),
    events: (init.events ?? []).map((e) => ({ ...e, mode: e.mode ?? null, negated: e.negated ?? false, evidence: locate(text, e.evidence) })),
    story: init.story ?? null, diagnostics: [], analyzers: {},
  };
}
