// --jobs (worker threads) and --cache must never change what is reported or fixed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatingConfig, runCli, workspace } from './harness.js';

const VARIANTS = [
  'pls reply!!\n',
  'Dear Peter,\n',
  '---\nchannel: wechat\n---\nemail me, thx\n',
  'fyi 😀 wire the money\r\n',
  '---\nchannel: emial\n---\n你好 pls\n',
];
const drafts = Object.fromEntries(
  Array.from({ length: 100 }, (_, i) => [`d/${String(i).padStart(3, '0')}.msg.md`, VARIANTS[i % VARIANTS.length]]),
);

describe('--jobs', () => {
  it('two worker threads report exactly what one thread reports, in input order', async () => {
    const ws = workspace(drafts);
    const one = await runCli(['--format', 'json', '--jobs', '1', 'd'], { cwd: ws });
    const two = await runCli(['--format', 'json', '--jobs', '2', 'd'], { cwd: ws });
    expect(two.stderr).toBe('');
    expect(two.code).toBe(one.code);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).files).toHaveLength(100);
  });

  it('--fix on worker threads fixes every draft', async () => {
    const ws = workspace(drafts);
    await runCli(['--fix', '--jobs', '2', 'd'], { cwd: ws });
    for (const [name, text] of Object.entries(drafts)) {
      const expected = text.replace('pls', 'please').replace('thx', 'thanks').replace('!!', '!').replace('emial', 'email');
      expect(readFileSync(join(ws, name), 'utf8'), name).toBe(expected);
    }
  });
});

describe('--cache', () => {
  it('a cached run reports what a fresh run reports, and notices changed drafts and settings', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n', 'b.msg.md': 'Dear Peter,\n' });
    const run = () => runCli(['--format', 'json', '--cache', 'a.msg.md', 'b.msg.md'], { cwd: ws });
    const fresh = await run();
    const cached = await run();
    expect(cached.stdout).toBe(fresh.stdout);
    expect(readFileSync(join(ws, '.msglintcache'), 'utf8').length).toBeGreaterThan(0);

    writeFileSync(join(ws, 'b.msg.md'), 'thx\n');
    const edited = JSON.parse((await run()).stdout);
    expect(edited.files[1].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['test/shorthand']);

    writeFileSync(join(ws, '.msglintrc.yaml'), isolatingConfig('', { 'test/shorthand': 'error' }));
    const stricter = await run();
    expect(stricter.code).toBe(1);
    expect(JSON.parse(stricter.stdout).files[0].diagnostics[0].severity).toBe('error');
  });

  it('the cache holds no draft text', async () => {
    const ws = workspace({ 'a.msg.md': 'Zqxjv-secret-words and nothing to report\n' });
    await runCli(['--cache', 'a.msg.md'], { cwd: ws });
    expect(readFileSync(join(ws, '.msglintcache'), 'utf8')).not.toContain('Zqxjv');
  });
});
