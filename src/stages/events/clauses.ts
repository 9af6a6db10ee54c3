import type { Token } from '../../model/analysis.js';
import type { Span } from '../../model/span.js';
import type { CueHit } from './cues.js';
import type { EventLexicon } from './lexicon.js';
import { matchAnyAt } from './match.js';

/** Punctuation that separates clauses (Latin, Arabic and Persian comma and semicolon, dashes, colon). */
const CLAUSE_PUNCT = new Set([',', ';', ':', '،', '؛', '—', '–']);

// A verb followed this closely by another verb governs it ("agreed in principle on Saturday to provide").
const COMPLEMENT_REACH = 5;

/**
 * Drops verb cues that complement the verb before them: PLOVER codes the governing verb ("agreed
 * to provide aid" is AGREE, "refused to allow" is REJECT). A noun ("supported the war") or a clause
 * break between them keeps both.
 */
export function dropComplements(hits: readonly CueHit[], tokens: readonly Token[], words: readonly Token[], lexicon: EventLexicon): CueHit[] {
  const out: CueHit[] = [];
  for (const hit of hits) {
    const head = out.at(-1);
    if (head && !head.noun && !hit.noun && hit.from - head.to <= COMPLEMENT_REACH && !breakBetween(head, hit, tokens, words, lexicon)) continue;
    out.push(hit);
  }
  return out;
}

function breakBetween(a: CueHit, b: CueHit, tokens: readonly Token[], words: readonly Token[], lexicon: EventLexicon): boolean {
  if (tokens.some((t) => t.kind === 'punct' && CLAUSE_PUNCT.has(t.norm) && t.span.start >= a.span.end && t.span.end <= b.span.start)) return true;
  for (let i = a.to; i < b.from; i++) if (matchAnyAt(words, i, lexicon.clauseBreaks, []) > 0) return true;
  return false;
}

/** The stretch of a sentence that belongs to one cue: its actors, place and date are read there. */
export interface EventWindow {
  readonly hit: CueHit;
  readonly span: Span;
}

/**
 * Splits a sentence among its cues. A cue's clause runs from where the previous one ended to the
 * first clause break after the cue (a comma or a break word such as "but", "لكن", "iar") before the
 * next cue; the last cue's clause stops only at a break word, so "signed … with Moscow, last January"
 * keeps its date.
 */
export function assignWindows(sentence: Span, tokens: readonly Token[], words: readonly Token[], hits: readonly CueHit[], lexicon: EventLexicon): EventWindow[] {
  const punctBreaks = tokens.filter((t) => t.kind === 'punct' && CLAUSE_PUNCT.has(t.norm)).map((t) => t.span.start);
  const wordBreaks: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (matchAnyAt(words, i, lexicon.clauseBreaks, []) > 0) wordBreaks.push(words[i]!.span.start);
  }
  const windows: EventWindow[] = [];
  let start = sentence.start;
  hits.forEach((hit, k) => {
    const next = hits[k + 1];
    let end: number;
    if (next) {
      const limit = next.span.start;
      const breaks = [...punctBreaks, ...wordBreaks].filter((p) => p >= hit.span.end && p <= limit).sort((a, b) => a - b);
      end = breaks[0] ?? limit;
    } else {
      end = wordBreaks.filter((p) => p >= hit.span.end).sort((a, b) => a - b)[0] ?? sentence.end;
    }
    windows.push({ hit, span: { start, end: Math.max(end, hit.span.end) } });
    start = Math.max(end, hit.span.end);
  });
  return windows;
}
