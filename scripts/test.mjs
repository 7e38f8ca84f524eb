// `npm test`: every test, in order of cost. Installs the editors the integration tests drive
// (once; skipped with MSGLINT_SKIP_INSTALL=1), builds, type-checks, runs vitest (unit, rules,
// corpus, CLI, language server over JSON-RPC, Neovim/Emacs), the VS Code suites in code-server,
// and the detection score on ../shared's dev corpus when it is present.
// Ends with one line "N passed, N failed" summing every stage.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;

function run(label, command, args, options = {}) {
  process.stdout.write(`\n=== ${label}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  const ok = result.status === 0;
  process.stdout.write(
    `=== ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return ok;
}

function stage(label, command, args, options) {
  if (run(label, command, args, options)) passed++;
  else failed++;
}

if (process.env.MSGLINT_SKIP_INSTALL !== '1') stage('install editors for integration tests', 'sh', ['scripts/install-test-deps.sh']);
stage('build', process.execPath, ['scripts/build.mjs']);
stage('typecheck (engine, adapters, tests)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
stage('typecheck (web build and browser extension)', bin('tsc'), ['-p', 'web/tsconfig.json', '--noEmit']);
stage('typecheck (VS Code client)', bin('tsc'), ['-p', 'client/tsconfig.json', '--noEmit']);
stage('lint and format check (biome)', bin('biome'), ['ci', '--reporter=summary', '.']);

// vitest: count its tests individually.
const report = join(tmpdir(), `msglint-vitest-${process.pid}.json`);
const vitestOk = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests + (vitestOk || json.numFailedTests > 0 ? 0 : 1);
  rmSync(report);
} else if (!vitestOk) failed++;

if (pkg.scripts['test:vscode']) stage('VS Code (code-server) extension suite and UI test', 'npm', ['run', '--silent', 'test:vscode']);
if (pkg.scripts['test:web:vscode'])
  stage('VS Code for the Web (code-server web worker extension host)', 'npm', ['run', '--silent', 'test:web:vscode']);

const score = join(root, '..', 'shared', 'score');
const dev = join(root, '..', 'shared', 'corpus', 'dev.yaml');
if (existsSync(score) && existsSync(dev)) stage('detection score on ../shared dev corpus (F1 >= 0.95)', score, [dev, '--min-f1', '0.95']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
