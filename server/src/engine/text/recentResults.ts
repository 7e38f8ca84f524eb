/**
 * A pure function's results for the last few texts it was asked about (the newest first, the
 * oldest dropped). Rules of one draft ask the same question about the same few views; a few
 * answers serve them all. In memory only, and only until later texts replace them. A result is
 * stored once complete, so a lint the rule budget interrupts leaves no half answer.
 */
export class RecentResults<T> {
  private readonly entries: { text: string; value: T }[] = [];

  constructor(
    private readonly capacity: number,
    private readonly compute: (text: string) => T,
  ) {}

  get(text: string): T {
    for (const entry of this.entries) if (entry.text === text) return entry.value;
    const value = this.compute(text);
    if (this.entries.length === this.capacity) this.entries.pop();
    this.entries.unshift({ text, value });
    return value;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
