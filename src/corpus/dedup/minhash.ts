/**
 * MinHash signatures over word shingles (Broder 1997, "On the resemblance and containment of
 * documents") with LSH banding (Indyk & Motwani 1998; Leskovec, Rajaraman & Ullman, Mining of Massive
 * Datasets ch. 3): syndicated copies and light rewrites of one wire story share most 3-word shingles,
 * and with 16 bands of 4 rows a pair at Jaccard 0.5 shares a band with probability 1−(1−0.5⁴)¹⁶ ≈ 0.64,
 * at 0.7 ≈ 0.98, at 0.3 ≈ 0.12.
 */

/** Hash functions per signature (64 → standard error of the Jaccard estimate ≈ 1/√64 = 0.125). */
export const SIGNATURE_SIZE = 64;
/** LSH bands; SIGNATURE_SIZE / BANDS rows each. */
export const BANDS = 16;
/** Words per shingle: 3 keeps word order without making one edited word change too many shingles. */
export const SHINGLE_WORDS = 3;

// Fixed odd multipliers and offsets for h_i(x) = a_i·x + b_i (mod 2³²), from a seeded generator so
// signatures stored by one run compare with the next.
const A = new Uint32Array(SIGNATURE_SIZE);
const B = new Uint32Array(SIGNATURE_SIZE);
{
  let state = 0x9e3779b9;
  const next = () => {
    // xorshift32 (Marsaglia 2003)
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

// FNV-1a over UTF-16 code units, then a final avalanche (murmur3 fmix32) so similar strings spread.
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Hashes of the word shingles of a token sequence (normalised words, punctuation excluded).
 * @example shingleHashes(['iran', 'and', 'belarus', 'sign']).length // 2
 */
export function shingleHashes(words: readonly string[], size = SHINGLE_WORDS): Uint32Array {
  const n = Math.max(0, words.length - size + 1);
  if (n === 0 && words.length > 0) return Uint32Array.of(hashString(words.join(' ')));
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = hashString(words.slice(i, i + size).join(' '));
  return out;
}

/**
 * The MinHash signature of a set of shingle hashes: for each hash function, the minimum.
 * @example minhashSignature(shingleHashes(words)) // 64 numbers
 */
export function minhashSignature(shingles: Uint32Array): number[] {
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = (Math.imul(A[i]!, x) + B[i]!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** The share of positions where two signatures agree: an unbiased estimate of the shingle Jaccard. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * LSH band keys of a signature (`h:<band>:<hash>`): two signatures sharing a key are candidates.
 * @example bandKeys(sig).length // 16
 */
export function bandKeys(signature: readonly number[]): string[] {
  const rows = SIGNATURE_SIZE / BANDS;
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const part = signature.slice(b * rows, (b + 1) * rows).join(',');
    keys.push(`h:${b}:${hashString(part).toString(36)}`);
  }
  return keys;
}
