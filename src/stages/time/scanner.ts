import { step, type LexEntry, type LexKind, type TimeLexicon } from './lexicon.js';
import type { TimeToken } from './tokens.js';

/**
 * Lookups over a token stream that the extractors share: which lexicon phrases start at a token
 * (memoised, longest first), numbers in digits or words, and small boundary tests.
 */

/** A lexicon phrase found at a token. */
export interface LexMatch {
  readonly entry: LexEntry;
  /** Token index just after the phrase. */
  readonly end: number;
  /** Normalised offset where the phrase starts (after a stripped proclitic). */
  readonly start: number;
}

/** A number found at a token: digits ("21", "21st") or words ("الحادي والعشرين", "twenty-four"). */
export interface NumberMatch {
  readonly value: number;
  readonly end: number;
  readonly start: number;
  readonly ordinal: boolean;
  /** Digit count when written in digits, 0 for words. */
  readonly digits: number;
}

// Longest-phrase lookups are bounded by the trie depth, which is a handful of tokens.
const MAX_PREFIX_REMAINDER = 2;

/** The token stream of one text with its lexicon. */
export class TimeScanner {
  private readonly memo = new Map<number, LexMatch[]>();

  constructor(
    readonly tokens: readonly TimeToken[],
    readonly lexicon: TimeLexicon,
    /** True when the original text of token `i` starts with a capital letter. */
    readonly isCapitalized: (i: number) => boolean = () => false,
  ) {}

  /** All lexicon phrases starting at token `i`, longest first. */
  matchesAt(i: number): readonly LexMatch[] {
    const hit = this.memo.get(i);
    if (hit) return hit;
    const out: LexMatch[] = [];
    const token = this.tokens[i];
    if (token) {
      this.walk(token.text, i, token.start, out);
      if (token.kind === 'word') {
        // Arabic proclitics (و، ب، ل …) glue onto time words: "والأربعاء", "بالعشرين".
        for (const p of this.lexicon.prefixes) {
          if (token.text.length - p.length >= MAX_PREFIX_REMAINDER && token.text.startsWith(p)) {
            this.walk(token.text.slice(p.length), i, token.start + p.length, out);
          }
        }
      }
    }
    out.sort((a, b) => b.end - a.end);
    this.memo.set(i, out);
    return out;
  }

  private walk(first: string, i: number, start: number, out: LexMatch[]): void {
    let node = step(this.lexicon.root, first);
    let j = i + 1;
    while (node) {
      for (const entry of node.entries) out.push({ entry, end: j, start });
      const next = this.tokens[j];
      if (!next || node.next.size === 0) break;
      node = step(node, next.text);
      j++;
    }
  }

  /** The longest phrase at `i` with an entry of `kind` (and passing `accept`). */
  find<K extends LexKind>(
    i: number,
    kind: K,
    accept?: (entry: Extract<LexEntry, { kind: K }>) => boolean,
  ): (LexMatch & { entry: Extract<LexEntry, { kind: K }> }) | undefined {
    for (const m of this.matchesAt(i)) {
      if (m.entry.kind === kind && (!accept || accept(m.entry as Extract<LexEntry, { kind: K }>))) {
        return m as LexMatch & { entry: Extract<LexEntry, { kind: K }> };
      }
    }
    return undefined;
  }

  /** True when a phrase of `kind` starts at `i`. */
  has(i: number, kind: LexKind): boolean {
    return this.find(i, kind) !== undefined;
  }

  /** Token `i` is the punctuation `chars` (one of). */
  isPunct(i: number, chars: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === 'punct' && chars.includes(t.text);
  }

  /** Token `i` touches token `i - 1` (no white space between). */
  glued(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && !t.spaced;
  }

  /** Skips optional tokens of `kind` (connectors "de", "من"); returns the next index. */
  skip(i: number, kind: LexKind): number {
    const m = this.find(i, kind);
    return m ? m.end : i;
  }

  /** A number in digits or words at `i`. */
  number(i: number): NumberMatch | undefined {
    const t = this.tokens[i];
    if (!t) return undefined;
    if (t.kind === 'number') return this.digitNumber(i, t);
    return this.wordNumber(i);
  }

  private digitNumber(i: number, t: TimeToken): NumberMatch | undefined {
    // Part of a larger number ("1,500", "3.5", "2025-08-20"): not a number on its own here.
    if (this.isPunct(i - 1, '.,') && this.glued(i) && this.tokens[i - 2]?.kind === 'number' && this.glued(i - 1)) return undefined;
    if (this.isPunct(i + 1, '.,') && this.glued(i + 1) && this.tokens[i + 2]?.kind === 'number' && this.glued(i + 2)) return undefined;
    if (t.text.length > 6) return undefined;
    const value = Number.parseInt(t.text, 10);
    // An ordinal suffix glued to a day-sized number: "21st", "21-го", "۲۱ام" (not to years: "2025م").
    if (t.text.length <= 2 && this.glued(i + 1)) {
      const suffix = this.find(i + 1, 'ordinalSuffix');
      if (suffix) return { value, end: suffix.end, start: t.start, ordinal: true, digits: t.text.length };
    }
    return { value, end: i + 1, start: t.start, ordinal: false, digits: t.text.length };
  }

  private wordNumber(i: number): NumberMatch | undefined {
    const first = this.numberWord(i);
    if (!first) return undefined;
    let { value, end, ordinal } = first;
    // Compounds: a unit and a ten in either order, with an optional joiner
    // ("الحادي والعشرين" = 21st, "twenty-four", "douăzeci și patru", "بیست و چهار").
    const j = this.skip(end, 'joiner');
    const second = this.numberWord(j);
    if (second) {
      const tens = (v: number) => v >= 20 && v <= 90 && v % 10 === 0;
      if ((value < 10 && tens(second.value)) || (tens(value) && second.value < 10)) {
        value += second.value;
        end = second.end;
        ordinal = ordinal || second.ordinal;
      }
    }
    return { value, end, start: first.start, ordinal, digits: 0 };
  }

  private numberWord(i: number): { value: number; end: number; start: number; ordinal: boolean } | undefined {
    for (const m of this.matchesAt(i)) {
      if (m.entry.kind === 'cardinal' || m.entry.kind === 'ordinal') {
        return { value: m.entry.value, end: m.end, start: m.start, ordinal: m.entry.kind === 'ordinal' };
      }
    }
    return undefined;
  }

  /** A dot inside or after an abbreviation ("a.m.", "p.m.", "U.S."): glued to a one-letter word. */
  private isAbbreviationDot(j: number): boolean {
    const t = this.tokens[j]!;
    if (t.text !== '.') return false;
    const before = this.tokens[j - 1];
    return before !== undefined && before.kind === 'word' && before.text.length === 1 && this.glued(j);
  }

  /** Index of the sentence-ending token before `i` (or -1): stops look-behind for cues. */
  sentenceStart(i: number, limit: number): number {
    let j = i - 1;
    while (j >= 0 && i - j <= limit) {
      const t = this.tokens[j]!;
      if (t.kind === 'punct' && '.!?؟\n'.includes(t.text) && !this.isAbbreviationDot(j)) return j;
      j--;
    }
    return j;
  }
}
