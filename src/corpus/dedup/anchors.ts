/**
 * Copies across languages: a translation (or a close rewrite) of an article keeps nearly all of its
 * names and numbers, in the same order, while another outlet's report of the same event picks its
 * own facts and tells them in its own order. Shingles cannot see a translation (no word is shared);
 * the article's anchors can: the cross-script name keys and the numbers, in text order.
 */

/**
 * Anchors that must be shared: with fewer, order and overlap are chance (on the dev sets, unrelated
 * articles share up to 4 of them).
 */
export const MIN_SHARED_ANCHORS = 6;
/** Share of the shared anchors that must come in the same order (longest common subsequence). */
export const MIN_ANCHOR_ORDER = 0.7;
/** Dice overlap of the two anchor sets from which a text is a copy. */
export const MIN_ANCHOR_DICE = 0.35;
/**
 * Dice overlap of the numbers alone (when either text has any): a translation keeps its figures
 * and dates in digits, a rewrite of the same facts often states them otherwise ("Wednesday").
 */
export const MIN_NUMBER_DICE = 0.5;

/**
 * How two anchor sequences compare. Anchors are feature keys: `n:` a name key, `#:` a number and
 * `w:` a word of a script without capitals that may be a name; a `w:` anchor matches the same key
 * as `n:` or `w:`, and counts only when matched (most such words are not names).
 */
export interface AnchorMatch {
  readonly shared: number;
  /** Longest common subsequence of the shared anchors over their number (1 = same order). */
  readonly order: number;
  /** 2 × shared / (anchors of a + anchors of b), unmatched `w:` anchors left out. */
  readonly dice: number;
  /** The same Dice over the numbers alone; 1 when neither text has any. */
  readonly numbers: number;
}

/**
 * Compares the anchors of two articles.
 * @example compareAnchors(['n:BSKN', '#:2025', 'n:MNSK'], ['w:BSKN', '#:2025', 'n:MNSK']) // { shared: 3, order: 1, dice: 1 }
 */
export function compareAnchors(a: readonly string[], b: readonly string[]): AnchorMatch {
  const ka = a.map(matchKey);
  const kb = b.map(matchKey);
  const inB = new Set(kb);
  const shared = new Set(ka.filter((k) => inB.has(k)));
  const na = ka.filter(isNumber).length;
  const nb = kb.filter(isNumber).length;
  const numbers = na + nb === 0 ? 1 : (2 * [...shared].filter(isNumber).length) / (na + nb);
  if (shared.size === 0) return { shared: 0, order: 0, dice: 0, numbers };
  const counted = (keys: readonly string[], raw: readonly string[]) => keys.filter((k, i) => shared.has(k) || !raw[i]!.startsWith('w:')).length;
  const order = longestCommonSubsequence(ka.filter((k) => shared.has(k)), kb.filter((k) => shared.has(k))) / shared.size;
  return { shared: shared.size, order, dice: (2 * shared.size) / (counted(ka, a) + counted(kb, b)), numbers };
}

/**
 * The lower bar inside a story: once an article is matched to an event, the question is only which
 * member it copies, not whether it belongs, and another outlet's report rarely keeps even 3 anchors
 * in order with the same figures (on the xling dev set, both halves, 99% of such pairs are translations).
 */
export const IN_STORY = { minShared: 3, minOrder: 0.5, minDice: 0.25 } as const;

/** Whether, between two articles already in one story, one is a translation of the other. */
export function isAnchorCopyInStory(m: AnchorMatch): boolean {
  return m.shared >= IN_STORY.minShared && m.order >= IN_STORY.minOrder && m.dice >= IN_STORY.minDice && m.numbers >= MIN_NUMBER_DICE;
}

/** Whether a comparison says one text is a copy (a translation) of the other. */
export function isAnchorCopy(m: AnchorMatch): boolean {
  return m.shared >= MIN_SHARED_ANCHORS && m.order >= MIN_ANCHOR_ORDER && m.dice >= MIN_ANCHOR_DICE && m.numbers >= MIN_NUMBER_DICE;
}

const isNumber = (key: string) => key.startsWith('#:');

// A `w:` word is compared as the name it may be.
function matchKey(anchor: string): string {
  return anchor.startsWith('w:') ? 'n:' + anchor.slice(2) : anchor;
}

function longestCommonSubsequence(x: readonly string[], y: readonly string[]): number {
  const row = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= y.length; j++) {
      const above = row[j]!;
      row[j] = x[i - 1] === y[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[y.length]!;
}
