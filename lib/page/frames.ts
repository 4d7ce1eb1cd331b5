/**
 * Animation frames and idle slots tied to the content-script context.
 *
 * WXT's ctx.requestAnimationFrame / ctx.requestIdleCallback add one "invalidated" listener per call and
 * never remove it, and check `browser.runtime.id` on every callback; at one frame per scroll step that
 * is thousands of listeners per page. Here at most one frame and one idle callback are pending at a
 * time, and a single onInvalidated handler cancels them, so nothing runs after an extension update.
 */
import type { SlotRequester } from './scheduler';

interface FrameHost {
  requestAnimationFrame(cb: FrameRequestCallback): number;
  cancelAnimationFrame(id: number): void;
  requestIdleCallback?(cb: IdleRequestCallback, options?: IdleRequestOptions): number;
  cancelIdleCallback?(id: number): void;
  setTimeout(cb: () => void, ms?: number): number;
  clearTimeout(id: number): void;
}

export interface PageTimers {
  nextFrame(cb: () => void): void;
  requestSlot: SlotRequester;
  /** Runs `cb` after `ms`; while one delay is pending, further requests join it. */
  delay(cb: () => void, ms: number): void;
}

export function createPageTimers(
  ctx: { onInvalidated(cb: () => void): () => void },
  host: FrameHost = window,
  idleTimeoutMs = 32,
): PageTimers {
  let stopped = false;
  let frame: number | null = null;
  const frameCallbacks: Array<() => void> = [];
  let idle: { id: number; viaTimer: boolean } | null = null;
  let timer: number | null = null;
  const timerCallbacks: Array<() => void> = [];

  ctx.onInvalidated(() => {
    stopped = true;
    frameCallbacks.length = 0;
    if (frame !== null) host.cancelAnimationFrame(frame);
    if (idle) (idle.viaTimer ? host.clearTimeout(idle.id) : host.cancelIdleCallback?.(idle.id));
    if (timer !== null) host.clearTimeout(timer);
    timerCallbacks.length = 0;
  });

  function runFrame(): void {
    frame = null;
    const callbacks = frameCallbacks.splice(0);
    for (const cb of callbacks) if (!stopped) cb();
  }

  return {
    nextFrame(cb) {
      if (stopped) return;
      frameCallbacks.push(cb);
      frame ??= host.requestAnimationFrame(runFrame);
    },
    delay(cb, ms) {
      if (stopped) return;
      timerCallbacks.push(cb);
      timer ??= host.setTimeout(() => {
        timer = null;
        for (const callback of timerCallbacks.splice(0)) if (!stopped) callback();
      }, ms);
    },
    requestSlot(run) {
      if (stopped) return;
      // The short timeout keeps work near the viewport flowing on a page that is never idle.
      if (host.requestIdleCallback) {
        const id = host.requestIdleCallback(
          (deadline) => {
            idle = null;
            if (!stopped) run(() => (deadline.didTimeout ? 4 : deadline.timeRemaining()));
          },
          { timeout: idleTimeoutMs },
        );
        idle = { id, viaTimer: false };
      } else {
        const id = host.setTimeout(() => {
          idle = null;
          if (!stopped) run(() => 8);
        }, 0);
        idle = { id, viaTimer: true };
      }
    },
  };
}

/**
 * "Call me right after the browser's next layout": flips the width of a hidden probe in our shadow
 * root and waits for its ResizeObserver callback, which runs after layout and before paint. Reading
 * post rects there forces no extra layout, unlike a requestAnimationFrame callback that runs before it.
 */
export function createAfterLayout(
  container: HTMLElement,
  ctx: { onInvalidated(cb: () => void): () => void },
): (cb: () => void) => void {
  const probe = container.ownerDocument.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;left:0;top:0;width:1px;height:1px;visibility:hidden;pointer-events:none';
  container.append(probe);
  const pending: Array<() => void> = [];
  let wide = false;
  const observer = new ResizeObserver(() => {
    for (const cb of pending.splice(0)) cb();
  });
  observer.observe(probe);
  ctx.onInvalidated(() => {
    observer.disconnect();
    pending.length = 0;
  });
  return (cb) => {
    pending.push(cb);
    if (pending.length > 1) return;
    wide = !wide;
    probe.style.width = wide ? '2px' : '1px';
  };
}
