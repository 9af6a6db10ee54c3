import chardet from 'chardet';
import iconv from 'iconv-lite';
import { PLAUSIBLE_SCORE, scoreDecoding } from './charset-score.js';
import { fail, type Failure } from './failure.js';

/**
 * Bytes → text. Order of trust: a byte-order mark, then valid UTF-8, then the legacy encoding
 * whose decoding reads most like real writing (see charset-score.ts). chardet only proposes
 * candidates: on a headline-sized text it often confuses KOI8-R and windows-1251.
 */

/** A successfully decoded input. */
export interface DecodedText {
  readonly text: string;
  /** The encoding used, in iconv-lite's spelling (`utf-8`, `windows-1256`, `koi8-r` …). */
  readonly encoding: string;
}

/** Options for {@link decodeBytes}. */
export interface DecodeOptions {
  /** Encoding declared by the content (`<meta charset>`, `<?xml encoding?>`); a strong hint. */
  readonly declared?: string | null;
}

// Legacy encodings common in news in our languages, tried on every non-UTF-8 input: Arabic and
// Persian (windows-1256), Cyrillic (windows-1251, KOI8-R), Romanian (ISO-8859-2, windows-1250),
// and windows-1252 for English with curly quotes.
const LEGACY_CANDIDATES = ['windows-1256', 'windows-1251', 'koi8-r', 'iso-8859-2', 'windows-1250', 'windows-1252'];

// Bytes scored per candidate; the winner then decodes the whole input.
const SAMPLE_BYTES = 64 * 1024;
// chardet guesses below this confidence (0–100) are not worth decoding.
const CHARDET_MIN_CONFIDENCE = 20;
// Added to the declared encoding's score: a declaration wins unless another reading is clearly better.
const DECLARED_BONUS = 0.5;
// Control bytes (other than tab, newlines, form feed, escape) allowed before an input counts as binary.
const MAX_CONTROL_SHARE = 0.1;
// Invalid UTF-8 sequences tolerated (share of non-ASCII characters) before legacy encodings are tried:
// a scraped page with one cut multi-byte character is still UTF-8, not windows-1252 mojibake.
const MAX_LOSSY_UTF8_SHARE = 0.01;

// WHATWG Encoding Standard: browsers read these labels as windows-1252, and so do pages written for them.
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254', 'x-mac-cyrillic': 'maccyrillic',
};

const DECLARATION = [
  /<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i,
  /<meta[^>]+?\bcharset\s*=\s*["']?([\w.:-]+)/i,
];

/**
 * Finds the encoding a document declares in its first 4 KiB (`<?xml … encoding>` or `<meta charset>`).
 * @example findDeclaredCharset(Buffer.from('<meta charset="windows-1256">')) // 'windows-1256'
 */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  for (const pattern of DECLARATION) {
    const label = pattern.exec(head)?.[1]?.toLowerCase();
    if (!label) continue;
    const name = LABEL_ALIASES[label] ?? label;
    if (iconv.encodingExists(name)) return name;
  }
  return null;
}

/**
 * Decodes an input's bytes, or says why it cannot be read as text (`binary`, `undecodable`, `empty`).
 * @example decodeBytes(iconv.encode('Привет, мир', 'koi8-r')) // { text: 'Привет, мир', encoding: 'koi8-r' }
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText | Failure {
  if (bytes.length === 0) return fail('empty', 'the input is empty');
  const decoded = decodeWithBom(bytes) ?? rejectBinary(bytes) ?? decodeUnmarked(bytes, options.declared ?? null);
  if ('reason' in decoded) return decoded;
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) return fail('binary', 'mostly control characters, not text');
  if (decoded.text.trim().length === 0) return fail('empty', 'the input holds only white space');
  return decoded;
}

function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  if (a === 0xff && b === 0xfe) return { text: iconv.decode(Buffer.from(bytes), 'utf-16le'), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: iconv.decode(Buffer.from(bytes), 'utf-16be'), encoding: 'utf-16be' };
  return null;
}

// Text never holds NUL; UTF-16 without a BOM does, and is not supported.
function rejectBinary(bytes: Uint8Array): Failure | null {
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return fail('binary', 'contains NUL bytes, not text');
    if (isControlByte(byte)) controls++;
  }
  return controls / end > MAX_CONTROL_SHARE ? fail('binary', 'mostly control characters, not text') : null;
}

function isControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f;
}

function controlShare(text: string): number {
  const sample = text.slice(0, SAMPLE_BYTES);
  if (sample.length === 0) return 0;
  const controls = sample.match(/[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f]/g)?.length ?? 0;
  return controls / sample.length;
}

function decodeUnmarked(bytes: Uint8Array, declared: string | null): DecodedText | Failure {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a nearly valid one, or a legacy encoding.
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  if (invalidUtf8Share(lossy) <= MAX_LOSSY_UTF8_SHARE) return { text: lossy, encoding: 'utf-8' };
  const best = pickLegacyEncoding(bytes, declared);
  if (!best) return fail('undecodable', 'not valid UTF-8, and no legacy encoding gives plausible text');
  return { text: iconv.decode(Buffer.from(bytes), best), encoding: best };
}

function invalidUtf8Share(text: string): number {
  let nonAscii = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd) invalid++;
  }
  return nonAscii === 0 ? 0 : invalid / nonAscii;
}

function pickLegacyEncoding(bytes: Uint8Array, declared: string | null): string | null {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES));
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const encoding of candidateEncodings(sample, declared)) {
    const score = scoreDecoding(iconv.decode(sample, encoding)) + (encoding === declared ? DECLARED_BONUS : 0);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return bestScore >= PLAUSIBLE_SCORE ? best : null;
}

// The declaration first and chardet's guesses next, so that ties (identical decodings) go to them.
function candidateEncodings(sample: Buffer, declared: string | null): string[] {
  const guesses = chardet
    .analyse(sample)
    .filter((m) => m.confidence >= CHARDET_MIN_CONFIDENCE)
    .map((m) => m.name.toLowerCase())
    .filter((name) => !name.startsWith('utf') && name !== 'ascii' && iconv.encodingExists(name));
  const all = [...(declared && !declared.startsWith('utf') ? [declared] : []), ...guesses, ...LEGACY_CANDIDATES];
  return [...new Set(all)];
}
