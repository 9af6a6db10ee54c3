import { bandKeys, estimateJaccard, minhashSignature, shingleHashes } from './minhash.js';

/**
 * Near-duplicate detection: syndicated copies and light rewrites of one wire story (shingles,
 * minhash.ts) and translations (names and numbers in order, anchors.ts) are marked as copies of the
 * first seen (`duplicateOf`) and are not counted as independent reports.
 */
export { bandKeys, estimateJaccard, minhashSignature, shingleHashes, SIGNATURE_SIZE, BANDS } from './minhash.js';
export { compareAnchors, isAnchorCopy, isAnchorCopyInStory, type AnchorMatch } from './anchors.js';

/**
 * Estimated shingle Jaccard from which a text is a copy. Rewrites that change a word in ten change
 * about a quarter of the 3-word shingles (Jaccard ≈ 0.6); independent reports of one event stay
 * below 0.2 (docs/quality.md, Stories).
 */
export const DUPLICATE_JACCARD = 0.5;

/** Where candidate originals come from: an index of band keys (see StoryIndex.postings). */
export interface DuplicateLookup {
  postings(key: string, limit: number): readonly string[];
  /** The stored signature and the original it is itself a copy of (copies point at the first). */
  signatureOf(id: string): { signature: readonly number[]; duplicateOf: string | null } | null;
}

/** A found original. */
export interface DuplicateMatch {
  readonly of: string;
  readonly jaccard: number;
}

/** Candidates read per band: copies of one story beyond this many are found through the newest ones. */
const BAND_POSTINGS = 32;

/**
 * The MinHash signature of a text given as normalised words.
 * @example signatureOf(tokens.filter(t => t.kind !== 'punct').map(t => t.norm))
 */
export function signatureOf(words: readonly string[]): number[] {
  return minhashSignature(shingleHashes(words));
}

/**
 * Finds the original a signature is a near-duplicate of, or null: band candidates are verified by
 * their estimated Jaccard, and a copy of a copy points at the first original.
 * @example findDuplicate(sig, lookup)?.of // 'article-17'
 */
export function findDuplicate(signature: readonly number[], lookup: DuplicateLookup, threshold = DUPLICATE_JACCARD): DuplicateMatch | null {
  const seen = new Set<string>();
  let best: DuplicateMatch | null = null;
  for (const key of bandKeys(signature)) {
    for (const id of lookup.postings(key, BAND_POSTINGS)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const stored = lookup.signatureOf(id);
      if (!stored) continue;
      const jaccard = estimateJaccard(signature, stored.signature);
      if (jaccard >= threshold && (!best || jaccard > best.jaccard)) best = { of: stored.duplicateOf ?? id, jaccard };
    }
  }
  return best;
}
