/**
 * A Bloom filter over word hashes (wordHash in tokens.ts): "is this word possibly a key?" answered from
 * a small typed array that stays in cache, so that most words never probe a big Map. Both bits of a
 * key sit in one 32-bit word, so a probe is a single memory access. False positives only cost the probe
 * the filter was there to avoid; there are no false negatives.
 */

export type KeyFilter = Uint32Array;

/** A filter of `bits` bits (a power of two, at least 32). */
export function createKeyFilter(bits: number): KeyFilter {
  return new Uint32Array(bits / 32);
}

/**
 * Three bits of the block, from hash bits 0-4, 20-24 and 25-29 (a block is picked by bits 5 and up, which
 * stay below bit 20 in filters of up to 2^20 bits): with about three keys a block, a third bit halves the
 * false alarms of two.
 */
function bitsOf(hash: number): number {
  return (1 << (hash & 31)) | (1 << ((hash >>> 20) & 31)) | (1 << ((hash >>> 25) & 31));
}

export function addToKeyFilter(filter: KeyFilter, hash: number): void {
  const word = (hash >>> 5) & (filter.length - 1);
  filter[word] = (filter[word] ?? 0) | bitsOf(hash);
}

/** False when no key added to `filter` has this hash; true may be a false alarm. */
export function mayContain(filter: KeyFilter, hash: number): boolean {
  const bits = bitsOf(hash);
  return ((filter[(hash >>> 5) & (filter.length - 1)] ?? 0) & bits) === bits;
}
