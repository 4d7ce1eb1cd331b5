/**
 * Keys seen so far, for listing each tag, link or brand mention once. A post has a handful of them, and
 * looking through a short list is cheaper than a Set; a long description can have hundreds or thousands,
 * and looking through a list for each would grow with the square of their number: past `LIST_LIMIT`
 * expected keys, a Set is used from the start.
 */
const LIST_LIMIT = 16;

export class SeenKeys<K> {
  private readonly list: K[] = [];
  private readonly set: Set<K> | null;

  /** `expected`: how many keys may be offered (the length of what is being deduplicated). */
  constructor(expected: number) {
    this.set = expected > LIST_LIMIT ? new Set<K>() : null;
  }

  /** Records `key`; false when it was seen before. */
  add(key: K): boolean {
    if (this.set !== null) {
      if (this.set.has(key)) return false;
      this.set.add(key);
      return true;
    }
    if (this.list.includes(key)) return false;
    this.list.push(key);
    return true;
  }
}
