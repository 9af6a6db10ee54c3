import type { ComponentChildren } from 'preact';
import type { ArticleRecord } from '../api.js';

/**
 * The ORIGINAL article text with its annotations marked: entity mentions and dates as <mark>,
 * quotes underlined. Offsets are UTF-16 code units into the text, exactly what JavaScript string
 * indices are, so slicing needs no conversion. Text is rendered as text nodes only.
 */

/** One marked span. `key` doubles as the element id suffix the facts panel links to. */
export interface Annotation {
  readonly kind: 'entity' | 'date' | 'quote';
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly ref?: string;
}

/** Collects the annotations of a record, dropping any whose offsets fall outside the text. */
export function annotationsOf(record: ArticleRecord, textLength: number): Annotation[] {
  const out: Annotation[] = [];
  for (const e of record.entities ?? []) for (const m of e.mentions) out.push({ kind: 'entity', start: m.start, end: m.end, label: e.name, ref: e.id });
  for (const t of record.timexes ?? []) out.push({ kind: 'date', start: t.start, end: t.end, label: t.value });
  for (const q of record.quotes ?? []) out.push({ kind: 'quote', start: q.start, end: q.end, label: q.speaker?.name ?? 'unattributed' });
  return out.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end <= textLength && a.start < a.end);
}

/** The element id of an annotation's first segment, unique per article block. */
export function anchorId(prefix: string, a: Pick<Annotation, 'kind' | 'start'>): string {
  return `${prefix}-${a.kind}-${a.start}`;
}

/** Scrolls to an annotation and flashes it. */
export function showEvidence(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  element.classList.remove('flash');
  void element.offsetWidth; // restart the animation
  element.classList.add('flash');
}

export function AnnotatedText(props: { text: string; annotations: readonly Annotation[]; prefix: string }) {
  const { text, annotations, prefix } = props;
  // Cut the text at every annotation boundary; each piece knows which annotations cover it.
  const cuts = new Set<number>([0, text.length]);
  for (const a of annotations) cuts.add(a.start).add(a.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ComponentChildren[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = annotations.filter((a) => a.start <= start && a.end >= end);
    let node: ComponentChildren = text.slice(start, end);
    const quote = covering.find((a) => a.kind === 'quote');
    const mark = covering.find((a) => a.kind === 'entity') ?? covering.find((a) => a.kind === 'date');
    if (mark) {
      node = (
        <mark class={`ann ${mark.kind}`} id={mark.start === start ? anchorId(prefix, mark) : undefined} title={`${mark.kind === 'entity' ? 'Entity' : 'Date'}: ${mark.label}`} data-ref={mark.ref}>
          {node}
        </mark>
      );
    }
    if (quote) {
      node = (
        <span class="ann quote" id={quote.start === start && !mark ? anchorId(prefix, quote) : undefined} title={`Quote: ${quote.label}`}>
          {node}
        </span>
      );
    }
    pieces.push(node);
  }
  return <div class="article-text">{pieces}</div>;
}
