#!/usr/bin/env node
// `npm run bench [-- options]`: prints msglint's performance figures next to textlint and a regex floor.
// Not a test: it measures and prints (and, with --record, rewrites the figures in bench/RESULTS.md).
//
//   --sizes 1000,10000,50000   corpus sizes (multiples of 1000; default all three)
//   --seed N                   corpus seed (default 1)
//   --textlint-max N           largest corpus textlint runs on in full; above it, textlint runs on the
//                              first N drafts and its per-draft throughput is extrapolated (default 10000)
//   --runs N                   cold runs per measurement on corpora of ≤ 1000 drafts (best of N; default 3;
//                              2 runs up to 10000 drafts, 1 above)
//   --no-textlint --no-lsp --no-scaling --no-cli   skip parts (--no-scaling also skips bench/adversarial.mjs)
//   --profile                  also CPU-profile the engine on the corpus and print the hotspots
//   --record                   write the figures into bench/RESULTS.md
//   --dense-only               only the violation-dense corpus against the shared floor and textlint + prh
//   --no-dense                 skip it; --dense-drafts N (default 5000), --dense-seed N, --dense-runs N (default 3),
//   --dense-cases FILE         labelled drafts it is built from (default tests/corpus/regression.yaml)
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDirs, GENERATOR_VERSION, writeCorpus } from './generator.mjs';
import { firstDiagnostics, keystrokeLatency, memoryWithOpenDrafts } from './lsp-bench.mjs';
import { combinedRegexes, loadPhrases } from './phrases.mjs';
import { summarizeProfile } from './profile.mjs';
import { denseStats, measureDense, renderDense, writeDenseCorpus } from './dense.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const buildDir = join(here, '.build');
const corpusRoot = join(here, 'corpus');
const now = () => Number(process.hrtime.bigint()) / 1e6;

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0 && argv[i + 1] !== undefined) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
};
const flag = (name) => argv.includes(`--${name}`);
const sizes = opt('sizes', '1000,10000,50000')
  .split(',')
  .map((s) => Number(s.replace(/k$/i, '000')))
  .filter((n) => n > 0)
  .map((n) => Math.max(1000, Math.round(n / 1000) * 1000))
  .sort((a, b) => a - b);
const seed = Number(opt('seed', '1'));
const textlintMax = Number(opt('textlint-max', '10000'));
const smallRuns = Number(opt('runs', '3'));
const skip = { textlint: flag('no-textlint'), lsp: flag('no-lsp'), scaling: flag('no-scaling'), cli: flag('no-cli') };
const record = flag('record');
const denseOnly = flag('dense-only');
const dense = {
  skip: flag('no-dense'),
  drafts: Number(opt('dense-drafts', '5000')),
  seed: Number(opt('dense-seed', '1')),
  runs: Number(opt('dense-runs', '3')),
  cases: opt('dense-cases', join('tests', 'corpus', 'regression.yaml')),
};
const sharedBench = join(root, '..', 'shared', 'bench');
const profile = flag('profile');

const loadAtStart = loadavg();
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

// ---------------------------------------------------------------------------------------------
// Build: a snapshot of the tree in bench/.build/snapshot/ (package.json, rules/, snippets/, and fresh
// bundles in dist/: the CLI, the server and the in-process engine harness). Everything runs from the
// snapshot, so rule packs or sources edited while the bench runs cannot change figures halfway.
// The bundles find their rule packs next to them (rules/ beside package.json), as when installed.

const snapDir = join(buildDir, 'snapshot');
const cliPath = join(snapDir, 'dist', 'cli.cjs');
const serverPath = join(snapDir, 'dist', 'server.cjs');
// What users run: bin/ starts the bundles through bin/codeCache.cjs (V8 code cache), here in a
// cache folder of the bench's own, so figures do not depend on the user's cache.
const cliEntry = join(snapDir, 'bin', 'msglint.cjs');
const serverEntry = join(snapDir, 'bin', 'msglint-language-server.cjs');
process.env.MSGLINT_CODE_CACHE_DIR = join(buildDir, 'code-cache');
const enginePath = join(snapDir, 'dist', 'engine.cjs');

async function build() {
  const { build: esbuild } = await import('esbuild');
  const { buildAll, sharedOptions } = await import(join(root, 'scripts', 'build.mjs'));
  rmSync(snapDir, { recursive: true, force: true });
  mkdirSync(join(snapDir, 'dist'), { recursive: true });
  copyFileSync(join(root, 'package.json'), join(snapDir, 'package.json'));
  cpSync(join(root, 'rules'), join(snapDir, 'rules'), { recursive: true });
  if (existsSync(join(root, 'snippets'))) cpSync(join(root, 'snippets'), join(snapDir, 'snippets'), { recursive: true });
  cpSync(join(root, 'bin'), join(snapDir, 'bin'), { recursive: true });
  try {
    await buildAll(join(snapDir, 'dist'));
  } catch (error) {
    log(`! building the CLI and server failed (${error.message.split('\n')[0]}); using the bundles in dist/`);
    for (const name of ['cli.cjs', 'server.cjs'])
      if (existsSync(join(root, 'dist', name))) copyFileSync(join(root, 'dist', name), join(snapDir, 'dist', name));
  }
  await esbuild({ ...sharedOptions, sourcemap: false, entryPoints: [join(here, 'engine-harness.ts')], outfile: enginePath });
}

// ---------------------------------------------------------------------------------------------
// Processes

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
let timeSeq = 0;

/**
 * Runs a whole process; returns wall time (ms), CPU time of the process and its threads (ms, via GNU
 * time when installed, else NaN), peak RSS, stdout (capped) and exit code.
 */
function timeProcess(cmd, args, { env = {}, okCodes = [0, 1], cwd = root } = {}) {
  return new Promise((resolve, reject) => {
    const timeFile = join(buildDir, `time-${process.pid}-${timeSeq++}.txt`);
    const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, cmd, ...args]] : [cmd, args];
    const t0 = now();
    const child = spawn(file, argv, {
      cwd,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    let outBytes = 0;
    let err = '';
    child.stdout.on('data', (c) => {
      outBytes += c.length;
      if (outBytes < 256 * 1024 * 1024) out.push(c);
    });
    child.stderr.on('data', (c) => {
      if (err.length < 10000) err += c;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = now() - t0;
      let cpuMs = NaN;
      let maxRssMB = NaN;
      if (GNU_TIME) {
        try {
          const fields = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
          cpuMs = (fields[1] + fields[2]) * 1000;
          maxRssMB = fields[3] / 1024;
          rmSync(timeFile, { force: true });
        } catch {
          /* keep NaN */
        }
      }
      if (!okCodes.includes(code)) reject(new Error(`${relative(root, args[0] ?? cmd)} exited ${code}: ${err.slice(-1500)}`));
      else resolve({ ms, cpuMs, maxRssMB, stdout: Buffer.concat(out).toString('utf8'), outBytes, code, stderr: err });
    });
  });
}

/** Best of `runs` (wall and CPU time each): the machine may be shared with other work, and noise only ever adds time. */
async function best(runs, fn) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await fn());
  results.sort((a, b) => a.ms - b.ms);
  const cpuMs = Math.min(...results.map((r) => r.cpuMs));
  return { ...results[0], cpuMs, runs };
}

function corpusStats(dirs) {
  let drafts = 0;
  let bytes = 0;
  for (const dir of dirs)
    for (const name of readdirSync(dir)) {
      drafts++;
      bytes += statSync(join(dir, name)).size;
    }
  return { drafts, bytes };
}

function countDiagnostics(stdout) {
  try {
    const data = JSON.parse(stdout);
    const files = Array.isArray(data) ? data : (data.files ?? data.results ?? []);
    let n = 0;
    for (const f of files) n += (f.diagnostics ?? f.messages ?? f.problems ?? []).length;
    return n;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

const cliExtraArgs = (process.env.MSGLINT_BENCH_CLI_ARGS ?? '').split(/\s+/).filter(Boolean);

async function measureCli(dirs, runs, extra = []) {
  const args = [cliEntry, '--format', 'json', ...extra, ...cliExtraArgs, ...dirs];
  const r = await best(runs, () => timeProcess(process.execPath, args));
  return { ms: r.ms, cpuMs: r.cpuMs, maxRssMB: r.maxRssMB, diagnostics: countDiagnostics(r.stdout), runs };
}

async function measureFloor(dirs, runs, phrasesFile) {
  const r = await best(runs, () => timeProcess(process.execPath, [join(here, 'floor.mjs'), phrasesFile, ...dirs], { okCodes: [0] }));
  return { ms: r.ms, cpuMs: r.cpuMs, matches: JSON.parse(r.stdout).matches, runs };
}

async function measureTextlint(dirs, runs, phrasesFile) {
  const bin = join(root, 'node_modules', 'textlint', 'bin', 'textlint.js');
  const args = [bin, '--no-textlintrc', '--rulesdir', join(here, 'textlint'), '--format', 'json', ...dirs];
  const r = await best(runs, () => timeProcess(process.execPath, args, { env: { MSGLINT_BENCH_PHRASES: phrasesFile } }));
  let messages;
  try {
    messages = JSON.parse(r.stdout).reduce((n, f) => n + f.messages.length, 0);
  } catch {
    /* output too large or not JSON */
  }
  return { ms: r.ms, cpuMs: r.cpuMs, messages, runs };
}

async function measureEngine(dirs) {
  const r = await timeProcess(process.execPath, [enginePath, 'throughput', ...dirs], { okCodes: [0] });
  return JSON.parse(r.stdout);
}

async function measureScaling() {
  const r = await timeProcess(process.execPath, [enginePath, 'scaling'], { okCodes: [0] });
  return JSON.parse(r.stdout);
}

async function measureProfile(dirs) {
  const dir = join(here, 'profiles');
  mkdirSync(dir, { recursive: true });
  const name = `engine-${Date.now()}.cpuprofile`;
  await timeProcess(
    process.execPath,
    [
      '--cpu-prof',
      '--cpu-prof-dir',
      dir,
      '--cpu-prof-name',
      name,
      '--cpu-prof-interval',
      '200',
      enginePath,
      'throughput',
      '--no-rule-times',
      ...dirs,
    ],
    { okCodes: [0] },
  );
  return summarizeProfile(join(dir, name), enginePath);
}

// ---------------------------------------------------------------------------------------------
// Formatting

const f0 = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const f3 = (n) => (Number.isFinite(n) ? n.toFixed(3) : 'n/a');
const x = (n) => (Number.isFinite(n) ? `${n.toFixed(1)}×` : 'n/a');

function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(cells[0]),
    `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

function machine() {
  const cpu = cpus();
  let os = '';
  try {
    os = readFileSync('/etc/os-release', 'utf8').match(/PRETTY_NAME="([^"]+)"/)?.[1] ?? '';
  } catch {
    /* not Linux */
  }
  return {
    cpu: `${cpu.length} × ${cpu[0]?.model?.trim() ?? 'unknown CPU'}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    node: process.version,
    os,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = now();
  log(`building bundles…`);
  await build();
  const denseReport = dense.skip ? undefined : await runDense();
  if (denseReport) {
    process.stdout.write(denseReport + '\n\n');
    if (record) recordSection('dense', denseReport);
  }
  if (denseOnly) return;
  const largest = sizes[sizes.length - 1];
  log(`corpus: seed ${seed}, ${largest} drafts…`);
  const gen = writeCorpus(corpusRoot, seed, largest);
  if (gen.written > 0) log(`  wrote ${gen.written} drafts`);

  const phrases = loadPhrases(join(snapDir, 'rules'));
  const phrasesFile = join(buildDir, 'phrases.json');
  writeFileSync(phrasesFile, JSON.stringify({ regexes: combinedRegexes(phrases.patterns) }));

  const haveCli = !skip.cli && existsSync(cliPath);
  const haveServer = !skip.lsp && existsSync(serverPath);
  const rows = [];
  const failures = [];
  const textlintCache = new Map();
  for (const size of sizes) {
    const dirs = corpusDirs(corpusRoot, seed, size);
    const stats = corpusStats(dirs);
    const runs = size <= 1000 ? smallRuns : size <= 10000 ? Math.min(2, smallRuns) : 1;
    log(`${size} drafts (${f1(stats.bytes / 1048576)} MB):`);
    const row = { size, ...stats };
    const attempt = async (what, fn) => {
      try {
        return await fn();
      } catch (error) {
        const reason = error.message.split('\n').slice(0, 2).join(' ').slice(0, 300);
        log(`  ! ${what}: ${reason}`);
        failures.push(`${what} (${size} drafts): ${reason}`);
        return undefined;
      }
    };
    row.engine = await measureEngine(dirs);
    log(
      `  engine in-process: ${f0(row.engine.drafts / (row.engine.lintCpuMs / 1000))} drafts per CPU second (${row.engine.ruleCount} rules)`,
    );
    if (haveCli) {
      row.cli = await attempt('msglint CLI', () => measureCli(dirs, runs));
      row.cli1 = row.cli && (await attempt('msglint CLI --jobs 1', () => measureCli(dirs, runs, ['--jobs', '1'])));
      if (row.cli) log(`  CLI: ${f2(row.cli.ms / 1000)} s (--jobs 1: ${f2(row.cli1?.ms / 1000)} s)`);
    }
    row.floor = await measureFloor(dirs, runs, phrasesFile);
    log(`  floor: ${f2(row.floor.ms / 1000)} s`);
    if (!skip.textlint) {
      const n = Math.min(size, textlintMax);
      if (!textlintCache.has(n)) {
        const tdirs = corpusDirs(corpusRoot, seed, n);
        const tstats = corpusStats(tdirs);
        const r = await attempt('textlint', () => measureTextlint(tdirs, n <= 1000 ? smallRuns : 1, phrasesFile));
        textlintCache.set(n, r && { ...r, drafts: tstats.drafts, bytes: tstats.bytes });
      }
      row.textlint = textlintCache.get(n) && { ...textlintCache.get(n), sampled: n < size };
      if (row.textlint) log(`  textlint: ${f2(row.textlint.ms / 1000)} s on ${row.textlint.drafts} drafts`);
    }
    rows.push(row);
  }

  let scaling;
  if (!skip.scaling) {
    log('scaling with draft size…');
    scaling = await measureScaling();
  }

  let adversarial;
  if (!skip.scaling && existsSync(join(here, 'adversarial.mjs'))) {
    log('adversarial inputs…');
    try {
      const r = await timeProcess(process.execPath, [join(here, 'adversarial.mjs'), '--json'], { okCodes: [0] });
      const line = r.stdout
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('{'));
      adversarial = JSON.parse(line).adversarial;
    } catch (error) {
      failures.push(`adversarial inputs: ${error.message.split('\n')[0].slice(0, 300)}`);
    }
  }

  let lsp;
  if (haveServer) {
    log('language server…');
    try {
      lsp = {};
      lsp.first = await firstDiagnostics(serverEntry);
      lsp.keys = await keystrokeLatency(serverEntry);
      const files = corpusDirs(corpusRoot, seed, 1000).flatMap((d) =>
        readdirSync(d)
          .sort()
          .map((n) => join(d, n)),
      );
      lsp.memory = await memoryWithOpenDrafts(serverEntry, files, 500);
    } catch (error) {
      lsp.error = error.message.split('\n').slice(0, 3).join(' ');
      log(`  ! ${lsp.error}`);
    }
  }

  let hotspots;
  if (profile) {
    const n = sizes.includes(10000) ? 10000 : sizes[0];
    log(`profiling the engine on ${n} drafts…`);
    hotspots = { drafts: n, ...(await measureProfile(corpusDirs(corpusRoot, seed, n))) };
  }

  const report = render({
    failures,
    rows,
    scaling,
    adversarial,
    lsp,
    hotspots,
    phrases,
    haveCli,
    haveServer,
    elapsed: (now() - started) / 1000,
  });
  process.stdout.write(report + '\n');
  if (record) recordSection('', report);
}

/** Rewrites the marked section of bench/RESULTS.md (`bench:begin` for the main run, `bench:dense:begin` for the dense one). */
function recordSection(name, report) {
  const file = join(here, 'RESULTS.md');
  const tag = name ? `bench:${name}` : 'bench';
  const begin = `<!-- ${tag}:begin (written by \`npm run bench -- --record\`) -->`;
  const end = `<!-- ${tag}:end -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark results\n`;
  const i = current.indexOf(begin);
  const j = current.indexOf(end);
  const next =
    i >= 0 && j > i
      ? current.slice(0, i) + `${begin}\n${report}\n${end}` + current.slice(j + end.length)
      : `${current}\n${begin}\n${report}\n${end}\n`;
  writeFileSync(file, next);
  log(`recorded in ${relative(root, file)}`);
}

/** The violation-dense corpus against the shared floor and textlint + prh (bench/dense.mjs). */
async function runDense() {
  const dir = join(corpusRoot, `dense-${basename(dense.cases).replace(/\.ya?ml$/, '')}-${dense.seed}-${dense.drafts}`);
  const casesFile = join(root, dense.cases);
  log(`violation-dense corpus: ${dense.drafts} drafts from ${dense.cases}, seed ${dense.seed}…`);
  writeDenseCorpus(casesFile, dir, dense.seed, dense.drafts);
  const stats = denseStats(dir);
  const textlintDir = join(buildDir, 'textlint-prh');
  mkdirSync(textlintDir, { recursive: true });
  copyFileSync(join(here, 'textlint-prh', '.textlintrc.json'), join(textlintDir, '.textlintrc.json'));
  const havePrh = existsSync(join(sharedBench, 'prh.yml')) && existsSync(join(root, 'node_modules', 'textlint-rule-prh'));
  if (havePrh) copyFileSync(join(sharedBench, 'prh.yml'), join(textlintDir, 'prh.yml'));
  else log('  ! textlint + prh skipped (../shared/bench/prh.yml or textlint-rule-prh missing)');
  const start = loadavg();
  const results = await measureDense({
    dir,
    runs: dense.runs,
    cliPath: cliEntry,
    textlintBin: join(root, 'node_modules', 'textlint', 'bin', 'textlint.js'),
    textlintDir,
    sharedDir: sharedBench,
    timeProcess,
    log,
    skipTextlint: skip.textlint || !havePrh,
  });
  return renderDense({ stats, results, seed: dense.seed, casesFile: dense.cases, load: { start, end: loadavg() }, runs: dense.runs });
}

function render({ failures, rows, scaling, adversarial, lsp, hotspots, phrases, haveCli, haveServer, elapsed }) {
  const m = machine();
  const out = [];
  const ruleCount = rows[0]?.engine.ruleCount;
  const tput = (drafts, ms) => drafts / (ms / 1000);
  out.push(`## msglint benchmarks`);
  out.push('');
  out.push(`- Date: ${m.date}; machine: ${m.cpu}, ${m.memory} RAM, ${m.os}; Node ${m.node}`);
  out.push(
    `- Load average at start: ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}, at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (on ${cpus().length} cores; other work on the machine slows wall-clock figures, CPU-time figures much less)`,
  );
  out.push(
    `- msglint: ${ruleCount} rules from rules/*.yaml (commit ${gitHead()}${gitDirty() ? ', with uncommitted changes in the tree' : ''}; sources and packs snapshotted at the start of the run)`,
  );
  out.push(
    `- Corpus: generator v${GENERATOR_VERSION}, seed ${seed}; en/zh drafts on every channel, ~30% violating, 0.3–20 KB (bench/corpus/, not committed)`,
  );
  out.push(`- Phrase lists (textlint rule and floor): ${phrases.source}`);
  out.push(
    `- Whole process, cold: a new \`node\` process per run (start-up, rule loading, file reading and output included; the CLI is run as \`bin/msglint.cjs\` (the bundle through the V8 code cache of \`bin/codeCache.cjs\`)), OS file cache warm; ` +
      `best of ${smallRuns} runs at 1k drafts, of 2 up to 10k, one run above. msglint CLI: \`--format json\`, default \`--jobs\` (worker threads, one per core) and \`--jobs 1\`; textlint and the floor are single-threaded. ` +
      `CPU = user + system time of the process and all its threads (GNU time)`,
  );
  out.push('');

  out.push('### Throughput (whole process, cold)');
  out.push('');
  out.push(
    table(
      [
        'drafts',
        'MB',
        'msglint CLI s',
        'CLI drafts/s',
        'CLI MB/s',
        'CLI --jobs 1 drafts/s',
        'textlint drafts/s',
        'floor drafts/s',
        'CLI ÷ textlint',
        'CLI time ÷ floor time',
      ],
      rows.map((r) => {
        const mb = r.bytes / 1048576;
        const cli = r.cli ? tput(r.drafts, r.cli.ms) : NaN;
        const tl = r.textlint ? tput(r.textlint.drafts, r.textlint.ms) : NaN;
        return [
          f0(r.drafts),
          f1(mb),
          r.cli ? f2(r.cli.ms / 1000) : 'n/a',
          f0(cli),
          r.cli ? f1(mb / (r.cli.ms / 1000)) : 'n/a',
          r.cli1 ? f0(tput(r.drafts, r.cli1.ms)) : 'n/a',
          r.textlint ? `${f0(tl)}${r.textlint.sampled ? `*` : ''}` : 'n/a',
          f0(tput(r.drafts, r.floor.ms)),
          x(cli / tl),
          r.cli ? x(r.cli.ms / r.floor.ms) : 'n/a',
        ];
      }),
    ),
  );
  out.push('');
  out.push('CPU time for the same runs (drafts per CPU second; all threads counted):');
  out.push('');
  out.push(
    table(
      [
        'drafts',
        'CLI CPU s',
        'CLI drafts/CPU-s',
        'CLI --jobs 1 drafts/CPU-s',
        'textlint drafts/CPU-s',
        'floor drafts/CPU-s',
        'CLI ÷ textlint (CPU)',
        'CLI ÷ floor CPU time',
      ],
      rows.map((r) => {
        const cli = r.cli ? tput(r.drafts, r.cli.cpuMs) : NaN;
        const cli1 = r.cli1 ? tput(r.drafts, r.cli1.cpuMs) : NaN;
        const tl = r.textlint ? tput(r.textlint.drafts, r.textlint.cpuMs) : NaN;
        return [
          f0(r.drafts),
          r.cli ? f2(r.cli.cpuMs / 1000) : 'n/a',
          f0(cli),
          f0(cli1),
          r.textlint ? `${f0(tl)}${r.textlint.sampled ? '*' : ''}` : 'n/a',
          f0(tput(r.drafts, r.floor.cpuMs)),
          x(cli / tl),
          r.cli ? x(r.cli.cpuMs / r.floor.cpuMs) : 'n/a',
        ];
      }),
    ),
  );
  if (rows.some((r) => r.textlint?.sampled)) {
    const s = rows.find((r) => r.textlint?.sampled).textlint.drafts;
    out.push('');
    out.push(
      `\\* textlint measured on the first ${f0(s)} drafts of the corpus (same generator, same distribution) and its per-draft throughput extrapolated.`,
    );
  }
  if (!haveCli) out.push('', 'msglint CLI: not built (dist/cli.cjs missing), CLI columns are n/a.');
  out.push('');

  out.push('### Engine in-process');
  out.push('');
  out.push(
    table(
      ['drafts', 'drafts/CPU-s', 'MB/CPU-s', 'µs CPU/draft', 'of which parseDraft µs', 'drafts/s (wall)', 'diagnostics'],
      rows.map((r) => {
        const e = r.engine;
        const mb = r.bytes / 1048576;
        return [
          f0(r.drafts),
          f0(tput(e.drafts, e.lintCpuMs)),
          f1(mb / (e.lintCpuMs / 1000)),
          f1((e.lintCpuMs * 1000) / e.drafts),
          f1((e.parseCpuMs * 1000) / e.drafts),
          f0(tput(e.drafts, e.lintMs)),
          f0(e.diagnostics),
        ];
      }),
    ),
  );
  out.push('');
  out.push(
    'lintDraft over every draft already in memory, steady state (JIT warmed on up to 2,000 drafts; best of 3 passes up to 10k drafts, one pass above). parseDraft = front matter, Markdown block structure, masks, sentences, language.',
  );
  const r0 = rows[rows.length - 1];
  const ruleTimes = (rows.find((r) => r.drafts === 10000) ?? r0).engine.ruleTimes ?? [];
  const rtDrafts = (rows.find((r) => r.drafts === 10000) ?? r0).drafts;
  if (ruleTimes.length > 0) {
    out.push('');
    out.push(`Slowest rules (CPU, ${f0(rtDrafts)} drafts):`);
    out.push('');
    const total = ruleTimes.reduce((n, t) => n + t.ms, 0);
    out.push(
      table(
        ['rule', 'µs/draft', 'share of rule time'],
        ruleTimes.slice(0, 10).map((t) => [t.id, f1((t.ms * 1000) / rtDrafts), `${f1((100 * t.ms) / total)}%`]),
      ),
    );
  }
  out.push('');
  out.push(
    `Findings on the largest corpus: msglint ${r0.cli?.diagnostics ?? r0.engine.diagnostics} diagnostics, ` +
      `floor ${r0.floor.matches} phrase matches${r0.textlint ? `, textlint ${r0.textlint.messages ?? 'n/a'} messages${r0.textlint.sampled ? ` (on ${f0(r0.textlint.drafts)} drafts)` : ''}` : ''}.`,
  );
  out.push('');

  out.push('### Growth');
  out.push('');
  const per = rows.map((r) => (r.engine.lintCpuMs * 1000) / r.engine.drafts);
  const perCli = rows.filter((r) => r.cli).map((r) => (r.cli.ms * 1000) / r.drafts);
  const flat = Math.max(...per) / Math.min(...per);
  out.push(
    `Time per draft as the corpus grows (${rows.map((r) => f0(r.drafts)).join(' → ')} drafts): engine ${per.map(f1).join(' → ')} µs CPU` +
      (perCli.length ? `; CLI ${perCli.map(f0).join(' → ')} µs wall (start-up amortised)` : '') +
      `. Largest ÷ smallest engine figure: ${f2(flat)}.`,
  );
  if (scaling) {
    out.push('');
    const shapes = Object.keys(scaling.results);
    const kbs = scaling.results[shapes[0]].map((p) => p.kb);
    out.push(
      table(
        ['draft shape', ...kbs.map((kb) => `${f0(kb)} KB`), 'slope ms/KB', 'exponent', 'R²'],
        shapes.map((sh) => [
          sh,
          ...scaling.results[sh].map((p) => f2(p.ms)),
          f3(scaling.fits[sh].slopeMsPerKB),
          f2(scaling.fits[sh].exponent),
          f3(scaling.fits[sh].r2),
        ]),
      ),
    );
    out.push('');
    out.push(
      'Best CPU ms per lintDraft (of up to 200 runs) against draft size (1–200 KB). normal: generated draft, ~8% violating sentences; one long line: the same without line breaks; ' +
        `many findings: every sentence violating (${scaling.results['many findings'].map((p) => p.findings).at(-1)} findings at 200 KB). ` +
        'Slope: least-squares fit of time on size; exponent: fit of log(time) on log(size), 1.0 linear, 2.0 quadratic.',
    );
  }
  if (adversarial?.length) {
    out.push('');
    out.push(
      "Adversarial inputs (`bench/adversarial.mjs`, from the detectors' former timing tests; engine from the sources, CPU time), each repeated 1×, 4× and 16×:",
    );
    out.push('');
    const ok = adversarial.filter((a) => !a.error);
    out.push(
      table(
        ['input', '1× KB', 'ms/KB at 1× / 4× / 16×', 'growth 1× → 16×'],
        ok.map((a) => [
          a.name.replace(/\|/g, '\\|'),
          f1(a.sizes[0].kb),
          a.sizes.map((z) => f3(z.msPerKb)).join(' / '),
          `${f1(a.growth16x)}×`,
        ]),
      ),
    );
    out.push('');
    out.push('Linear growth is 16×, quadratic 256×.');
  }
  out.push('');

  out.push('### Language server');
  out.push('');
  if (!haveServer) out.push('Not built (dist/server.cjs missing): n/a.');
  else if (lsp?.error) out.push(`Failed: ${lsp.error}`);
  else {
    const lat = lsp.keys.latency;
    out.push(
      table(
        ['measure', 'value'],
        [
          ...Object.entries(lat).map(([k, v]) => [
            `didChange → publishDiagnostics, ${k} draft: p50 / p99 (${v.n} keystrokes)`,
            `${f2(v.p50)} / ${f2(v.p99)} ms`,
          ]),
          ['server start → first diagnostics (median of 5)', `${f0(lsp.first.medianMs)} ms (min ${f0(lsp.first.minMs)})`],
          [
            `resident memory, ${lsp.memory.open} corpus drafts open (${f1(lsp.memory.draftMB)} MB of text)`,
            `${f0(lsp.memory.rssMB)} MB (peak ${f0(lsp.memory.peakMB)} MB; ${f0(lsp.memory.startMB)} MB after start)`,
          ],
        ],
      ),
    );
    out.push('');
    out.push(
      `\`msglint.debounceMs\` 0, ${lsp.keys.syncKind === 2 ? 'incremental' : 'full'} document sync, one character typed at a time mid-draft, each keystroke sent once the previous diagnostics arrived (wall clock, client in this process).`,
    );
  }
  out.push('');

  out.push('### Targets');
  out.push('');
  const L = rows[rows.length - 1];
  const wallTl = L.cli && L.textlint ? tput(L.drafts, L.cli.ms) / tput(L.textlint.drafts, L.textlint.ms) : NaN;
  const cpuTl = L.cli && L.textlint ? tput(L.drafts, L.cli.cpuMs) / tput(L.textlint.drafts, L.textlint.cpuMs) : NaN;
  const wallFloor = L.cli ? L.cli.ms / L.floor.ms : NaN;
  const cpuFloor = L.cli ? L.cli.cpuMs / L.floor.cpuMs : NaN;
  const p99 = lsp?.keys?.latency?.['10KB']?.p99;
  const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'met' : 'NOT met');
  const both = (a, b, test) => {
    const okA = Number.isFinite(a) ? test(a) : undefined;
    const okB = Number.isFinite(b) ? test(b) : undefined;
    if (okA === undefined && okB === undefined) return 'n/a';
    if (okA === okB || okB === undefined) return verdict(okA);
    if (okA === undefined) return verdict(okB);
    return okA ? 'met (wall), not on CPU time' : 'met on CPU time only';
  };
  out.push(
    table(
      ['target', 'measured', 'status'],
      [
        [
          `CLI ≥ 10× textlint throughput (${f0(L.drafts)} drafts)`,
          `${x(wallTl)} wall, ${x(cpuTl)} CPU`,
          both(wallTl, cpuTl, (v) => v >= 10),
        ],
        [
          `CLI within 3× of the floor (${f0(L.drafts)} drafts)`,
          `${x(wallFloor)} wall, ${x(cpuFloor)} CPU`,
          both(wallFloor, cpuFloor, (v) => v <= 3),
        ],
        [
          'keystroke p99 < 10 ms, 10 KB draft',
          p99 !== undefined ? `${f2(p99)} ms` : 'n/a',
          verdict(p99 !== undefined ? p99 < 10 : undefined),
        ],
        [
          'first diagnostics < 300 ms after start',
          lsp?.first ? `${f0(lsp.first.medianMs)} ms` : 'n/a',
          verdict(lsp?.first ? lsp.first.medianMs < 300 : undefined),
        ],
        [
          '< 150 MB with 500 open drafts',
          lsp?.memory ? `${f0(lsp.memory.rssMB)} MB` : 'n/a',
          verdict(lsp?.memory ? lsp.memory.rssMB < 150 : undefined),
        ],
        [
          'time per draft flat as the corpus grows (largest ÷ smallest ≤ 1.5)',
          f2(flat),
          verdict(rows.length > 1 ? flat <= 1.5 : undefined),
        ],
        [
          'no quadratic growth on adversarial inputs (1× → 16× ≤ 32; linear is 16)',
          adversarial?.length ? `max ${f1(Math.max(...adversarial.filter((a) => !a.error).map((a) => a.growth16x)))}×` : 'n/a',
          verdict(adversarial?.length ? adversarial.filter((a) => !a.error).every((a) => a.growth16x <= 32) : undefined),
        ],
        [
          'linear in draft size (exponent ≤ 1.2 for every shape)',
          scaling
            ? Object.values(scaling.fits)
                .map((ft) => f2(ft.exponent))
                .join(' / ')
            : 'n/a',
          verdict(scaling ? Object.values(scaling.fits).every((ft) => ft.exponent <= 1.2) : undefined),
        ],
      ],
    ),
  );

  if (hotspots) {
    out.push('');
    out.push(`### Engine profile (${f0(hotspots.drafts)} drafts, \`node --cpu-prof\`, self time)`);
    out.push('');
    out.push(
      table(
        ['module', 'self ms', 'share'],
        hotspots.modules.slice(0, 12).map((h) => [h.name, f0(h.ms), `${f1(h.share)}%`]),
      ),
    );
    out.push('');
    const short = (name) => (name.length > 90 ? `${name.slice(0, 87)}…` : name).replace(/\|/g, '\\|');
    out.push(
      table(
        ['function', 'module', 'self ms', 'share'],
        hotspots.functions.slice(0, 15).map((h) => [short(h.name), h.module, f0(h.ms), `${f1(h.share)}%`]),
      ),
    );
  }
  if (failures.length > 0) {
    out.push('');
    out.push('### Failed measurements');
    out.push('');
    for (const f of failures) out.push(`- ${f}`);
  }
  out.push('');
  out.push(`(bench ran in ${f0(elapsed)} s)`);
  return out.join('\n');
}

function gitDirty() {
  try {
    return (
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'server/src', 'rules'], {
        cwd: root,
        encoding: 'utf8',
      }).trim().length > 0
    );
  } catch {
    return false;
  }
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
