// Waiting on what a language server sends: a predicate re-checked after each message and at least
// every 200 ms, until it holds or time runs out. Shared by the jsonrpc client and the raw-bytes one.

export class MessageWaits {
  private waiters: (() => void)[] = [];

  /** Call on every message from the server: pending waits re-check their predicate. */
  wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves with the predicate's first truthy value; rejects with `failure()` after `timeoutMs`. */
  async until<T>(predicate: () => T | undefined | false, timeoutMs: number, failure: () => string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(failure());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
