import { describe, expect, it } from 'vitest';
import { createPageTimers } from '@/lib/page/frames';

function fakeHost() {
  const frames = new Map<number, FrameRequestCallback>();
  const idles = new Map<number, IdleRequestCallback>();
  let next = 1;
  return {
    frames,
    idles,
    requestAnimationFrame: (cb: FrameRequestCallback) => (frames.set(next, cb), next++),
    cancelAnimationFrame: (id: number) => void frames.delete(id),
    requestIdleCallback: (cb: IdleRequestCallback) => (idles.set(next, cb), next++),
    cancelIdleCallback: (id: number) => void idles.delete(id),
    setTimeout: () => 0,
    clearTimeout: () => undefined,
    flushFrames() {
      const pending = [...frames.values()];
      frames.clear();
      for (const cb of pending) cb(0);
    },
  };
}

function fakeContext() {
  const listeners: Array<() => void> = [];
  return {
    listeners,
    onInvalidated: (cb: () => void) => (listeners.push(cb), () => undefined),
    invalidate: () => listeners.forEach((cb) => cb()),
  };
}

describe('page timers', () => {
  it('coalesces frame requests into one pending frame and adds no listener per request', () => {
    const host = fakeHost();
    const ctx = fakeContext();
    const timers = createPageTimers(ctx, host);
    const ran: number[] = [];
    for (let i = 0; i < 500; i += 1) timers.nextFrame(() => ran.push(i));
    expect(host.frames.size).toBe(1);
    expect(ctx.listeners).toHaveLength(1);
    host.flushFrames();
    expect(ran).toHaveLength(500);
  });

  it('cancels what is pending and runs nothing once the extension context is invalidated', () => {
    const host = fakeHost();
    const ctx = fakeContext();
    const timers = createPageTimers(ctx, host);
    let ran = 0;
    timers.nextFrame(() => (ran += 1));
    timers.requestSlot(() => (ran += 1));
    ctx.invalidate();
    expect(host.frames.size).toBe(0);
    expect(host.idles.size).toBe(0);
    timers.nextFrame(() => (ran += 1));
    expect(host.frames.size).toBe(0);
    expect(ran).toBe(0);
  });
});
