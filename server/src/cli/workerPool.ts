import { Worker } from 'node:worker_threads';
import type { ProjectOptions } from '../node/project.js';
import type { FileResult, LintFileOptions, LintJob } from './lintFiles.js';
import { WORKER_KIND, type WorkerReply, type WorkerRequest, type WorkerSetup } from './lintWorker.js';

const BATCH = 32;

/** Batches queued per worker: it starts the next while its last reply waits for a busy main thread. */
const IN_FLIGHT = 2;

/**
 * Starts `count` lint workers now, so they load the bundle and compile the rules while this
 * thread is still reading the drafts; `lintOnWorkers` then gives them work.
 */
export function startLintWorkers(
  start: { script: string; argv?: string[] },
  count: number,
  setup: { project: ProjectOptions; lint: LintFileOptions },
): Worker[] {
  const workerSetup: WorkerSetup = { kind: WORKER_KIND, ...setup };
  return Array.from({ length: count }, () => new Worker(start.script, { workerData: workerSetup, argv: start.argv }));
}

/**
 * Lints jobs on the started worker threads. Batches go to whichever worker is free (long drafts do
 * not hold up the rest); results come back by index, so the output order never depends on timing.
 * With `local`, this thread lints batches from the same queue too, so `--jobs N` starts N - 1
 * workers (each costs a bundle load and a rule compilation) and no core waits on an idle thread.
 * Every worker is terminated when this returns or throws.
 */
export async function lintOnWorkers(
  threads: Worker[],
  /** The next drafts to lint, at most `max` (read when asked); none left when empty. */
  take: (max: number) => { index: number; job: LintJob }[],
  onResult: (index: number, result: FileResult) => void,
  /** Lints a batch on this thread, handing each result to the callback. */
  local?: (batch: { index: number; job: LintJob }[], done: (index: number, result: FileResult) => void) => void,
): Promise<void> {
  const localLoop = async () => {
    if (!local) return;
    for (let batch = take(BATCH); batch.length > 0; batch = take(BATCH)) {
      local(batch, onResult);
      // Let workers' replies in, so they get their next batch.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const started = threads.map((worker) => {
    return new Promise<void>((resolve, reject) => {
      let finished = false;
      let inFlight = 0;
      const send = () => {
        let batch: { index: number; job: LintJob }[];
        try {
          batch = take(BATCH);
        } catch (error) {
          reject(error);
          return;
        }
        if (batch.length === 0) {
          if (inFlight > 0 || finished) return;
          finished = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        inFlight++;
        const request: WorkerRequest = { jobs: batch };
        worker.postMessage(request);
      };
      worker.on('message', (reply: WorkerReply) => {
        inFlight--;
        for (const { index, result } of reply.results) onResult(index, result);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`lint worker stopped unexpectedly (exit code ${code})`));
      });
      for (let i = 0; i < IN_FLIGHT; i++) send();
    });
  });
  // Workers first: they boot while this thread lints its first batches.
  try {
    await Promise.all([...started, localLoop()]);
  } catch (error) {
    // A failure anywhere ends the run: no worker may keep the process alive.
    await Promise.all(threads.map((t) => t.terminate()));
    throw error;
  }
}
