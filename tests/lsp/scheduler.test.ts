// The debounce scheduler, on fake timers: what runs, when, and what a new edit cancels.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scheduler } from '../../server/src/lsp/scheduler.js';

describe('Scheduler (debounce per document)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after the delay, for the last of a burst of edits', () => {
    const runs: string[] = [];
    const scheduler = new Scheduler((uri) => runs.push(uri));
    for (let i = 0; i < 10; i++) {
      scheduler.schedule('a', 200);
      vi.advanceTimersByTime(50);
    }
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(149);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['a']);
    vi.advanceTimersByTime(10_000);
    expect(runs).toEqual(['a']);
  });

  it('keeps documents apart: an edit of one never delays or cancels another', () => {
    const runs: string[] = [];
    const scheduler = new Scheduler((uri) => runs.push(uri));
    scheduler.schedule('a', 100);
    vi.advanceTimersByTime(60);
    scheduler.schedule('b', 100);
    vi.advanceTimersByTime(40);
    expect(runs).toEqual(['a']);
    vi.advanceTimersByTime(60);
    expect(runs).toEqual(['a', 'b']);
  });

  it('cancel drops the pending run (a closed document is not linted)', () => {
    const runs: string[] = [];
    const scheduler = new Scheduler((uri) => runs.push(uri));
    scheduler.schedule('a', 100);
    scheduler.cancel('a');
    vi.runAllTimers();
    expect(runs).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a delay of 0 runs on the next turn, not synchronously, and without waiting for a timer tick', async () => {
    vi.useRealTimers();
    const runs: string[] = [];
    const scheduler = new Scheduler((uri) => runs.push(uri));
    scheduler.schedule('a', 0);
    expect(runs).toEqual([]);
    // setImmediate callbacks run before a 1 ms timer: a delay of 0 must not wait for one.
    await new Promise((resolve) => setImmediate(resolve));
    expect(runs).toEqual(['a']);
    scheduler.schedule('b', 0);
    scheduler.cancel('b');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(runs).toEqual(['a']);
  });
});
