/**
 * An open-addressing hash table from 32-bit feature keys to their weights, stored inline: each
 * slot holds the key and its label weights side by side, so a lookup touches one cache line
 * instead of two (tagging is bound by memory latency, not arithmetic). Linear probing, load ≤ ½.
 */
export interface FeatureTable {
  /** Offset in {@link FeatureTable.data} of `key`'s weights, or -1 when the model lacks the feature. */
  find(key: number): number;
  /** Slot-major: `data[offset + l]` is the weight of label `l`. */
  readonly data: Float32Array;
  readonly size: number;
}

/**
 * Builds a table where `keys[r]` has the weights `weights[r * labels .. (r + 1) * labels)`.
 * Keys must be non-zero and distinct.
 * @example createFeatureTable(new Uint32Array([7]), new Float32Array([0.5, -1]), 2).find(7) // 1
 */
export function createFeatureTable(keys: Uint32Array, weights: Float32Array, labels: number): FeatureTable {
  let bits = 4;
  while (1 << bits < keys.length * 2) bits++;
  const capacity = 1 << bits;
  const mask = capacity - 1;
  // Home slot from the key's high bits: models store keys sorted, so building writes the
  // table front to back instead of scattering over megabytes.
  const shift = 32 - bits;
  const stride = labels + 1;
  const buffer = new ArrayBuffer(capacity * stride * 4);
  const slotKeys = new Uint32Array(buffer);
  const data = new Float32Array(buffer);
  for (let row = 0; row < keys.length; row++) {
    const key = keys[row]!;
    let slot = key >>> shift;
    while (slotKeys[slot * stride] !== 0) slot = (slot + 1) & mask;
    slotKeys[slot * stride] = key;
    for (let l = 0; l < labels; l++) data[slot * stride + 1 + l] = weights[row * labels + l]!;
  }
  return {
    data,
    size: keys.length,
    find(key: number): number {
      let slot = key >>> shift;
      for (;;) {
        const at = slot * stride;
        const found = slotKeys[at]!;
        if (found === key) return at + 1;
        if (found === 0) return -1;
        slot = (slot + 1) & mask;
      }
    },
  };
}
