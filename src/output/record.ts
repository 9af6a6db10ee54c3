import type { Analysis, Mention } from '../model/analysis.js';
import { sliceSpan } from '../model/span.js';

/** Version of the JSON Lines contract (docs/output.md). Bump on any incompatible change. */
export const OUTPUT_SCHEMA_VERSION = 1;

/** A mention as it appears in the output. */
export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  form: Mention['form'];
}

/** One line of `crosswire analyze --json`: the public contract, documented in docs/output.md. */
export interface ArticleRecord {
  schema: number;
  id: string;
  file: string | null;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  publishedAtSource: string;
  language: string;
  languageConfidence: number;
  script: string;
  eventDate: string | null;
  entities: { id: string; type: string; name: string; mentions: MentionRecord[] }[];
  timexes: { start: number; end: number; text: string; type: string; value: string }[];
  quotes: {
    start: number;
    end: number;
    text: string;
    direct: boolean;
    speaker: { id: string; name: string } | null;
    // Optional in the type: records stored before these fields existed lack them.
    coSpeakers?: { id: string; name: string }[];
    speakerSpan?: { start: number; end: number; text: string } | null;
    via: { id: string; name: string } | null;
    cue: { start: number; end: number; text: string } | null;
    stance: string | null;
  }[];
  events: {
    type: string;
    mode: string | null;
    source: string[];
    target: string[];
    date: string | null;
    location: string | null;
    negated: boolean;
    evidence: { start: number; end: number; text: string };
  }[];
  story: string | null;
  diagnostics: { stage: string; code: string; severity: string; message: string; start?: number; end?: number }[];
  analyzers: Record<string, number>;
}

// Confidence is a probability; four decimals are plenty and keep lines short and stable.
const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Converts an analysis into its output record. Field order is fixed so output diffs stay readable.
 * @example process.stdout.write(JSON.stringify(toRecord(analysis)) + '\n')
 */
export function toRecord(analysis: Analysis): ArticleRecord {
  const { article } = analysis;
  const text = article.text;
  return {
    schema: OUTPUT_SCHEMA_VERSION,
    id: article.id,
    file: article.file,
    url: article.url,
    title: article.title,
    source: article.source,
    publishedAt: analysis.publishedAt,
    publishedAtSource: analysis.publishedAtSource,
    language: analysis.language,
    languageConfidence: round(analysis.languageConfidence),
    script: analysis.script,
    eventDate: analysis.eventDate,
    entities: analysis.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      mentions: analysis.mentions
        .filter((m) => m.entityId === e.id)
        .map((m) => ({ start: m.span.start, end: m.span.end, text: m.text, form: m.form })),
    })),
    timexes: analysis.timexes.map((t) => ({ start: t.span.start, end: t.span.end, text: t.text, type: t.type, value: t.value })),
    quotes: analysis.quotes.map((q) => ({
      start: q.span.start,
      end: q.span.end,
      text: q.text,
      direct: q.direct,
      speaker: q.speaker && { id: q.speaker.id, name: q.speaker.name },
      coSpeakers: (q.coSpeakers ?? []).map((c) => ({ id: c.id, name: c.name })),
      speakerSpan: q.speakerSpan ? { start: q.speakerSpan.start, end: q.speakerSpan.end, text: sliceSpan(text, q.speakerSpan) } : null,
      via: q.via && { id: q.via.id, name: q.via.name },
      cue: q.cue && { start: q.cue.start, end: q.cue.end, text: q.cue.text },
      stance: q.stance ?? null,
    })),
    events: analysis.events.map((e) => ({
      type: e.type,
      mode: e.mode ?? null,
      source: [...e.source],
      target: [...e.target],
      date: e.date,
      location: e.location,
      negated: e.negated ?? false,
      evidence: { start: e.evidence.start, end: e.evidence.end, text: sliceSpan(text, e.evidence) },
    })),
    story: analysis.story,
    diagnostics: analysis.diagnostics.map((d) => ({
      stage: d.stage,
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...(d.span ? { start: d.span.start, end: d.span.end } : {}),
    })),
    analyzers: { ...analysis.analyzers },
  };
}
