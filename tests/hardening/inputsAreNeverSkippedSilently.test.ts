// Items 19 and 23 of issue 16: how command-line inputs become drafts. A draft reached twice (through
// a symlinked folder) is linted and fixed once; an unreadable folder stops the run (exit 2) instead
// of being skipped with exit 0; a shell-escaped name of an existing file is that file.
import { chmodSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace, type JsonOutput } from '../cli/harness.js';

describe('inputs', () => {
  it('a draft reached through a symlinked folder is linted and fixed once (exit 0)', async () => {
    const ws = workspace({ 'real/a.msg.md': 'pls\n' });
    symlinkSync('real', join(ws, 'link'));
    const r = await runCli(['--fix', '.'], { cwd: ws });
    expect(r.stderr).toMatch(/^(?:msglint: .+: \d+ fix(?:es)? applied\n)+$/); // the per-file fix report, nothing else
    expect(r.code).toBe(0);
    expect(readFileSync(join(ws, 'real/a.msg.md'), 'utf8')).toBe('please\n');
    const lint = await runCli(['--format', 'json', 'real', 'link'], { cwd: ws });
    expect((JSON.parse(lint.stdout) as JsonOutput).files.map((f) => f.path)).toEqual(['real/a.msg.md']);
  });

  it('a draft and a symlink to it, in one folder or through linked folders, are one draft', async () => {
    const ws = workspace({ 'real/a.msg.md': 'pls\n', 'real/deep/c.msg.md': 'pls\n' });
    symlinkSync('a.msg.md', join(ws, 'real/b.msg.md'));
    symlinkSync('real/deep', join(ws, 'shortcut'));
    const lint = await runCli(['--format', 'json', 'real', 'shortcut', 'shortcut/c.msg.md', 'real/b.msg.md'], { cwd: ws });
    expect((JSON.parse(lint.stdout) as JsonOutput).files.map((f) => f.path)).toEqual(['real/a.msg.md', 'real/deep/c.msg.md']);
  });

  it('the same in a folder of many drafts (listed once, not looked at one by one)', async () => {
    const drafts = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`real/d${String(i).padStart(2, '0')}.msg.md`, 'pls\n']));
    const ws = workspace(drafts);
    symlinkSync('d00.msg.md', join(ws, 'real/e-link.msg.md'));
    symlinkSync('real', join(ws, 'link'));
    const lint = await runCli(['--format', 'json', 'real', 'link', 'link/d07.msg.md'], { cwd: ws });
    expect((JSON.parse(lint.stdout) as JsonOutput).files.map((f) => f.path)).toEqual(Object.keys(drafts).sort());
  });

  it('an unreadable folder: exit 2 naming it', async () => {
    const ws = workspace({ 'ok.msg.md': 'Dear Peter,\n', 'locked/a.msg.md': 'pls\n' });
    chmodSync(ws, 0o755);
    chmodSync(join(ws, 'locked'), 0o000);
    // As root every folder is readable: run as an ordinary user then.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const r = await runCli(['.'], { cwd: ws, uid });
    chmodSync(join(ws, 'locked'), 0o755);
    expect(r.stderr).toBe('msglint: cannot read folder "locked" (EACCES)\n');
    expect(r.code).toBe(2);
  });

  it('an escaped glob naming an existing file finds it', async () => {
    const ws = workspace({ '[abc].msg.md': 'pls\n' });
    const r = await runCli(['--format', 'json', '\\[abc\\].msg.md'], { cwd: ws });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as JsonOutput).files.map((f) => f.path)).toEqual(['[abc].msg.md']);
  });
});
