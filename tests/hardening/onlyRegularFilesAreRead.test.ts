// Item 11 of issue 16: drafts, configs and rule packs are read only when they are regular files, and
// only up to a size limit checked before reading. A symlink to /dev/zero or a FIFO is a clear
// error (exit 2), never a 2 GB read or a read that blocks forever.
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../cli/harness.js';

const mkfifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

describe('only regular files are read', () => {
  it('a draft that is a symlink to /dev/zero: "not a regular file", exit 2', async () => {
    const ws = workspace({ 'ok.msg.md': 'Dear Peter,\n' });
    symlinkSync('/dev/zero', join(ws, 'zero.msg.md'));
    const r = await runCli(['.'], { cwd: ws });
    expect(r.stderr).toBe('msglint: zero.msg.md: cannot read (not a regular file)\n');
    expect(r.code).toBe(2);
  });

  it('a draft that is a FIFO nobody writes to: an error, not a hang', async () => {
    const ws = workspace({});
    expect(mkfifo(join(ws, 'pipe.msg.md'))).toBe(true);
    const r = await runCli(['pipe.msg.md'], { cwd: ws });
    expect(r.stderr).toBe('msglint: pipe.msg.md: cannot read (not a regular file)\n');
    expect(r.code).toBe(2);
  });

  it('a .msglintrc.yaml that is a symlink to /dev/zero: a located config error, exit 2', async () => {
    const ws = workspace({ 'a.msg.md': 'Dear Peter,\n' }, false);
    symlinkSync('/dev/zero', join(ws, '.msglintrc.yaml'));
    const r = await runCli(['a.msg.md'], { cwd: ws });
    expect(r.stderr).toMatch(/\.msglintrc\.yaml:1:1: cannot read config \(not a regular file\)\n$/);
    expect(r.code).toBe(2);
  });

  it('a config that is a FIFO: an error, not a hang', async () => {
    const ws = workspace({ 'a.msg.md': 'Dear Peter,\n' }, false);
    expect(mkfifo(join(ws, '.msglintrc.yaml'))).toBe(true);
    const r = await runCli(['a.msg.md'], { cwd: ws });
    expect(r.stderr).toMatch(/cannot read config \(not a regular file\)/);
    expect(r.code).toBe(2);
  });

  it('a rule pack that is a FIFO, or a symlink to /dev/zero: an error, not a hang', async () => {
    const ws = workspace({ 'a.msg.md': 'Dear Peter,\n' });
    expect(mkfifo(join(ws, 'fifo.yaml'))).toBe(true);
    symlinkSync('/dev/zero', join(ws, 'zero.yaml'));
    for (const pack of ['fifo.yaml', 'zero.yaml']) {
      const r = await runCli(['--rule-pack', pack, 'a.msg.md'], { cwd: ws });
      expect(r.stderr).toMatch(/cannot read rule pack \(not a regular file\)/);
      expect(r.code).toBe(2);
    }
  });

  it('a rule pack over the size limit is refused before it is read', async () => {
    const ws = workspace({ 'a.msg.md': 'Dear Peter,\n', 'big.yaml': 'rules: []\n' + '#'.repeat(2 * 1024 * 1024) + '\n' });
    const r = await runCli(['--rule-pack', 'big.yaml', 'a.msg.md'], { cwd: ws });
    expect(r.stderr).toMatch(/big\.yaml:1:1: cannot read rule pack \(larger than 1 MB\)/);
    expect(r.code).toBe(2);
  });
});
