import { Worker } from 'node:worker_threads';
import type { ProjectOptions } from '../node/project.js';
import type { FileResult, LintFileOptions, LintJob } from './lintFiles.js';
import { WORKER_KIND, type WorkerReply, type WorkerRequest, type WorkerSetup } from './lintWorker.js';

const BATCH = 32;

/**
 * Lints jobs on worker threads. Batches go to whichever worker is free (long drafts do not hold
 * up the rest); results come back by index, so the output order never depends on timing.
 */
export async function lintOnWorkers(
  start: { script: string; argv?: string[] },
  workers: number,
  jobs: { index: number; job: LintJob }[],
  setup: { project: ProjectOptions; lint: LintFileOptions },
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  let next = 0;
  const workerSetup: WorkerSetup = { kind: WORKER_KIND, ...setup };
  await Promise.all(
    Array.from({ length: workers }, () => {
      const worker = new Worker(start.script, { workerData: workerSetup, argv: start.argv });
      return new Promise<void>((resolve, reject) => {
        let finished = false;
        const send = () => {
          if (next >= jobs.length) {
            finished = true;
            void worker.terminate().then(() => resolve());
            return;
          }
          const request: WorkerRequest = { jobs: jobs.slice(next, next + BATCH) };
          next += BATCH;
          worker.postMessage(request);
        };
        worker.on('message', (reply: WorkerReply) => {
          for (const { index, result } of reply.results) onResult(index, result);
          send();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (!finished) reject(new Error(`lint worker stopped unexpectedly (exit code ${code})`));
        });
        send();
      });
    }),
  );
}
