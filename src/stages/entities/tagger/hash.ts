/**
 * 32-bit feature hashing. Feature strings are never stored in a model: each is hashed to a
 * 32-bit key (FNV-1a over UTF-16 code units, then the MurmurHash3 finaliser for avalanche),
 * which keeps model files small and lets extraction hash without building strings.
 * With ~10^6 features the expected number of colliding pairs is ~n²/2³³ ≈ 100: harmless noise
 * for a linear model (Weinberger et al. 2009, "Feature hashing for large scale multitask learning").
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues an FNV-1a hash over the code units of `text`. */
export function hashAppend(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Starts a hash. */
export function hashStart(): number {
  return FNV_OFFSET;
}

/**
 * Finishes a hash into a non-zero unsigned key (0 marks an empty slot in {@link FeatureTable}).
 * The finaliser is MurmurHash3's fmix32 (Appleby 2011), so near-identical strings spread.
 */
export function hashFinish(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/**
 * The key of a whole feature string; equal to what incremental hashing gives for the same text.
 * @example hashFeature('w=tehran') === hashFeature('w=' + 'tehran') // true
 */
export function hashFeature(feature: string): number {
  return hashFinish(hashAppend(hashStart(), feature));
}
