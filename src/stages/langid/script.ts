/**
 * Which writing system a text is in, by counting letters per ISO 15924 script. One pass of
 * `charCodeAt` over a lookup table, so it is cheap enough to run on every paragraph.
 */

/** Script code for text with no letters (ISO 15924 "Common"). */
export const NO_SCRIPT = 'Zyyy';

// Unicode blocks whose letters belong to one script (Unicode 15 Blocks.txt / Scripts.txt).
// Only the Basic Multilingual Plane: astral letters (historic scripts, CJK extensions B+) are rare
// in news and are not counted.
const SCRIPT_BLOCKS: readonly (readonly [number, number, string])[] = [
  [0x0041, 0x024f, 'Latn'], [0x0250, 0x02af, 'Latn'], [0x1d00, 0x1dbf, 'Latn'], [0x1e00, 0x1eff, 'Latn'],
  [0x2c60, 0x2c7f, 'Latn'], [0xa720, 0xa7ff, 'Latn'], [0xfb00, 0xfb06, 'Latn'], [0xff21, 0xff5a, 'Latn'],
  [0x0370, 0x03ff, 'Grek'], [0x1f00, 0x1fff, 'Grek'],
  [0x0400, 0x052f, 'Cyrl'], [0x1c80, 0x1c8f, 'Cyrl'], [0x2de0, 0x2dff, 'Cyrl'], [0xa640, 0xa69f, 'Cyrl'],
  [0x0530, 0x058f, 'Armn'],
  [0x0590, 0x05ff, 'Hebr'], [0xfb1d, 0xfb4f, 'Hebr'],
  [0x0600, 0x06ff, 'Arab'], [0x0750, 0x077f, 'Arab'], [0x0870, 0x08ff, 'Arab'], [0xfb50, 0xfdff, 'Arab'],
  [0xfe70, 0xfeff, 'Arab'],
  [0x0700, 0x074f, 'Syrc'], [0x0780, 0x07bf, 'Thaa'],
  [0x0900, 0x097f, 'Deva'], [0x0980, 0x09ff, 'Beng'], [0x0a00, 0x0a7f, 'Guru'], [0x0a80, 0x0aff, 'Gujr'],
  [0x0b00, 0x0b7f, 'Orya'], [0x0b80, 0x0bff, 'Taml'], [0x0c00, 0x0c7f, 'Telu'], [0x0c80, 0x0cff, 'Knda'],
  [0x0d00, 0x0d7f, 'Mlym'], [0x0d80, 0x0dff, 'Sinh'], [0x0e00, 0x0e7f, 'Thai'], [0x0e80, 0x0eff, 'Laoo'],
  [0x0f00, 0x0fff, 'Tibt'], [0x1000, 0x109f, 'Mymr'],
  [0x10a0, 0x10ff, 'Geor'], [0x1c90, 0x1cbf, 'Geor'], [0x2d00, 0x2d2f, 'Geor'],
  [0x1100, 0x11ff, 'Hang'], [0x3130, 0x318f, 'Hang'], [0xac00, 0xd7af, 'Hang'],
  [0x1200, 0x139f, 'Ethi'], [0x1780, 0x17ff, 'Khmr'], [0x1800, 0x18af, 'Mong'],
  [0x3040, 0x309f, 'Hira'], [0x30a0, 0x30ff, 'Kana'], [0x31f0, 0x31ff, 'Kana'],
  [0x3400, 0x4dbf, 'Hani'], [0x4e00, 0x9fff, 'Hani'], [0xf900, 0xfaff, 'Hani'],
];

const LETTER = /\p{L}/u;

/** Script codes in table order; index 0 means "not a letter". */
const SCRIPT_CODES: readonly string[] = ['', ...new Set(SCRIPT_BLOCKS.map(([, , code]) => code))];

let table: Uint8Array | null = null;

// Code unit → 1-based index into SCRIPT_CODES, for letters only (harakat, digits and punctuation
// inside the Arabic block are not letters and are not counted).
function scriptTable(): Uint8Array {
  if (table) return table;
  const built = new Uint8Array(0x10000);
  for (const [start, end, code] of SCRIPT_BLOCKS) {
    const index = SCRIPT_CODES.indexOf(code);
    for (let cp = start; cp <= end; cp++) {
      if (LETTER.test(String.fromCharCode(cp))) built[cp] = index;
    }
  }
  table = built;
  return built;
}

/** Letters per script in a text. */
export interface ScriptCounts {
  /** Total letters counted (in any known script). */
  readonly letters: number;
  /** The script with the most letters, or `Zyyy` when there are none. */
  readonly script: string;
  /** Letters of the dominant script. */
  readonly dominant: number;
}

/**
 * Counts letters per script over `[start, end)` of `text` and names the dominant one.
 * @example countScripts('Путин said').script // 'Cyrl'
 */
export function countScripts(text: string, start = 0, end = text.length): ScriptCounts {
  const lookup = scriptTable();
  const counts = new Uint32Array(SCRIPT_CODES.length);
  for (let i = start; i < end; i++) counts[lookup[text.charCodeAt(i)]!]!++;
  let best = 0;
  let letters = 0;
  // Index 0 collects non-letters and never wins.
  for (let s = 1; s < counts.length; s++) {
    letters += counts[s]!;
    if (counts[s]! > (best === 0 ? 0 : counts[best]!)) best = s;
  }
  if (best === 0) return { letters: 0, script: NO_SCRIPT, dominant: 0 };
  return { letters, script: SCRIPT_CODES[best]!, dominant: counts[best]! };
}
