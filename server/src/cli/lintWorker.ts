import { parentPort, workerData } from 'node:worker_threads';
import { Project, type ProjectOptions } from '../node/project.js';
import { loadBuiltinPacks } from '../node/rulePackFiles.js';
import { lintJobs, type FileResult, type LintFileOptions, type LintJob } from './lintFiles.js';

export const WORKER_KIND = 'msglint-lint-worker';

export interface WorkerSetup {
  kind: typeof WORKER_KIND;
  project: ProjectOptions;
  lint: LintFileOptions;
}

export interface WorkerRequest {
  jobs: { index: number; job: LintJob }[];
}

export interface WorkerReply {
  results: { index: number; result: FileResult }[];
}

export function isLintWorker(): boolean {
  return (workerData as WorkerSetup | undefined)?.kind === WORKER_KIND;
}

/** The worker side of `--jobs`: its own Project (config and rules), linting batches sent by the main thread. */
export function runLintWorker(): void {
  const setup = workerData as WorkerSetup;
  const project = new Project(setup.project);
  // The built-in rules are compiled now, while the main thread is still reading drafts.
  loadBuiltinPacks();
  parentPort!.on('message', (request: WorkerRequest) => {
    const results: WorkerReply['results'] = [];
    lintJobs(request.jobs, project, setup.lint, (index, result) => results.push({ index, result }));
    parentPort!.postMessage({ results } satisfies WorkerReply);
  });
}
