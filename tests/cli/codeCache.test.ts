// bin/codeCache.cjs runs a bundle with a V8 code cache: the output never changes, the cache holds
// compiled code (never draft text), an unusable cache folder only means no cache, and --jobs
// workers start through the loader.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBundle, ROOT, workspace } from './harness.js';

const LOADER = join(ROOT, 'bin', 'codeCache.cjs');
const MARKER = 'Zqxj7741 pls send the 报价 thx!!';

async function runLoaded(ws: string, cacheDir: string, args: string[]) {
  const runner = join(ws, 'run.cjs');
  writeFileSync(runner, `require(${JSON.stringify(LOADER)}).runBundle(${JSON.stringify(await cliBundle())});\n`);
  const r = spawnSync(process.execPath, [runner, ...args], {
    cwd: ws,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', MSGLINT_CODE_CACHE_DIR: cacheDir },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe('code cache loader', () => {
  it('writes a cache of compiled code once, and reuses it with the same output', async () => {
    const ws = workspace({ 'a.msg.md': `${MARKER}\n` });
    const cache = join(ws, 'cache');
    const first = await runLoaded(ws, cache, ['--format', 'json', 'a.msg.md']);
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout).files[0].diagnostics.length).toBeGreaterThan(0);
    const written = files(cache);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^cli\.cjs-[0-9a-f]{20}\.v8cache$/);
    const bytes = readFileSync(join(cache, written[0]));
    expect(bytes.length).toBeGreaterThan(10_000);
    // Compiled code only: the draft it linted is nowhere in it (UTF-8 or UTF-16).
    expect(bytes.includes(Buffer.from('Zqxj7741'))).toBe(false);
    expect(bytes.includes(Buffer.from('Zqxj7741', 'utf16le'))).toBe(false);
    const second = await runLoaded(ws, cache, ['--format', 'json', 'a.msg.md']);
    expect(second).toEqual(first);
    expect(files(cache)).toEqual(written);
  });

  it('keeps a few caches per bundle: older builds and installs are removed when a new one is written', async () => {
    const ws = workspace({ 'a.msg.md': `${MARKER}\n` });
    const cache = join(ws, 'cache');
    mkdirSync(cache, { mode: 0o700 });
    // Six caches of other cli.cjs builds, written a day apart, and files that are not cli.cjs's.
    const older = Array.from({ length: 6 }, (_, i) => `cli.cjs-${String(i).repeat(20)}.v8cache`);
    const others = ['server.cjs-00000000000000000000.v8cache', 'cli.cjs-notes.txt', 'cli.cjs-0000000000000000000.v8cache'];
    for (const [i, name] of [...older, ...others].entries()) {
      writeFileSync(join(cache, name), 'old');
      const day = (i + 1) * 86_400;
      utimesSync(join(cache, name), 1_700_000_000 + day, 1_700_000_000 + day);
    }
    const run = await runLoaded(ws, cache, ['--format', 'json', 'a.msg.md']);
    expect(run.stderr).toBe('');
    const kept = files(cache);
    const written = kept.filter((f) => !older.includes(f) && !others.includes(f));
    expect(written).toHaveLength(1);
    // The new one and the three most recently written others; what is not a cli.cjs cache stays.
    expect(kept.sort()).toEqual([...written, ...older.slice(3), ...others].sort());
  });

  it('runs the same without a cache when its folder cannot be made or is writable by others', async () => {
    const ws = workspace({ 'a.msg.md': `${MARKER}\n`, blocker: 'a file where the folder would be' });
    const plain = await runLoaded(ws, join(ws, 'none'), ['--format', 'json', 'a.msg.md']);
    const blocked = await runLoaded(ws, join(ws, 'blocker', 'cache'), ['--format', 'json', 'a.msg.md']);
    expect(blocked).toEqual(plain);
    const open = join(ws, 'shared');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const shared = await runLoaded(ws, open, ['--format', 'json', 'a.msg.md']);
    expect(shared).toEqual(plain);
    expect(files(open)).toEqual([]);
  });

  it('starts --jobs workers through the loader, with the same report as one thread', async () => {
    // 500 drafts per worker before the CLI starts any.
    const drafts = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [`d/${String(i).padStart(4, '0')}.msg.md`, i % 2 ? `${MARKER}\n` : 'Dear Peter,\n']),
    );
    const ws = workspace(drafts);
    const cache = join(ws, 'cache');
    const one = await runLoaded(ws, cache, ['--format', 'json', '--jobs', '1', 'd']);
    const two = await runLoaded(ws, cache, ['--format', 'json', '--jobs', '2', 'd']);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(one.code);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).files).toHaveLength(1000);
  });
});
