/**
 * Keys seen so far, for listing each tag, link or brand mention once. A post has a handful of them, and
 * looking through a short list is cheaper than a Set; a long description can have hundreds or thousands,
 * and looking through a list for each would grow with the square of their number: past `LIST_LIMIT`
 * expected keys, a Set is used from the start.
 *
 * One SeenKeys can serve post after post (`clear`): its list keeps its storage, where a new list per post
 * takes room for 17 keys at its first key, bytes the garbage collector then sweeps.
 */
const LIST_LIMIT = 16;

export class SeenKeys<K> {
  private readonly list: K[] = [];
  /** Keys in `list`, which is filled by count and never shortened (entries past it are stale). */
  private count = 0;
  private set: Set<K> | null = null;

  /** `expected`: how many keys may be offered (the length of what is being deduplicated). */
  constructor(expected: number) {
    this.clear(expected);
  }

  /** Forgets every key, to take `expected` new ones. */
  clear(expected: number): void {
    this.count = 0;
    this.set = expected > LIST_LIMIT ? new Set<K>() : null;
  }

  /** Records `key`; false when it was seen before. */
  add(key: K): boolean {
    if (this.set !== null) {
      if (this.set.has(key)) return false;
      this.set.add(key);
      return true;
    }
    const list = this.list;
    for (let i = 0; i < this.count; i++) if (list[i] === key) return false;
    list[this.count++] = key;
    return true;
  }
}
