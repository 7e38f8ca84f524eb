#!/usr/bin/env node
// `node bench/instructions.mjs [--drafts N] [DIR]`: machine instructions per draft of the engine's
// warm lint, counted by valgrind (cachegrind, no cache simulation) with V8 on one thread.
//
// Wall and CPU time on a shared 2-core machine swing by ±20% from run to run, so a change worth 5%
// cannot be seen with them; an instruction count repeats to within ~1%. It is not a speed figure
// (a cache miss costs more than an instruction: bench/RESULTS.md has the wall-clock ratios) but it
// says whether a change made the engine do less. Run it before and after a change, on the same DIR.
//
// Needs valgrind (Debian: `apt-get install valgrind`) and a built tree (`npm run build`: the harness
// reads the built-in packs' snapshot in dist/). DIR defaults to the bench's violation-dense corpus.
//
// `--cold` counts instead what a new process pays to lint one draft (the first draft of DIR) with
// the CLI as users run it (bin/msglint.cjs, its V8 code cache warm): start-up, the packs, the first
// lint with its regular-expression compiles. Every --jobs worker pays most of it, and a language
// server pays the same before its first diagnostics. Node's own start-up is counted apart.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv.splice(i, 2)[1] : fallback;
};
const drafts = Number(option('drafts', '300'));
const cold = argv.includes('--cold');
if (cold) argv.splice(argv.indexOf('--cold'), 1);
const dir = argv[0] ?? join(here, 'corpus', 'dense-regression-1-5000');

const fail = (message) => {
  process.stderr.write(`bench/instructions: ${message}\n`);
  process.exit(2);
};
if (spawnSync('valgrind', ['--version']).status !== 0) fail('valgrind is not installed (Debian: apt-get install valgrind)');
if (!existsSync(join(root, 'dist', 'builtin-rules.json'))) fail('no dist/builtin-rules.json: run `npm run build` first');
if (!existsSync(dir) || readdirSync(dir).filter((f) => f.endsWith('.msg.md')).length === 0)
  fail(`no drafts in ${dir} (the dense corpus is written by \`npm run bench -- --dense-only\`)`);

if (cold) {
  coldRun();
  process.exit(0);
}

/** Instructions and output of `node --single-threaded ...args` under valgrind (V8 on one thread: a steadier count). */
function count(args, env = {}) {
  const run = spawnSync(
    'valgrind',
    ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--single-threaded', ...args],
    { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr)?.[1];
  if (!refs || run.signal) fail(`node ${args.join(' ')} failed under valgrind:\n${run.stderr.slice(-2000)}`);
  return { count: Number(refs.replaceAll(',', '')), status: run.status, stdout: run.stdout };
}

function coldRun() {
  const draft = join(
    dir,
    readdirSync(dir)
      .filter((f) => f.endsWith('.msg.md'))
      .sort()[0],
  );
  const bin = join(root, 'bin', 'msglint.cjs');
  const args = [bin, '--format', 'json', draft];
  // A code cache of its own, written by a first run with the same V8 flags (V8 rejects a cache made under other flags).
  const cacheDir = mkdtempSync(join(tmpdir(), 'msglint-instructions-'));
  const env = { MSGLINT_CODE_CACHE_DIR: cacheDir };
  try {
    spawnSync(process.execPath, ['--single-threaded', ...args], { env: { ...process.env, ...env } });
    process.stderr.write('counting instructions of node alone and of a cold one-draft CLI run…\n');
    const node = count(['-e', '0']).count;
    const lint = count(args, env).count;
    console.log(`commit ${commit()}, ${draft}`);
    console.log(`node alone: ${(node / 1e6).toFixed(0)} M instructions`);
    console.log(
      `cold one-draft CLI run: ${(lint / 1e6).toFixed(0)} M instructions, ${((lint - node) / 1e6).toFixed(0)} M beyond node's own start-up`,
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

// The harness sits beside the snapshot it reads, as the CLI bundle does.
const harness = join(root, 'dist', 'engine-harness.cjs');
const { build } = await import('esbuild');
const { sharedOptions } = await import(join(root, 'scripts', 'build.mjs'));
await build({ ...sharedOptions, sourcemap: false, entryPoints: [join(here, 'engine-harness.ts')], outfile: harness });

/** Instructions of one process linting the drafts `passes` times (the bins' V8 flag). */
function instructions(passes) {
  const run = count(['--no-regexp-tier-up', harness, 'passes', String(drafts), String(passes), dir]);
  if (run.status !== 0) fail('the harness failed under valgrind');
  return { count: run.count, result: JSON.parse(run.stdout) };
}

process.stderr.write(`counting instructions of ${drafts} drafts × 2 and × 6 passes (about a minute each)…\n`);
const two = instructions(2);
const six = instructions(6);
const perPass = (six.count - two.count) / 4;
const { drafts: n, bytes } = two.result;
console.log(`commit ${commit()}, ${n} drafts (${(bytes / 1024).toFixed(0)} KB) of ${dir}`);
console.log(`start-up and two passes: ${(two.count / 1e6).toFixed(0)} M instructions`);
console.log(
  `warm lint: ${(perPass / 1e6).toFixed(0)} M instructions a pass, ${(perPass / n / 1e6).toFixed(2)} M a draft, ${(perPass / (bytes / 1024) / 1e3).toFixed(0)} k a KB`,
);

function commit() {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
