/**
 * A cooperative job queue: observers and callbacks only enqueue; jobs run in slices of a few
 * milliseconds when the page is idle, so the extension never holds the main thread long enough to
 * make a long task (> 50 ms) or delay a frame the page needs.
 *
 *   enqueue(job) ─▶ FIFO ─▶ requestSlot(run) ─▶ run jobs until the slice budget is spent ─▶ next slot
 */

/** Asks the host for a time slot; `remaining()` says how many ms the slot still has. */
export type SlotRequester = (run: (remaining: () => number) => void) => void;

export interface Scheduler {
  enqueue(job: () => void): void;
  /** Drops every queued job (SPA navigation: the jobs are about a page that is gone). */
  clear(): void;
  readonly pending: number;
}

export interface SchedulerOptions {
  requestSlot: SlotRequester;
  /** Upper bound of one slice even when the browser offers a longer idle period. */
  budgetMs?: number;
  /** Called after each slice that ran at least one job (e.g. to flush a batch or reposition badges). */
  afterSlice?: () => void;
  onError?: (error: unknown) => void;
  /** Clock of the budget (injectable so tests do not depend on machine speed). */
  now?: () => number;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const budgetMs = options.budgetMs ?? 6;
  const now = options.now ?? (() => performance.now());
  const queue: Array<() => void> = [];
  let head = 0;
  let slotRequested = false;

  function requestSlot(): void {
    if (slotRequested || head >= queue.length) return;
    slotRequested = true;
    options.requestSlot(runSlice);
  }

  function runSlice(remaining: () => number): void {
    slotRequested = false;
    const start = now();
    // At least one job per slot, so a busy page (no idle time) still makes progress.
    let ran = 0;
    while (head < queue.length) {
      const job = queue[head]!;
      queue[head] = noop; // release the closure
      head += 1;
      ran += 1;
      try {
        job();
      } catch (error) {
        options.onError?.(error);
      }
      const elapsed = now() - start;
      if (elapsed >= budgetMs || remaining() <= 1) break;
    }
    if (head >= queue.length) {
      queue.length = 0;
      head = 0;
    }
    if (ran > 0) options.afterSlice?.();
    requestSlot();
  }

  return {
    enqueue(job) {
      queue.push(job);
      requestSlot();
    },
    clear() {
      queue.length = 0;
      head = 0;
    },
    get pending() {
      return queue.length - head;
    },
  };
}

function noop(): void {}
