/**
 * Scratch lists: filled by count post after post and never emptied (setting an array's length to 0
 * frees its storage, and a list grown from empty takes room for 17 entries at its first push, bytes the
 * garbage collector then sweeps after every post).
 */

/**
 * A new array of the first `count` entries of `list`. Posts have none, one or two of most things: those
 * are array literals, which the compiler writes in place, where `slice` is a call into the runtime.
 */
export function copyFirst<T>(list: readonly T[], count: number): T[] {
  if (count === 0) return [];
  if (count === 1) return [list[0]!];
  if (count === 2) return [list[0]!, list[1]!];
  return list.slice(0, count);
}
