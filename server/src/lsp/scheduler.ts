/**
 * One pending run per document: scheduling again replaces the pending run (debounce), so a burst
 * of edits costs one lint of the last version. A delay of 0 runs on the next turn of the event loop.
 */
export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly run: (uri: string) => void) {}

  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri);
      }, delayMs),
    );
  }

  cancel(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
  }
}
