/**
 * Reads TimeML (`.tml`, TempEval-3) into plain text, the document creation time and the gold TIMEX3
 * spans, with offsets into the plain text (tags removed, entities decoded).
 */

/** A gold TIMEX3. */
export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

/** One TimeML document. */
export interface TimeMLDoc {
  readonly text: string;
  readonly dct: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);/g;

/** Parses a TimeML document; the text is the content of `<TEXT>`. */
export function parseTimeML(xml: string): TimeMLDoc {
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"/.exec(xml);
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  let last = 0;
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const m of body.matchAll(TAG)) {
    text += body.slice(last, m.index);
    last = m.index! + m[0].length;
    if (m[4]) {
      text += ENTITIES[m[4]]!;
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '/') {
      if (open) timexes.push({ start: open.start, end: text.length, text: text.slice(open.start), type: open.type, value: open.value });
      open = null;
    } else {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[3]!)?.[1] ?? '';
      open = { start: text.length, type: attr('type'), value: attr('value') };
    }
  }
  text += body.slice(last);
  return { text, dct: (dct?.[1] ?? dct?.[2] ?? '').slice(0, 10), timexes };
}
