// Item 6 of issue 16 (the --fix part): the temp file beside a fixed draft is created exclusively
// under an unpredictable name, so a leftover or planted file at a predictable name neither blocks
// the fix nor is written through.
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSafely } from '../../server/src/cli/writeFileSafely.js';
import { runCli, workspace } from '../cli/harness.js';

describe('--fix temp files', () => {
  it('a leftover temp file from an earlier run does not block later fixes', async () => {
    const ws = workspace({ 'x.msg.md': 'pls\n' });
    // What a crashed run with the old fixed-name scheme left behind, for every plausible pid.
    for (const pid of [1, 2, 100, 1000, 4242]) writeFileSync(join(ws, `.x.msg.md.msglint-${pid}.tmp`), 'stale\n');
    const r = await runCli(['--fix', 'x.msg.md'], { cwd: ws });
    expect(r.stderr).toMatch(/^(?:msglint: .+: \d+ fix(?:es)? applied\n)+$/); // the per-file fix report, nothing else
    expect(r.code).toBe(0);
    expect(readFileSync(join(ws, 'x.msg.md'), 'utf8')).toBe('please\n');
  });

  it('a planted symlink at the old temp name is never written through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'msglint-write-'));
    const path = join(dir, 'a.msg.md');
    writeFileSync(path, 'pls\n');
    writeFileSync(join(dir, 'elsewhere.txt'), 'keep me\n');
    symlinkSync(join(dir, 'elsewhere.txt'), join(dir, `.a.msg.md.msglint-${process.pid}.tmp`));
    writeFileSafely(path, Buffer.from('please\n'), Buffer.from('pls\n'));
    expect(readFileSync(join(dir, 'elsewhere.txt'), 'utf8')).toBe('keep me\n');
    expect(readFileSync(path, 'utf8')).toBe('please\n');
  });

  it('temp names are unpredictable: two writes use different names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'msglint-write-'));
    const path = join(dir, 'a.msg.md');
    writeFileSync(path, 'one\n');
    const seen = new Set<string>();
    const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
    const original = fs.writeFileSync;
    // Records the temp names writeFileSafely creates (it writes them with an exclusive flag).
    const names: string[] = [];
    fs.writeFileSync = ((file: unknown, data: unknown, options: { flag?: string }) => {
      if (String(file).includes('.msglint-')) names.push(`${String(file)} ${options?.flag}`);
      return (original as (...a: unknown[]) => void)(file, data, options);
    }) as typeof fs.writeFileSync;
    syncBuiltinESMExports();
    try {
      writeFileSafely(path, Buffer.from('two\n'), Buffer.from('one\n'));
      writeFileSafely(path, Buffer.from('three\n'), Buffer.from('two\n'));
    } finally {
      fs.writeFileSync = original;
      syncBuiltinESMExports();
    }
    for (const n of names) seen.add(n);
    expect(names).toHaveLength(2);
    expect(seen.size).toBe(2);
    for (const n of names) expect(n).toMatch(/\.a\.msg\.md\.msglint-[0-9a-f]{16}\.tmp wx$/);
    expect(readdirSync(dir)).toEqual(['a.msg.md']);
  });

  it('until the in-place write is fsynced, a fsynced backup holds the original; a failed write puts it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'msglint-write-'));
    const path = join(dir, 'a.msg.md');
    writeFileSync(path, 'pls\n');
    const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
    const original = fs.writeSync;
    const seen: string[][] = [];
    let calls = 0;
    // At every write to the draft: what else is in the folder, and with what content.
    fs.writeSync = ((fd: number, ...rest: unknown[]) => {
      if (fs.readlinkSync(`/proc/self/fd/${fd}`) === path) {
        seen.push(
          readdirSync(dir)
            .filter((f) => f !== 'a.msg.md')
            .map((f) => `${f} ${readFileSync(join(dir, f), 'utf8')}`),
        );
        // The second write (the part past the original's length) fails as on a full disk.
        if (++calls === 2) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      }
      return (original as (...a: unknown[]) => number)(fd, ...rest);
    }) as typeof fs.writeSync;
    syncBuiltinESMExports();
    try {
      expect(() => writeFileSafely(path, Buffer.from('please\n'), Buffer.from('pls\n'))).toThrow(/no space left/);
    } finally {
      fs.writeSync = original;
      syncBuiltinESMExports();
    }
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const files of seen) {
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^\.a\.msg\.md\.msglint-[0-9a-f]{16}\.tmp pls\n$/);
    }
    expect(readFileSync(path, 'utf8')).toBe('pls\n');
    expect(readdirSync(dir)).toEqual(['a.msg.md']);
  });
});
