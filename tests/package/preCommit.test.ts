// The pre-commit hook (.pre-commit-hooks.yaml, `language: node`) run by the real `pre-commit` (Debian's,
// installed by scripts/install-test-deps.sh) against a temporary git repository. The hook repository is
// this working tree copied into a fresh git repository, so pre-commit does what it does for users:
// clones it, `npm install` (devDependencies too, to build), `npm pack` (builds dist/), installs the
// tarball into its own node environment (the system node; nothing downloaded), and runs `msglint`
// on the staged drafts. npm prefers its cache and otherwise uses only the npm registry.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/harness.js';

const work = mkdtempSync(join(tmpdir(), 'msglint-pre-commit-'));
const hookRepo = join(work, 'hook');
const consumer = join(work, 'consumer');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = {
  ...process.env,
  PRE_COMMIT_HOME: join(work, 'home'),
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  NO_COLOR: '1',
};

function run(command: string, args: string[], cwd: string, timeout = 120_000) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout });
  if (result.error) throw result.error;
  return { code: result.status, output: result.stdout + result.stderr };
}

/** As run(), without blocking this process (vitest's worker must stay responsive for minutes). */
function runAsync(command: string, args: string[], cwd: string, timeout: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, output });
    });
  });
}

function git(cwd: string, ...args: string[]): string {
  const result = run('git', ['-c', 'init.defaultBranch=main', ...args], cwd);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.output}`);
  return result.output.trim();
}

const BAD = '---\nchannel: email\nstage: negotiation\n---\nHi Tom,\n\nPlease send me your password so I can check the order.\n';
const GOOD =
  '---\nchannel: email\nstage: negotiation\n---\nHi Tom,\n\nCould you add me as an authorized user on the portal so I can check the order?\n';

beforeAll(() => {
  const version = run('pre-commit', ['--version'], work);
  if (version.code !== 0) throw new Error('pre-commit is not installed: run scripts/install-test-deps.sh (apt-get install pre-commit)');
  // The hook repository: the working tree as it is (tracked and new files, not ignored ones).
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  mkdirSync(hookRepo);
  git(hookRepo, 'init', '-q');
  for (const file of files) {
    try {
      mkdirSync(dirname(join(hookRepo, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(hookRepo, file));
    } catch {
      // listed but deleted in the working tree
    }
  }
  git(hookRepo, 'add', '-A');
  git(hookRepo, 'commit', '-qm', 'hook');
  const rev = git(hookRepo, 'rev-parse', 'HEAD');

  mkdirSync(consumer);
  git(consumer, 'init', '-q');
  writeFileSync(
    join(consumer, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: msglint\n`,
  );
  writeFileSync(join(consumer, 'bad.msg.md'), BAD);
  writeFileSync(join(consumer, 'clean.msg.md'), GOOD);
  // Markdown but not a draft: the hook's `files: \.msg\.md$` keeps it out (msglint would flag it if named).
  writeFileSync(join(consumer, 'notes.md'), BAD);
  git(consumer, 'add', '-A');
}, 60_000);

describe('the pre-commit hook', () => {
  it('installs with language: node and fails on a draft with an error, passing only *.msg.md files', async () => {
    const result = await runAsync('pre-commit', ['run', '--all-files'], consumer, 840_000);
    expect(result.output).toContain('msglint');
    expect(result.output).toContain('bad.msg.md');
    expect(result.output).toContain('risky-ask/credentials');
    expect(result.output).not.toContain('notes.md');
    expect(result.output).not.toContain('clean.msg.md');
    expect(result.code).toBe(1);
  }, 900_000);

  it('blocks a commit from the installed git hook, and lets it through once the draft is fixed', async () => {
    expect(run('pre-commit', ['install'], consumer).code).toBe(0);
    const blocked = await runAsync('git', ['commit', '-qm', 'drafts'], consumer, 300_000);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('risky-ask/credentials');
    writeFileSync(join(consumer, 'bad.msg.md'), GOOD);
    git(consumer, 'add', '-A');
    const passed = await runAsync('git', ['commit', '-qm', 'drafts'], consumer, 300_000);
    expect(passed.output).toMatch(/msglint\.+Passed/);
    expect(passed.code).toBe(0);
  }, 600_000);
});
