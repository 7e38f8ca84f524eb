import { fileURLToPath } from 'node:url';
import { isLintWorker, runLintWorker } from './lintWorker.js';
import { main } from './main.js';

// Entry of the `msglint` command: real process streams in, exit code out. The same bundle is
// the worker script for --jobs.
if (isLintWorker()) runLintWorker();
else runCli();

function runCli(): void {
  // `msglint … | head`: the reader went away. Stop quietly with the exit code so far, not a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit();
      throw error;
    });
  }
  // Started through bin/codeCache.cjs, workers start through it too (with the bundle's path), so they share the code cache.
  const loader = (globalThis as { [key: symbol]: { script: string; args: string[] } | undefined })[Symbol.for('msglint.codeCacheLoader')];
  main(process.argv.slice(2), {
    workerScript: loader?.script ?? fileURLToPath(import.meta.url),
    workerArgv: loader?.args,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // An internal failure: say what failed, never the draft text, and exit 2.
      process.stderr.write(`msglint: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
