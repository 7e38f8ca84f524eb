// Item 1 of issue 16: an edit that lands while --fix writes is never overwritten. The last check
// (inode, size, times and content) happens immediately before the in-place write; an append that
// still slips in between is seen by the file's size and kept, the original put back before it.
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBundle, runCli, workspace } from '../cli/harness.js';

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.includes('.tmp'));

describe('--fix and a concurrent edit', () => {
  it('an append landing between the last check and the write is kept; exit 2', async () => {
    const ws = workspace({
      'a.msg.md': 'pls\n',
      // The narrowest window: the editor appends just before msglint's first write to the draft.
      'late.cjs': `
        const fs = require('node:fs');
        const write = fs.writeSync;
        let done = false;
        fs.writeSync = function (fd, ...rest) {
          if (!done && typeof fd === 'number' && fs.readlinkSync('/proc/self/fd/' + fd).endsWith('/a.msg.md')) {
            done = true;
            fs.appendFileSync(fs.readlinkSync('/proc/self/fd/' + fd), 'late edit\\n');
          }
          return write.call(this, fd, ...rest);
        };`,
    });
    const r = await runCli(['--fix', 'a.msg.md'], { cwd: ws, preload: [join(ws, 'late.cjs')] });
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe('pls\nlate edit\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('msglint: a.msg.md: changed while it was being fixed; the edit was kept, not fixed\n');
    expect(leftovers(ws)).toEqual([]);
  });

  it('appends racing a real --fix of an 860 KB draft are never lost (20 runs)', async () => {
    const bundle = await cliBundle();
    const body = 'pls check the order below\n' + 'Dear Peter, the samples left today by courier.\n'.repeat(18_000);
    let fixedRuns = 0;
    let refusedRuns = 0;
    for (let run = 0; run < 20; run++) {
      const ws = workspace({ 'a.msg.md': body });
      const path = join(ws, 'a.msg.md');
      const child = spawn(process.execPath, [bundle, '--fix', 'a.msg.md'], {
        cwd: ws,
        env: { PATH: process.env.PATH, LANG: 'C' },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const appended: string[] = [];
      const deadline = Date.now() + 30_000;
      while (child.exitCode === null && Date.now() < deadline) {
        const line = `appended ${run}-${appended.length}\n`;
        appendFileSync(path, line);
        appended.push(line);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const code = await exited;
      const text = readFileSync(path, 'utf8');
      // Every append is there, in order, after the draft (fixed or not).
      expect(text.endsWith(appended.join(''))).toBe(true);
      const head = text.slice(0, text.length - appended.join('').length);
      expect([body, body.replace('pls', 'please')]).toContain(head);
      if (head === body) {
        expect(code).toBe(2);
        refusedRuns++;
      } else fixedRuns++;
      expect(leftovers(ws)).toEqual([]);
    }
    expect(fixedRuns + refusedRuns).toBe(20);
  }, 120_000);
});
