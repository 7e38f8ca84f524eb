// Item 5 of issue 16: `--stdin --fix` hands back input that is not valid UTF-8 byte for byte
// (U+FFFD would replace the bad bytes); when there were fixes to make it says so and exits 2.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliBundle, workspace } from '../cli/harness.js';

async function stdinFix(input: Buffer, cwd: string) {
  const r = spawnSync(process.execPath, [await cliBundle(), '--stdin', '--fix'], {
    cwd,
    input,
    env: { PATH: process.env.PATH, LANG: 'C' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

describe('--stdin --fix and invalid UTF-8', () => {
  it('nothing to fix: the exact bytes come back, exit 0', async () => {
    const input = Buffer.concat([Buffer.from('Dear Peter, caf'), Buffer.from([0xe9, 0xff]), Buffer.from('\n')]);
    const r = await stdinFix(input, workspace({}));
    expect(r.stdout).toEqual(input);
    expect(r.code).toBe(0);
  });

  it('something to fix: the exact bytes come back, "not valid UTF-8; not fixed", exit 2', async () => {
    const input = Buffer.concat([Buffer.from('pls caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const r = await stdinFix(input, workspace({}));
    expect(r.stdout).toEqual(input);
    expect(r.stderr).toBe('msglint: <stdin>: not valid UTF-8; not fixed\n');
    expect(r.code).toBe(2);
  });

  it('valid UTF-8 is still fixed', async () => {
    const r = await stdinFix(Buffer.from('pls 你好\n'), workspace({}));
    expect(r.stdout.toString('utf8')).toBe('please 你好\n');
    expect(r.code).toBe(0);
  });
});
