// The GitHub Action (action.yml + action/run.cjs), run as GitHub runs a node action: the entry script
// with INPUT_* variables, GITHUB_WORKSPACE, GITHUB_EVENT_PATH and GITHUB_OUTPUT, in a real git
// repository. The CLI it runs is the tests' bundle placed where the action looks for dist/cli.cjs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBundle, isolatingConfig, ROOT } from '../cli/harness.js';

const work = mkdtempSync(join(tmpdir(), 'msglint-action-'));
const actionRoot = join(work, 'action-root');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  const bundle = await cliBundle();
  mkdirSync(join(actionRoot, 'action'), { recursive: true });
  mkdirSync(join(actionRoot, 'dist'));
  mkdirSync(join(actionRoot, 'rules'));
  copyFileSync(join(ROOT, 'action.yml'), join(actionRoot, 'action.yml'));
  copyFileSync(join(ROOT, 'action/run.cjs'), join(actionRoot, 'action/run.cjs'));
  copyFileSync(join(ROOT, 'package.json'), join(actionRoot, 'package.json'));
  copyFileSync(bundle, join(actionRoot, 'dist/cli.cjs'));
  copyFileSync(join(ROOT, 'rules/front-matter.yaml'), join(actionRoot, 'rules/front-matter.yaml'));
}, 120_000);

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  git(dir, 'init', '-q');
  for (const [name, text] of Object.entries({ '.msglintrc.yaml': isolatingConfig(), ...files })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return dir;
}

function runAction(workspace: string, inputs: Record<string, string>, event: object, eventName = 'pull_request') {
  const eventPath = join(work, `event-${Math.random().toString(36).slice(2)}.json`);
  const outputPath = join(work, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(eventPath, JSON.stringify(event));
  writeFileSync(outputPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_ACTION_PATH: actionRoot,
    RUNNER_TEMP: work,
  };
  // GitHub's names: INPUT_ + the input name upper-cased, hyphens kept.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [join(actionRoot, 'action/run.cjs')], {
    cwd: workspace,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const outputs = Object.fromEntries(
    readFileSync(outputPath, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    name: string;
    description: string;
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  it('is a node action whose entry script exists, with the documented inputs and outputs', () => {
    expect(action.name).toBe('msglint');
    expect(action.description.length).toBeGreaterThan(0);
    expect(action.runs.using).toMatch(/^node(20|24)$/);
    expect(readFileSync(join(ROOT, action.runs.main), 'utf8').length).toBeGreaterThan(0);
    expect(Object.keys(action.inputs).sort()).toEqual([
      'changed-files-only',
      'config',
      'fail-level',
      'format',
      'globs',
      'locale',
      'sarif-file',
    ]);
    expect(Object.keys(action.outputs).sort()).toEqual(['exit-code', 'sarif-file']);
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(0);
  });

  it('declares every input the entry script reads, and the script reads every declared input', () => {
    const script = readFileSync(join(ROOT, action.runs.main), 'utf8');
    const read = [...script.matchAll(/input\('([a-z-]+)'/g)].map((m) => m[1]);
    expect([...new Set(read)].sort()).toEqual(Object.keys(action.inputs).sort());
  });
});

describe('the action entry point', () => {
  const DRAFTS = { 'drafts/a.msg.md': 'Dear Peter,\n\npls reply\n', 'drafts/clean.msg.md': 'Dear Peter,\n' };

  it('annotates findings with workflow commands, fails at the fail level, and writes SARIF and outputs', () => {
    const ws = repo(DRAFTS);
    const run = runAction(
      ws,
      { globs: 'drafts', 'fail-level': 'warning', format: 'github', 'sarif-file': 'reports/msglint.sarif', 'changed-files-only': 'false' },
      {},
      'push',
    );
    expect(run.stdout).toMatch(/^::warning file=drafts\/a\.msg\.md,line=3,col=1,.*title=msglint test\/shorthand::/m);
    expect(run.stdout).toContain('::error title=msglint::msglint found problems at or above fail-level warning');
    expect(run.code).toBe(1);
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['sarif-file']).toBe(join(ws, 'reports/msglint.sarif'));
    const sarif = JSON.parse(readFileSync(join(ws, 'reports/msglint.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['test/shorthand']);
  });

  it('passes with the default fail level (error) when there are only warnings', () => {
    const ws = repo(DRAFTS);
    const run = runAction(ws, { globs: '.', 'fail-level': 'error', format: 'github' }, {}, 'push');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::warning file=drafts/a.msg.md');
    expect(run.outputs['exit-code']).toBe('0');
  });

  it('changed-files-only on a fork pull request in a shallow checkout lints only the drafts the pull request changed', () => {
    const upstream = repo(DRAFTS);
    const base = git(upstream, 'rev-parse', 'HEAD');
    // The pull request (from a fork) adds one draft and edits another; a.msg.md's finding is old.
    writeFileSync(join(upstream, 'drafts/new.msg.md'), 'Hi, thx for the order\n');
    writeFileSync(join(upstream, 'drafts/clean.msg.md'), 'Dear Peter, pls\n');
    git(upstream, 'add', '-A');
    git(upstream, 'commit', '-qm', 'pull request');
    // actions/checkout: depth 1, so the base commit is not there until the action fetches it.
    const checkout = join(work, `checkout-${Date.now()}`);
    git(work, 'clone', '-q', '--depth=1', `file://${upstream}`, checkout);
    expect(() => git(checkout, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    const event = { pull_request: { base: { sha: base }, head: { repo: { fork: true, full_name: 'someone/msglint-fork' } } } };
    const run = runAction(checkout, { globs: '.', 'fail-level': 'warning', format: 'github', 'changed-files-only': 'true' }, event);
    const annotated = [...run.stdout.matchAll(/^::warning file=([^,]+)/gm)].map((m) => m[1]).sort();
    expect(annotated).toEqual(['drafts/clean.msg.md', 'drafts/new.msg.md']);
    expect(run.code).toBe(1);
  });

  it('changed-files-only with no changed drafts passes and says so', () => {
    const ws = repo(DRAFTS);
    const base = git(ws, 'rev-parse', 'HEAD');
    writeFileSync(join(ws, 'notes.txt'), 'not a draft\n');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'docs only');
    const run = runAction(ws, { globs: '.', 'changed-files-only': 'true', 'fail-level': 'warning' }, { before: base }, 'push');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no changed drafts to lint');
  });
});
