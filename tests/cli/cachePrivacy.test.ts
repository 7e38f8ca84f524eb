// `--cache` keeps hashes and counts only: no draft text (not even inside messages that quote the
// draft), paths relative to the cache's folder, and it is written only through a temp file it
// created itself.
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from './harness.js';

// The front-matter rule quotes the bad value in its message: the marker reaches a message.
const MARKER = 'Zqxjv7marker';
const DRAFT = `---\nchannel: ${MARKER}\n---\npls send the ${MARKER} quote\n`;

describe('--cache privacy', () => {
  it('stores no draft text, even where a finding quotes it', async () => {
    const ws = workspace({ 'a.msg.md': DRAFT, 'clean.msg.md': 'Dear Peter,\n' });
    const first = await runCli(['--format', 'json', '--cache', 'a.msg.md', 'clean.msg.md'], { cwd: ws });
    expect(first.stdout).toContain(MARKER); // the finding does quote it...
    const cache = readFileSync(join(ws, '.msglintcache'), 'utf8');
    expect(cache).not.toContain(MARKER); // ...the cache does not
    expect(cache).not.toContain('pls');
    expect(cache).not.toContain('message');
    expect(cache).not.toContain(ws); // no absolute paths
    expect(Object.keys(JSON.parse(cache).entries).sort()).toEqual(['a.msg.md', 'clean.msg.md']);
    // A cached run reports the same findings, messages included (drafts with findings are linted again).
    const second = await runCli(['--format', 'json', '--cache', 'a.msg.md', 'clean.msg.md'], { cwd: ws });
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(join(ws, '.msglintcache')).mode & 0o077).toBe(0);
  });

  it('keys drafts relative to the cache, so a cache restored on another path still hits', async () => {
    const ws = workspace({ 'clean.msg.md': 'Dear Peter,\n' });
    await runCli(['--cache', 'clean.msg.md'], { cwd: ws });
    const moved = mkdtempSync(join(tmpdir(), 'msglint-moved-'));
    cpSync(ws, moved, { recursive: true });
    const before = lstatSync(join(moved, '.msglintcache')).ino;
    const run = await runCli(['--cache', 'clean.msg.md'], { cwd: moved });
    expect(run.code).toBe(0);
    // Every draft was a hit: nothing changed, so the cache file was not rewritten (same inode).
    expect(lstatSync(join(moved, '.msglintcache')).ino).toBe(before);
    writeFileSync(join(moved, 'clean.msg.md'), 'Dear Petra,\n');
    await runCli(['--cache', 'clean.msg.md'], { cwd: moved });
    expect(lstatSync(join(moved, '.msglintcache')).ino).not.toBe(before);
  });

  it('--cache-location dir/ puts .msglintcache inside the folder (new or existing)', async () => {
    const ws = workspace({ 'a.msg.md': 'Dear Peter,\n' });
    await runCli(['--cache', '--cache-location', 'new-dir/', 'a.msg.md'], { cwd: ws });
    expect(statSync(join(ws, 'new-dir', '.msglintcache')).isFile()).toBe(true);
    mkdirSync(join(ws, 'existing'));
    await runCli(['--cache', '--cache-location', 'existing', 'a.msg.md'], { cwd: ws });
    expect(statSync(join(ws, 'existing', '.msglintcache')).isFile()).toBe(true);
  });

  it('never writes through a symlink planted at the cache location, and leaves no temp files', async () => {
    const ws = workspace({ 'a.msg.md': 'Dear Peter,\n' });
    const victim = join(mkdtempSync(join(tmpdir(), 'msglint-victim-')), 'victim.txt');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, join(ws, '.msglintcache'));
    const run = await runCli(['--cache', 'a.msg.md'], { cwd: ws });
    expect(run.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(join(ws, '.msglintcache')).isFile()).toBe(true); // the link was replaced, not followed
    expect(readdirSync(ws).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a cache location that is not a regular file is left alone with a warning, and the run still counts', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    const run = await runCli(['--cache', '--cache-location', '/dev/null', '--fail-level', 'warning', 'a.msg.md'], { cwd: ws });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot write the cache /dev/null (not a regular file)');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
