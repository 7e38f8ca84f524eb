import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { atLeast, formatSourceError, type SourceError } from '../engine/index.js';
import { availableParallelism } from 'node:os';
import { Project, type ProjectOptions } from '../node/project.js';
import { ruleDocsUrl } from '../shared/ruleDocs.js';
import { HELP, localeFromEnv, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { FORMATTERS } from './formatters/index.js';
import type { LintedFile } from './formatters/formatter.js';
import { expandInputs, NoMatchError } from './inputs.js';
import { isJob, lintText, prepareFile, type FileResult, type LintFileOptions, type LintJob } from './lintFiles.js';
import { ResultCache } from './resultCache.js';
import { lintOnWorkers } from './workerPool.js';
import { createProgress } from './progress.js';
import { decodeDraft, encodeDraft } from './readDraftFile.js';
import { ChangedOnDiskError, RefusedWriteError, writeFileSafely } from './writeFileSafely.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: { write(text: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Bytes (so --stdin --fix can hand back invalid UTF-8 untouched) or already-decoded text. */
  readStdin(): Promise<string | Buffer>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The bundle to start lint workers from (`--jobs`); without it, drafts are linted in this thread. */
  workerScript?: string;
}

/** Exit codes: 0 clean (or below the fail level), 1 findings, 2 usage, config or I/O error. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

/** The whole CLI as a library function (as markdownlint-cli2's main): argv in, exit code out. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(io, error.message);
    throw error;
  }
  if (options.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.clean;
  }
  if (options.version) {
    io.stdout.write(VERSION + '\n');
    return EXIT.clean;
  }
  const project = new Project(projectOptions(options, io));
  const lintOptions: LintFileOptions = {
    cwd: io.cwd,
    fix: options.fix || options.fixDryRun,
    locale: options.locale,
    fallbackLocale: localeFromEnv(io.env),
  };

  let results: FileResult[];
  let stdinInput: string | Buffer = '';
  const io2: CliIo = { ...io, readStdin: async () => (stdinInput = await io.readStdin()) };
  try {
    results = options.stdin ? [await lintStdin(options, project, lintOptions, io2)] : await lintPaths(options, project, lintOptions, io);
  } catch (error) {
    if (error instanceof NoMatchError || error instanceof ConfigError) return fail(io, error.message);
    throw error;
  }

  let ioFailed = false;
  for (const result of results) {
    if (result.kind === 'skipped' && result.reason === 'binary') io.stderr.write(`msglint: ${result.path}: binary file, skipped\n`);
    if (result.kind === 'unreadable') {
      io.stderr.write(`msglint: ${result.path}: cannot read (${result.reason})\n`);
      ioFailed = true;
    }
  }
  const linted = results.filter((r): r is LintedFile => r.kind === 'linted');

  if (options.fixDryRun) {
    for (const file of linted) if (file.fixed) io.stdout.write(createTwoFilesPatch(file.path, file.path, file.fixed.original, file.fixed.text));
  } else if (options.fix && options.stdin) {
    // With --stdin there is no file to write: the fixed draft goes to standard output, as formatters do.
    // Always the whole draft: an ignored draft comes back unchanged, never as nothing (an editor
    // piping its buffer through `--stdin --fix` would lose it).
    const fixed = linted[0]?.fixed;
    const bytes = typeof stdinInput === 'string' ? Buffer.from(stdinInput, 'utf8') : stdinInput;
    const decoded = decodeDraft(bytes);
    // Bytes that are not valid UTF-8 come back exactly as they came (U+FFFD would replace them).
    const exact = decoded.kind === 'text' && encodeDraft(decoded.text, decoded.bom, decoded.encoding).equals(bytes);
    if (fixed && exact) io.stdout.write(encodeDraft(fixed.text, fixed.bom, fixed.encoding));
    else io.stdout.write(bytes);
    if (fixed && !exact) {
      io.stderr.write(`msglint: ${linted[0].path}: not valid UTF-8; not fixed\n`);
      ioFailed = true;
    }
  } else {
    if (options.fix) ioFailed = writeFixes(linted, io, options.followSymlinks) || ioFailed;
    // Drafts under different configs can have different packs: a rule is described from whichever has it.
    const ruleSets = [...new Set(linted.map((f) => project.contextFor(resolve(io.cwd, options.stdinFilename ?? f.path)).rules))];
    const output = FORMATTERS[options.format]({
      files: linted,
      rule: (id) => ruleSets.map((rules) => rules.get(id)).find(Boolean)?.definition,
      ruleDocsUrl,
      color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR,
      version: VERSION,
    });
    io.stdout.write(output);
  }

  if (ioFailed) return EXIT.error;
  const all = linted.flatMap((f) => f.diagnostics);
  const failing = all.some((d) => atLeast(d.severity, options.failLevel));
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`msglint: ${warnings} warnings (more than --max-warnings ${options.maxWarnings})\n`);
  return failing || tooManyWarnings ? EXIT.findings : EXIT.clean;
}

class ConfigError extends Error {}

function projectOptions(options: CliOptions, io: CliIo): ProjectOptions {
  return {
    useConfig: options.useConfig,
    configFile: options.config && resolve(io.cwd, options.config),
    extraPacks: options.rulePacks.map((p) => resolve(io.cwd, p)),
  };
}

/** Below this many drafts per thread, starting a worker (~0.25 s: bundle and rules) costs more than it saves. */
const MIN_JOBS_PER_WORKER = 500;

async function lintPaths(options: CliOptions, project: Project, lintOptions: LintFileOptions, io: CliIo): Promise<FileResult[]> {
  const files = await expandInputs(options.inputs, io.cwd);
  const checked = new Set<string>();
  for (const file of files) assertValidContext(project, resolve(io.cwd, file), checked);
  const cache = options.cache ? new ResultCache(resolve(io.cwd, options.cacheLocation ?? '.msglintcache')) : undefined;
  const progress = createProgress(io.stderr as NodeJS.WriteStream, files.length);
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    const cacheKey = pending.get(index)?.cacheKey;
    if (cache && cacheKey && result.kind === 'linted' && !result.fixed) cache.set(cacheKey, result.diagnostics);
    progress.tick(++done);
  };
  const pending = new Map<number, LintJob>();
  files.forEach((file, index) => {
    const prepared = prepareFile(file, project, lintOptions, cache);
    if (isJob(prepared)) pending.set(index, prepared);
    else finish(index, prepared);
  });
  const jobs = [...pending].map(([index, job]) => ({ index, job }));
  const workers = Math.min(options.jobs ?? availableParallelism(), Math.floor(jobs.length / MIN_JOBS_PER_WORKER));
  if (io.workerScript && workers > 1) {
    await lintOnWorkers(io.workerScript, workers, jobs, { project: projectOptions(options, io), lint: lintOptions }, finish);
  } else {
    for (const { index, job } of jobs) finish(index, lintText(job.path, job.text, project, lintOptions, job.bom, job.encoding));
  }
  progress.done();
  cache?.save();
  return results;
}

async function lintStdin(options: CliOptions, project: Project, lintOptions: LintFileOptions, io: CliIo): Promise<FileResult> {
  // Config lookup and globs use the given filename; without one, a draft in the current folder.
  const absolute = resolve(io.cwd, options.stdinFilename ?? 'stdin.msg.md');
  assertValidContext(project, absolute, new Set());
  const input = await io.readStdin();
  const decoded = decodeDraft(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  const path = options.stdinFilename ?? '<stdin>';
  if (decoded.kind !== 'text') return { kind: 'skipped', path, reason: 'binary' };
  return { ...lintText(absolute, decoded.text, project, lintOptions, decoded.bom, decoded.encoding), path };
}

/** A broken config file or rule pack stops the run with a located, one-line error (exit 2). */
function assertValidContext(project: Project, absolutePath: string, checked: Set<string>): void {
  const context = project.contextFor(absolutePath);
  const key = context.configPath ?? '';
  if (checked.has(key)) return;
  checked.add(key);
  const errors: SourceError[] = context.errors;
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new ConfigError(`${formatSourceError(errors[0])}${more}`);
  }
}

function writeFixes(files: LintedFile[], io: CliIo, followSymlinks: boolean): boolean {
  let failed = false;
  for (const file of files) {
    if (!file.fixed) continue;
    const absolute = resolve(io.cwd, file.path);
    const original = encodeDraft(file.fixed.original, file.fixed.bom, file.fixed.encoding);
    const next = encodeDraft(file.fixed.text, file.fixed.bom, file.fixed.encoding);
    try {
      // Inside the current folder, writes stay in it; a file named outside it stays in its own folder.
      const root = relative(io.cwd, absolute).startsWith('..') ? dirname(absolute) : io.cwd;
      writeFileSafely(absolute, next, original, { root, followSymlinks });
    } catch (error) {
      failed = true;
      const reason =
        error instanceof RefusedWriteError
          ? `${file.path}: ${error.message}`
          : error instanceof ChangedOnDiskError && /while it was being fixed/.test(error.message)
          ? `${file.path}: changed while it was being fixed; the edit was kept, not fixed`
          : error instanceof ChangedOnDiskError
          ? `${file.path}: ${notUtf8(absolute, original) ? 'not valid UTF-8; not fixed' : 'changed since it was read; not overwritten'}`
          : `${file.path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
      io.stderr.write(`msglint: ${reason}\n`);
    }
  }
  return failed;
}

/**
 * Whether the file still decodes to what was read but its bytes differ from the re-encoded text: not
 * valid UTF-8, so writing would replace the bad bytes with U+FFFD. Such a file is never written.
 */
function notUtf8(path: string, readAs: Buffer): boolean {
  try {
    const bytes = readFileSync(path);
    const decoded = decodeDraft(bytes);
    return decoded.kind === 'text' && !bytes.equals(readAs) && encodeDraft(decoded.text, decoded.bom, decoded.encoding).equals(readAs);
  } catch {
    return false;
  }
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`msglint: ${message}\n`);
  return EXIT.error;
}
