/**
 * What the rules work out once per draft and share (its normalized views, the contact scans, the
 * non-prose spans, trigger sentences), kept on the draft itself: it lives and dies with the draft.
 *
 * Not in module-level WeakMaps keyed by the draft. V8's young-generation collection (Node 20) keeps
 * a WeakMap value alive while its key is young, and a value that leads back to its draft (a scan
 * holds its draft) keeps the key too: each collection while a rep typed copied and promoted the
 * last few drafts with everything cached on them, 0.7–2.2 MB and pauses of 6–17 ms on a 10 KB
 * draft (bench/RESULTS.md, round 6). An ordinary field has no such cost.
 */
export class DraftMemory {
  private readonly answers = new Map<MemorySlot<unknown>, unknown>();

  /** The answer in `slot`, computed and kept on first use. */
  get<T>(slot: MemorySlot<T>, compute: () => NoInfer<T>): T {
    if (this.answers.has(slot)) return this.answers.get(slot) as T;
    const value = compute();
    this.answers.set(slot, value);
    return value;
  }
}

/** One kind of answer (each module that keeps one makes its own slot). */
export interface MemorySlot<T> {
  readonly name: string;
  /** Types the answer; never set. */
  readonly answer?: T;
}

export function memorySlot<T>(name: string): MemorySlot<T> {
  return { name };
}
