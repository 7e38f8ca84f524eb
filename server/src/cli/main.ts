import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { atLeast, formatSourceError, type SourceError } from '../engine/index.js';
import { availableParallelism } from 'node:os';
import { Project, type ProjectOptions } from '../node/project.js';
import { HELP, localeFromEnv, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { FORMATTERS } from './formatters/index.js';
import type { LintedFile } from './formatters/formatter.js';
import { expandInputs, mayHoldManyDrafts, NoMatchError } from './inputs.js';
import { isJob, lintJobs, prepareFile, type FileResult, type LintFileOptions, type LintJob } from './lintFiles.js';
import { cacheFileFor, ResultCache } from './resultCache.js';
import { lintOnWorkers, startLintWorkers } from './workerPool.js';
import { createProgress } from './progress.js';
import { decodeDraft, encodeDraft } from './readDraftFile.js';
import { ChangedOnDiskError, RefusedWriteError, writeFileSafely } from './writeFileSafely.js';
import { VERSION } from './version.js';
import { CLI_TEXT, type CliText } from './messages.js';
import { explainRule, initConfig, listRules, printConfig, unknownSeverityKeys } from './ruleCommands.js';

export interface CliIo {
  stdout: { write(text: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Bytes (so --stdin --fix can hand back invalid UTF-8 untouched) or already-decoded text. */
  readStdin(): Promise<string | Buffer>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The bundle to start lint workers from (`--jobs`); without it, drafts are linted in this thread. */
  workerScript?: string;
  /** Arguments for the worker script (the bundle's path when it is a loader). */
  workerArgv?: string[];
}

/** Exit codes: 0 clean (or below the fail level), 1 findings, 2 usage, config or I/O error. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

/** The whole CLI as a library function (as markdownlint-cli2's main): argv in, exit code out. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(io, CLI_TEXT[localeInArgv(argv) ?? localeFromEnv(io.env)].usage(error.message));
    throw error;
  }
  // The CLI's own words (summary, notices, errors) follow --locale, then the environment.
  const t = CLI_TEXT[options.locale ?? localeFromEnv(io.env)];
  if (options.help) {
    io.stdout.write(HELP + '\n');
    return EXIT.clean;
  }
  if (options.version) {
    io.stdout.write(VERSION + '\n');
    return EXIT.clean;
  }
  const cliLocale = options.locale ?? localeFromEnv(io.env);
  if (options.init) {
    const init = initConfig(io.cwd, cliLocale);
    (init.ok ? io.stdout : io.stderr).write(`${init.ok ? '' : 'msglint: '}${init.message}\n`);
    return init.ok ? EXIT.clean : EXIT.error;
  }
  const project = new Project(projectOptions(options, io));
  if (options.listRules || options.explain !== undefined || options.printConfig !== undefined) {
    const file = resolve(io.cwd, options.printConfig ?? 'draft.msg.md');
    try {
      assertValidContext(project, file, new Set());
    } catch (error) {
      if (error instanceof ConfigError) return fail(io, error.message);
      throw error;
    }
    const context = project.contextFor(file);
    const locale = options.locale ?? context.locale ?? cliLocale;
    if (options.printConfig !== undefined) return write(io, options, t, printConfig(context, options.printConfig, io.cwd));
    if (options.listRules) return write(io, options, t, listRules(context, locale, options.format === 'json'));
    const explained = explainRule(context, options.explain!, locale);
    return explained.text ? write(io, options, t, explained.text) : fail(io, explained.error!);
  }
  const lintOptions: LintFileOptions = {
    cwd: io.cwd,
    fix: options.fix || options.fixDryRun,
    locale: options.locale,
    fallbackLocale: localeFromEnv(io.env),
    ruleTimeoutMs: options.ruleTimeout,
  };

  let results: FileResult[];
  let stdinInput: string | Buffer = '';
  const io2: CliIo = { ...io, readStdin: async () => (stdinInput = await io.readStdin()) };
  let explicit: Set<string>;
  try {
    if (options.filesFrom !== undefined) options.inputs = [...options.inputs, ...(await readFileList(options.filesFrom, io, t))];
    explicit = explicitFiles(options.inputs, io.cwd);
    results = options.stdin ? [await lintStdin(options, project, lintOptions, io2)] : await lintPaths(options, project, lintOptions, io, t);
  } catch (error) {
    if (error instanceof NoMatchError || error instanceof ConfigError) return fail(io, error.message);
    throw error;
  }

  let ioFailed = false;
  let unchecked = 0;
  for (const result of results) {
    if (result.kind === 'skipped' && result.reason === 'ignored') {
      // A draft named on the command line (or in --files-from) that the config ignores: say so, never vanish.
      if (explicit.has(resolve(io.cwd, result.path))) {
        const config = project.contextFor(resolve(io.cwd, result.path)).configPath;
        io.stderr.write(`msglint: ${t.ignored(result.path, config ? relative(io.cwd, config) || config : '.msglintrc.yaml')}\n`);
      }
    } else if (result.kind === 'skipped') {
      unchecked++;
      io.stderr.write(`msglint: ${result.reason === 'binary' ? t.binary(result.path) : t.unchecked(result.path, String(result.reason))}\n`);
    }
    if (result.kind === 'unreadable') {
      io.stderr.write(`msglint: ${t.unreadable(result.path, result.reason)}\n`);
      ioFailed = true;
    }
  }
  let linted = results.filter((r): r is LintedFile => r.kind === 'linted');
  // A draft over the size limit is answered with one notice instead of a lint: it was not checked either.
  unchecked += linted.filter((file) => file.diagnostics.some((d) => d.ruleId === TOO_LARGE_RULE)).length;
  if (options.quiet) linted = linted.map((file) => ({ ...file, diagnostics: file.diagnostics.filter((d) => d.severity === 'error') }));

  // --fix-dry-run: a diff of each draft's fixes, then the findings that would remain (JSON: the report, with the fixes).
  if (options.fixDryRun && options.format !== 'json') {
    for (const file of linted)
      if (file.fixed) io.stdout.write(createTwoFilesPatch(file.path, file.path, file.fixed.original, file.fixed.text));
  }
  if (options.fix && options.stdin) {
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
    const notWritten = options.fix ? writeFixes(linted, io, options.followSymlinks) : new Set<string>();
    ioFailed = notWritten.size > 0 || ioFailed;
    // What --fix changed, per draft (stderr: standard output holds the report).
    for (const file of linted)
      if (file.fixed && !notWritten.has(file.path))
        io.stderr.write(`msglint: ${file.path}: ${fixCount(file.fixed.count)} ${options.fixDryRun ? 'would be applied' : 'applied'}\n`);
    // Drafts under different configs can have different packs: a rule is described from whichever has it.
    const ruleSets = [...new Set(linted.map((f) => project.contextFor(resolve(io.cwd, options.stdinFilename ?? f.path)).rules))];
    const output = FORMATTERS[options.format]({
      files: linted,
      rule: (id) => ruleSets.map((rules) => rules.get(id)).find(Boolean)?.definition,
      color: options.outputFile === undefined && colorEnabled(io),
      version: VERSION,
      locale: options.locale ?? localeFromEnv(io.env),
      fixDryRun: options.fixDryRun,
    });
    if (options.outputFile !== undefined) {
      if (writeOutputFile(io, options.outputFile, output, t) !== EXIT.clean) return EXIT.error;
    } else {
      io.stdout.write(output);
      const problems = linted.reduce((n, f) => n + f.diagnostics.length, 0);
      // A clean run on a terminal says so (in a pipe or a file it stays empty, as tools expect).
      if (options.format === 'stylish' && problems === 0 && io.stdout.isTTY) io.stdout.write(`${t.noProblems(linted.length)}\n`);
    }
  }

  if (ioFailed) return EXIT.error;
  const all = linted.flatMap((f) => f.diagnostics);
  const failing = all.some((d) => atLeast(d.severity, options.failLevel));
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`msglint: ${t.tooManyWarnings(warnings, options.maxWarnings!)}\n`);
  // A draft never checked (binary, too large) is not a pass: it fails at --fail-level warning or with --fail-on-unchecked.
  const uncheckedFails = unchecked > 0 && (options.failOnUnchecked || options.failLevel === 'warning');
  if (uncheckedFails) io.stderr.write(`msglint: ${t.uncheckedFail(unchecked)}\n`);
  return failing || tooManyWarnings || uncheckedFails ? EXIT.findings : EXIT.clean;
}

/** FORCE_COLOR (not 0) forces colors, NO_COLOR or FORCE_COLOR=0 turns them off, else colors on a terminal. */
function colorEnabled(io: CliIo): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return Boolean(io.stdout.isTTY);
}

function write(io: CliIo, options: CliOptions, t: CliText, text: string): number {
  if (options.outputFile !== undefined) return writeOutputFile(io, options.outputFile, text, t);
  io.stdout.write(text);
  return EXIT.clean;
}

function writeOutputFile(io: CliIo, file: string, text: string, t: CliText): number {
  try {
    writeFileSync(resolve(io.cwd, file), text);
    return EXIT.clean;
  } catch (error) {
    return fail(io, t.cannotWrite(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
}

/** `--locale` as written on a command line that did not parse, so even usage errors follow it. */
function localeInArgv(argv: string[]): CliOptions['locale'] {
  const index = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (index < 0) return undefined;
  const value = (argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1]) ?? '';
  return value.toLowerCase().startsWith('zh') ? 'zh' : value.toLowerCase().startsWith('en') ? 'en' : undefined;
}

/** `--files-from`: paths one per line (or NUL-separated, as `git diff -z` and `find -print0` write). */
async function readFileList(source: string, io: CliIo, t: CliText): Promise<string[]> {
  let text: string;
  try {
    text = source === '-' ? (await io.readStdin()).toString() : readFileSync(resolve(io.cwd, source), 'utf8');
  } catch (error) {
    throw new ConfigError(t.cannotReadList(source, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  const entries = text.includes('\0') ? text.split('\0') : text.split(/\r?\n/);
  return entries.map((e) => (text.includes('\0') ? e : e.trim())).filter((e) => e.length > 0);
}

/** Inputs that name a file (not a folder or a glob): the drafts a user asked for by name. */
function explicitFiles(inputs: readonly string[], cwd: string): Set<string> {
  const files = new Set<string>();
  for (const input of inputs) {
    try {
      if (statSync(resolve(cwd, input)).isFile()) files.add(resolve(cwd, input));
    } catch {
      // a glob, or missing (reported by expandInputs)
    }
  }
  return files;
}

class ConfigError extends Error {}

/** The engine's notice for a draft too large to check (see lintDraft's maxLength). */
const TOO_LARGE_RULE = 'msglint/too-large';

function projectOptions(options: CliOptions, io: CliIo): ProjectOptions {
  return {
    useConfig: options.useConfig,
    configFile: options.config && resolve(io.cwd, options.config),
    extraPacks: options.rulePacks.map((p) => resolve(io.cwd, p)),
    noIgnore: options.noIgnore,
  };
}

/** Below this many drafts per thread, starting a worker (~0.25 s: bundle and rules) costs more than it saves. */
const MIN_JOBS_PER_WORKER = 500;

/** Workers started before the inputs are listed: more than a 2-core machine's one would rarely pay. */
const MAX_EARLY_THREADS = 4;

async function lintPaths(
  options: CliOptions,
  project: Project,
  lintOptions: LintFileOptions,
  io: CliIo,
  t: CliText,
): Promise<FileResult[]> {
  // A folder or a glob may hold thousands of drafts: its workers start now and boot (load the
  // bundle, compile the rules) while this thread lists the drafts. When the list turns out short,
  // the ones not needed are stopped before they get any work.
  const startWorkers = (count: number) =>
    io.workerScript
      ? startLintWorkers({ script: io.workerScript, argv: io.workerArgv }, count, {
          project: projectOptions(options, io),
          lint: lintOptions,
        })
      : [];
  const maxThreads = io.workerScript ? Math.min(options.jobs ?? availableParallelism(), MAX_EARLY_THREADS) : 1;
  const early = maxThreads > 1 && options.inputs.some((input) => mayHoldManyDrafts(input, io.cwd)) ? startWorkers(maxThreads - 1) : [];
  let files: string[];
  try {
    files = await expandInputs(options.inputs, io.cwd);
    const checked = new Set<string>();
    const warned = new Set<string>();
    for (const file of files) {
      assertValidContext(project, resolve(io.cwd, file), checked);
      warnUnknownRules(project, resolve(io.cwd, file), warned, io, t);
    }
  } catch (error) {
    await Promise.all(early.map((w) => w.terminate()));
    throw error;
  }
  const cache = options.cache ? new ResultCache(cacheFileFor(options.cacheLocation, io.cwd)) : undefined;
  const progress = createProgress(io.stderr as NodeJS.WriteStream, files.length);
  const results: FileResult[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: FileResult) => {
    results[index] = result;
    // A linted draft's text is let go here: only drafts still being read or linted are held.
    const cacheKey = pending.get(index)?.cacheKey;
    pending.delete(index);
    if (cache && cacheKey && result.kind === 'linted' && !result.fixed) cache.set(cacheKey, result.diagnostics);
    progress.tick(++done);
  };
  const pending = new Map<number, LintJob>();
  // Workers that were not started early start now. (This thread lints too, so `--jobs N` starts
  // N - 1 of them.)
  const workers = Math.min(options.jobs ?? availableParallelism(), Math.floor(files.length / MIN_JOBS_PER_WORKER));
  const wanted = io.workerScript && workers > 1 ? workers - 1 : 0;
  await Promise.all(early.slice(wanted).map((w) => w.terminate()));
  const threads = [...early.slice(0, wanted), ...(wanted > early.length ? startWorkers(wanted - early.length) : [])];
  // Drafts are read as threads ask for work, not all before the first lint: a worker that has
  // booted starts on the first batch, and this thread lints while the rest are still unread.
  let cursor = 0;
  const take = (max: number) => {
    const batch: { index: number; job: LintJob }[] = [];
    while (batch.length < max && cursor < files.length) {
      const index = cursor++;
      const prepared = prepareFile(files[index], project, lintOptions, cache);
      if (isJob(prepared)) {
        pending.set(index, prepared);
        batch.push({ index, job: prepared });
      } else finish(index, prepared);
    }
    return batch;
  };
  if (threads.length > 0) {
    await lintOnWorkers(threads, take, finish, (batch, done) => lintJobs(batch, project, lintOptions, done));
  } else {
    // Windows of a few dozen drafts: the progress line moves, and a window costs ~0.1 ms.
    for (let batch = take(64); batch.length > 0; batch = take(64)) lintJobs(batch, project, lintOptions, finish);
  }
  progress.done();
  const cacheError = cache?.save();
  // A cache that cannot be written costs the next run time, not this run its result.
  if (cacheError) io.stderr.write(`msglint: cannot write the cache ${cache!.location} (${cacheError})\n`);
  return results;
}

async function lintStdin(options: CliOptions, project: Project, lintOptions: LintFileOptions, io: CliIo): Promise<FileResult> {
  // Config lookup and globs use the given filename; without one, a draft in the current folder.
  const absolute = resolve(io.cwd, options.stdinFilename ?? 'stdin.msg.md');
  assertValidContext(project, absolute, new Set());
  warnUnknownRules(project, absolute, new Set(), io, CLI_TEXT[options.locale ?? localeFromEnv(io.env)]);
  const input = await io.readStdin();
  const decoded = decodeDraft(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
  const path = options.stdinFilename ?? '<stdin>';
  if (decoded.kind !== 'text') return { kind: 'skipped', path, reason: 'binary' };
  let result: FileResult | undefined;
  lintJobs(
    [{ index: 0, job: { path: absolute, text: decoded.text, bom: decoded.bom, encoding: decoded.encoding } }],
    project,
    lintOptions,
    (_, r) => {
      result = r;
    },
  );
  return { ...result!, path };
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

/** A severity key naming no rule or category (a typo, a renamed rule) is a warning with a suggestion, once per config and key. */
function warnUnknownRules(project: Project, absolutePath: string, warned: Set<string>, io: CliIo, t: CliText): void {
  const context = project.contextFor(absolutePath);
  if (!context.configPath) return;
  for (const { id, suggestion } of unknownSeverityKeys(context)) {
    const key = `${context.configPath}\0${id}`;
    if (warned.has(key)) continue;
    warned.add(key);
    io.stderr.write(
      `msglint: ${t.unknownRule(`${relative(io.cwd, context.configPath) || context.configPath} severity`, id, suggestion)}\n`,
    );
  }
}

function fixCount(count: number): string {
  return count === 1 ? '1 fix' : `${count} fixes`;
}

/** Writes each fixed draft; returns the paths that could not be written (each error already reported). */
function writeFixes(files: LintedFile[], io: CliIo, followSymlinks: boolean): Set<string> {
  const failed = new Set<string>();
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
      failed.add(file.path);
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
