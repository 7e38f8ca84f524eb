'use strict';
// Entry of the msglint GitHub Action (action.yml, `using: node20`). GitHub passes the inputs as
// INPUT_<NAME> variables and runs this in GITHUB_WORKSPACE. It runs the bundled CLI once for the
// log (annotations with the `github` format) and, when asked, once more for a SARIF file. It needs no
// token and no secrets, so it works the same on pull requests from forks.
const { spawnSync, execFileSync } = require('node:child_process');
const { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const path = require('node:path');

const env = process.env;
const input = (name, fallback = '') => (env[`INPUT_${name.toUpperCase()}`] ?? fallback).trim();
const workspace = env.GITHUB_WORKSPACE || process.cwd();
const actionRoot = join(__dirname, '..');

function main() {
  const globs = input('globs', '.').split(/\s+/).filter(Boolean);
  const failLevel = input('fail-level', 'error') || 'error';
  const format = input('format', 'github') || 'github';
  const config = input('config');
  const locale = input('locale');
  const sarifFile = input('sarif-file');
  const changedOnly = /^(true|yes|1)$/i.test(input('changed-files-only', 'false'));

  const cli = findCli();
  const common = ['--fail-level', failLevel];
  if (config) common.push('--config', config);
  if (locale) common.push('--locale', locale);

  let targets = globs;
  if (changedOnly) {
    const changed = changedDrafts(globs);
    if (changed === undefined) {
      process.stdout.write('::notice title=msglint::cannot tell which files changed; linting every draft\n');
    } else if (changed.length === 0) {
      process.stdout.write('msglint: no changed drafts to lint\n');
      setOutput('exit-code', '0');
      if (sarifFile) writeSarif(cli, common, [], sarifFile);
      return 0;
    } else {
      targets = changed;
    }
  }

  const run = spawnSync(process.execPath, [cli, ...common, '--format', format, ...targets], { cwd: workspace, stdio: 'inherit' });
  const code = run.status ?? 2;
  if (sarifFile) writeSarif(cli, common, targets, sarifFile);
  setOutput('exit-code', String(code));
  if (code === 1) process.stdout.write(`::error title=msglint::msglint found problems at or above fail-level ${failLevel}\n`);
  if (code === 2) process.stdout.write('::error title=msglint::msglint could not run (usage, config or I/O error; see the log)\n');
  return code;
}

/** The CLI of this checkout (built dist/), else the same version from the npm registry (no dependencies to fetch). */
function findCli() {
  const local = join(actionRoot, 'dist', 'cli.cjs');
  if (existsSync(local)) return local;
  const { version } = JSON.parse(readFileSync(join(actionRoot, 'package.json'), 'utf8'));
  const prefix = join(env.RUNNER_TEMP || require('node:os').tmpdir(), `msglint-${version}`);
  const installed = join(prefix, 'node_modules', 'msglint', 'dist', 'cli.cjs');
  if (!existsSync(installed)) {
    mkdirSync(prefix, { recursive: true });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', prefix, `msglint@${version}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return installed;
}

function writeSarif(cli, common, targets, file) {
  const out = resolve(workspace, file);
  mkdirSync(dirname(out), { recursive: true });
  if (targets.length === 0) {
    writeFileSync(out, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'msglint', rules: [] } }, results: [] }] }, null, 2) + '\n');
  } else {
    const run = spawnSync(process.execPath, [cli, ...common, '--format', 'sarif', ...targets], { cwd: workspace, encoding: 'utf8', maxBuffer: 1 << 30 });
    writeFileSync(out, run.stdout);
  }
  setOutput('sarif-file', out);
}

/**
 * Drafts (`*.msg.md`) added or modified by the pull request or push, inside the given globs; undefined
 * when git cannot tell (no base commit, not a repository). On a pull request the base commit comes
 * from the event; it is fetched (one commit) when the checkout is shallow. Works for forks: the base
 * lives in this repository.
 */
function changedDrafts(globs) {
  const base = baseCommit();
  if (!base) return undefined;
  const git = (...args) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    try {
      git('cat-file', '-e', `${base}^{commit}`);
    } catch {
      git('fetch', '--no-tags', '--depth=1', 'origin', base);
    }
    const names = git('diff', '--name-only', '--diff-filter=ACMR', '-z', base, 'HEAD').split('\0').filter(Boolean);
    return names.filter((name) => name.endsWith('.msg.md') && existsSync(join(workspace, name)) && insideGlobs(name, globs));
  } catch {
    return undefined;
  }
}

function baseCommit() {
  let event = {};
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    // no event file: not on GitHub
  }
  const sha = event.pull_request?.base?.sha ?? (/^0+$/.test(event.before ?? '0') ? undefined : event.before);
  return typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha) ? sha : undefined;
}

/** A changed file is in scope when a glob matches it or it lies under a folder the globs name. */
function insideGlobs(name, globs) {
  return globs.some((glob) => {
    const folder = glob.replace(/^\.\/?/, '').replace(/\/+$/, '');
    if (folder === '' || name === folder || name.startsWith(folder + '/')) return true;
    return typeof path.matchesGlob === 'function' && /[*?[{]/.test(glob) && path.matchesGlob(name, glob.replace(/^\.\//, ''));
  });
}

function setOutput(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

process.exitCode = main();
