/**
 * One pending run per document: scheduling again replaces the pending run (debounce), so a burst
 * of edits costs one lint of the last version. A delay of 0 runs on the next turn of the event
 * loop (setImmediate: Node clamps setTimeout's 0 to 1 ms, a millisecond of every keystroke).
 */
export class Scheduler {
  private readonly pending = new Map<string, { cancel(): void }>();

  constructor(private readonly run: (uri: string) => void) {}

  schedule(uri: string, delayMs: number): void {
    this.cancel(uri);
    const fire = () => {
      this.pending.delete(uri);
      this.run(uri);
    };
    if (delayMs <= 0) {
      const immediate = setImmediate(fire);
      this.pending.set(uri, { cancel: () => clearImmediate(immediate) });
    } else {
      const timer = setTimeout(fire, delayMs);
      this.pending.set(uri, { cancel: () => clearTimeout(timer) });
    }
  }

  cancel(uri: string): void {
    this.pending.get(uri)?.cancel();
    this.pending.delete(uri);
  }
}
