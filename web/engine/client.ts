// A page's handle on the engine worker: only the answer to the newest request is delivered;
// older ones resolve to undefined (the text they were for is gone).
import type { WebLintOptions } from './index.js';
import type { LintRequest, LintResponse } from './protocol.js';

export class EngineClient {
  private nextId = 1;
  private readonly waiting = new Map<number, (response: LintResponse | undefined) => void>();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<LintResponse>) => {
      const { id } = event.data;
      for (const [waitingId, resolve] of this.waiting) {
        if (waitingId > id) continue;
        this.waiting.delete(waitingId);
        resolve(waitingId === id ? event.data : undefined);
      }
    };
  }

  lint(text: string, options: WebLintOptions): Promise<LintResponse | undefined> {
    const id = this.nextId++;
    // Anything still waiting is superseded by this request.
    for (const [waitingId, resolve] of this.waiting) {
      this.waiting.delete(waitingId);
      resolve(undefined);
    }
    const request: LintRequest = { id, text, options };
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage(request);
    });
  }
}
