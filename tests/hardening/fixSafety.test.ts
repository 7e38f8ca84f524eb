// --fix never loses data: line endings and BOM are kept, writes are crash-safe (a fsynced backup
// until the in-place write is fsynced), and a file that changed after it was read is not overwritten.
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangedOnDiskError, writeFileSafely } from '../../server/src/cli/writeFileSafely.js';
import { runCli, workspace } from '../cli/harness.js';

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.includes('.tmp'));

describe('--fix keeps what it does not fix', () => {
  it('CRLF, lone CR and LF line endings, byte for byte', async () => {
    const text = '---\r\nchannel: emial\r\n---\r\npls reply!!\rthx\n\r\nBest,\r\n😀 你好 pls';
    const ws = workspace({ 'a.msg.md': text });
    await runCli(['--fix', 'a.msg.md'], { cwd: ws });
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe(
      '---\r\nchannel: email\r\n---\r\nplease reply!\rthanks\n\r\nBest,\r\n😀 你好 please',
    );
  });

  it('a BOM stays, exactly once; no BOM is added where there was none', async () => {
    const ws = workspace({ 'bom.msg.md': '\uFEFFpls\r\n', 'plain.msg.md': 'pls\n' });
    await runCli(['--fix', 'bom.msg.md', 'plain.msg.md'], { cwd: ws });
    expect(readFileSync(join(ws, 'bom.msg.md'))).toEqual(Buffer.from('\uFEFFplease\r\n'));
    expect(readFileSync(join(ws, 'plain.msg.md'))).toEqual(Buffer.from('please\n'));
  });

  it('bytes that are not valid UTF-8 are never replaced', async () => {
    const bytes = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' pls\n')]);
    const ws = workspace({ 'latin1.msg.md': bytes });
    const r = await runCli(['--fix', 'latin1.msg.md'], { cwd: ws });
    expect(readFileSync(join(ws, 'latin1.msg.md'))).toEqual(bytes);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('msglint: latin1.msg.md: not valid UTF-8; not fixed\n');
  });

  it('a file without fixes is not rewritten at all', async () => {
    const ws = workspace({ 'a.msg.md': 'Dear Peter,\n' });
    const before = statSync(join(ws, 'a.msg.md'));
    await runCli(['--fix', 'a.msg.md'], { cwd: ws });
    const after = statSync(join(ws, 'a.msg.md'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });
});

describe('safe writes', () => {
  it('--fix writes in place (the same inode), keeps its mode, and leaves no backup behind', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    const path = join(ws, 'a.msg.md');
    chmodSync(path, 0o640);
    const before = statSync(path);
    const r = await runCli(['--fix', 'a.msg.md'], { cwd: ws });
    expect(r.code).toBe(0);
    const after = statSync(path);
    expect(readFileSync(path, 'utf8')).toBe('please\n');
    expect(after.ino).toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(leftovers(ws)).toEqual([]);
  });

  it('--fix keeps the owner of a file (when run as root)', async () => {
    if (process.getuid?.() !== 0) return;
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    chownSync(join(ws, 'a.msg.md'), 65534, 65534);
    await runCli(['--fix', 'a.msg.md'], { cwd: ws });
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe('please\n');
    expect([statSync(join(ws, 'a.msg.md')).uid, statSync(join(ws, 'a.msg.md')).gid]).toEqual([65534, 65534]);
  });

  it('a folder msglint cannot write its backup in: exit 2 naming the file, the draft untouched', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    chmodSync(ws, 0o755); // as an unprivileged user: readable, not writable
    chmodSync(join(ws, 'a.msg.md'), 0o666);
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    // The file itself is writable; the backup beside it is not.
    if (uid !== undefined) chownSync(join(ws, 'a.msg.md'), uid, uid);
    if (uid === undefined) chmodSync(ws, 0o555);
    const r = await runCli(['--fix', 'a.msg.md'], { cwd: ws, uid });
    chmodSync(ws, 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('msglint: a.msg.md: cannot write (EACCES)\n');
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe('pls\n');
  });

  it('--fix through a symlink fixes the target and keeps the link', async () => {
    const ws = workspace({ 'real/a.msg.md': 'pls\n' });
    symlinkSync(join(ws, 'real/a.msg.md'), join(ws, 'link.msg.md'));
    await runCli(['--fix', 'link.msg.md'], { cwd: ws });
    expect(lstatSync(join(ws, 'link.msg.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(ws, 'link.msg.md'))).toBe(join(ws, 'real/a.msg.md'));
    expect(readFileSync(join(ws, 'real/a.msg.md'), 'utf8')).toBe('please\n');
    expect(leftovers(ws)).toEqual([]);
    expect(leftovers(join(ws, 'real'))).toEqual([]);
  });

  it('writeFileSafely refuses a file that changed since it was read, and cleans up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'msglint-write-'));
    const path = join(dir, 'a.msg.md');
    writeFileSync(path, 'edited by someone else\n');
    expect(() => writeFileSafely(path, Buffer.from('fixed\n'), Buffer.from('what msglint read\n'))).toThrow(ChangedOnDiskError);
    expect(readFileSync(path, 'utf8')).toBe('edited by someone else\n');
    expect(leftovers(dir)).toEqual([]);
    writeFileSafely(path, Buffer.from('fixed\n'), Buffer.from('edited by someone else\n'));
    expect(readFileSync(path, 'utf8')).toBe('fixed\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('--fix does not overwrite a draft edited while msglint ran: exit 2, the edit survives', async () => {
    const ws = workspace({
      'a.msg.md': 'pls\n',
      'b.msg.md': 'thx\n',
      // Simulates an editor saving a.msg.md just as msglint writes its backup.
      'race.cjs': `
        const fs = require('node:fs');
        const write = fs.writeFileSync;
        fs.writeFileSync = function (file, ...rest) {
          if (String(file).includes('.a.msg.md.msglint-')) fs.appendFileSync(String(file).replace(/\\.a\\.msg\\.md\\.msglint-.*$/, 'a.msg.md'), 'new line from the editor\\n');
          return write.call(this, file, ...rest);
        };`,
    });
    const r = await runCli(['--fix', 'a.msg.md', 'b.msg.md'], { cwd: ws, preload: [join(ws, 'race.cjs')] });
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe('pls\nnew line from the editor\n');
    expect(readFileSync(join(ws, 'b.msg.md'), 'utf8')).toBe('thanks\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('msglint: a.msg.md: changed since it was read; not overwritten\nmsglint: b.msg.md: 1 fix applied\n');
    expect(leftovers(ws)).toEqual([]);
    expect(existsSync(join(ws, 'a.msg.md'))).toBe(true);
  });
});
