/**
 * A pure function's results for the last few texts it was asked about (the newest first, the
 * oldest dropped). Rules of one draft ask the same question about the same few views; a few
 * answers serve them all. In memory only, and only until later texts replace them. A result is
 * stored once complete, so a lint the rule budget interrupts leaves no half answer.
 *
 * A batch linted rule by rule (`lintDrafts`) asks about every draft of the batch before it asks
 * about the first one again: inside `withBatchMemory`, answers are kept for every text until the
 * batch ends, then forgotten.
 */
export class RecentResults<T> {
  private readonly entries: { text: string; value: T }[] = [];
  /** Answers of the batch under way (see `withBatchMemory`). */
  private batch: Map<string, T> | undefined;

  constructor(
    private readonly capacity: number,
    private readonly compute: (text: string) => T,
  ) {
    everyMemory.add(this as RecentResults<unknown>);
  }

  get(text: string): T {
    if (batchActive) {
      this.batch ??= new Map();
      let value = this.batch.get(text);
      if (value === undefined && !this.batch.has(text)) this.batch.set(text, (value = this.compute(text)));
      return value as T;
    }
    for (const entry of this.entries) if (entry.text === text) return entry.value;
    const value = this.compute(text);
    if (this.entries.length === this.capacity) this.entries.pop();
    this.entries.unshift({ text, value });
    return value;
  }

  clear(): void {
    this.entries.length = 0;
    this.batch = undefined;
  }

  /** Forgets the batch's answers (the last few stay). */
  endBatch(): void {
    this.batch = undefined;
  }
}

const everyMemory = new Set<RecentResults<unknown>>();
let batchActive = false;

/**
 * Runs `work` with every memory keeping all its answers; they are dropped when it returns or
 * throws. A batch the rule budget interrupted (no `finally` runs then) is dropped by the next
 * `withBatchMemory` or `endBatchMemory`, so at most one batch's answers outlive it.
 */
export function withBatchMemory<T>(work: () => T): T {
  endBatchMemory();
  batchActive = true;
  try {
    return work();
  } finally {
    endBatchMemory();
  }
}

/** Drops the answers of a batch, if one is under way or was left by an interrupted lint. */
export function endBatchMemory(): void {
  if (!batchActive) return;
  batchActive = false;
  for (const memory of everyMemory) memory.endBatch();
}
