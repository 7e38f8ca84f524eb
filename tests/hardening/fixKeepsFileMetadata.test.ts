// Item 7 of issue 16: --fix refuses read-only files and keeps what the file is: mode bits (setuid,
// setgid), owner and group, hard links, extended attributes and ACLs (it writes in place).
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../cli/harness.js';

const asRoot = process.getuid?.() === 0;

/** The test (never msglint) runs attr's and acl's tools; scripts/install-test-deps.sh installs them. */
const tool = (command: string, args: string[]) => {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr || r.error}`);
  return r.stdout;
};
const hasTools = ['setfattr', 'getfattr', 'setfacl', 'getfacl'].every((c) => spawnSync(c, ['--version']).status === 0);

describe('--fix keeps the file it fixes', () => {
  it('a read-only file is refused, exit 2, untouched', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    chmodSync(join(ws, 'a.msg.md'), 0o444);
    const r = await runCli(['--fix', 'a.msg.md'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('msglint: a.msg.md: read-only; not fixed\n');
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe('pls\n');
  });

  it.skipIf(!asRoot)('setuid and setgid bits survive (root, owner changed)', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    chownSync(join(ws, 'a.msg.md'), 65534, 65534);
    chmodSync(join(ws, 'a.msg.md'), 0o6755);
    await runCli(['--fix', 'a.msg.md'], { cwd: ws });
    const stat = statSync(join(ws, 'a.msg.md'));
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe('please\n');
    expect((stat.mode & 0o7777).toString(8)).toBe('6755');
    expect([stat.uid, stat.gid]).toEqual([65534, 65534]);
  });

  it('a hard link still shares the fixed file', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    linkSync(join(ws, 'a.msg.md'), join(ws, 'a.hardlink'));
    const r = await runCli(['--fix', 'a.msg.md'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(readFileSync(join(ws, 'a.hardlink'), 'utf8')).toBe('please\n');
    expect(statSync(join(ws, 'a.hardlink')).ino).toBe(statSync(join(ws, 'a.msg.md')).ino);
  });

  it.skipIf(!asRoot)('run as an ordinary user, the group of a group-writable file does not change', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    chmodSync(ws, 0o777);
    chownSync(join(ws, 'a.msg.md'), 65534, 0);
    chmodSync(join(ws, 'a.msg.md'), 0o666);
    const r = await runCli(['--fix', 'a.msg.md'], { cwd: ws, uid: 65534 });
    expect(r.code).toBe(0);
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe('please\n');
    expect(statSync(join(ws, 'a.msg.md')).gid).toBe(0);
  });

  it.skipIf(!hasTools)('extended attributes and an ACL survive', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    const path = join(ws, 'a.msg.md');
    tool('setfattr', ['-n', 'user.msglint.origin', '-v', 'crm-export', path]);
    tool('setfacl', ['-m', 'u:65534:rw', path]);
    const acl = tool('getfacl', ['--omit-header', '--numeric', path]);
    expect(acl).toContain('user:65534:rw-');
    const r = await runCli(['--fix', 'a.msg.md'], { cwd: ws });
    expect(r.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe('please\n');
    expect(tool('getfattr', ['--only-values', '-n', 'user.msglint.origin', path])).toBe('crm-export');
    expect(tool('getfacl', ['--omit-header', '--numeric', path])).toBe(acl);
  });
});
