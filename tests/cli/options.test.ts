// The options a CI engineer reaches for: --quiet, --output-file, colors, --no-ignore and the notice for
// an ignored draft named explicitly, --files-from, unchecked drafts, unknown rule ids in the config,
// --list-rules, --explain, --print-config, --init, and the CLI's own words in --locale zh.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../server/src/cli/main.js';
import { isolatingConfig, runCli, TEST_PACK, workspace, type JsonOutput } from './harness.js';

const WARN = 'Dear Peter,\n\npls reply\n';
const CLEAN = 'Dear Peter,\n';

const ruleIds = (stdout: string) => (JSON.parse(stdout) as JsonOutput).files.map((f) => [f.path, f.diagnostics.map((d) => d.severity)]);

describe('report shaping', () => {
  it('--quiet reports errors only', async () => {
    const ws = workspace({ 'a.msg.md': WARN }, isolatingConfig('', { 'test/shorthand': 'warning' }));
    const loud = await runCli(['--format', 'json', 'a.msg.md'], { cwd: ws });
    const quiet = await runCli(['--format', 'json', '--quiet', 'a.msg.md'], { cwd: ws });
    expect(ruleIds(loud.stdout)).toEqual([['a.msg.md', ['warning']]]);
    expect(ruleIds(quiet.stdout)).toEqual([['a.msg.md', []]]);
  });

  it('--output-file writes the report there and nothing to standard output', async () => {
    const ws = workspace({ 'a.msg.md': WARN });
    const run = await runCli(['--format', 'json', '--output-file', 'out/report.json', 'a.msg.md'], { cwd: ws });
    expect(run.stdout).toBe('');
    expect(run.code).toBe(2); // out/ does not exist: a clear I/O error, not a silent pass
    expect(run.stderr).toContain('cannot write out/report.json (ENOENT)');
    const ok = await runCli(['--format', 'json', '-o', 'report.json', 'a.msg.md'], { cwd: ws });
    expect(ok.stdout).toBe('');
    expect(ruleIds(readFileSync(join(ws, 'report.json'), 'utf8'))).toEqual([['a.msg.md', ['warning']]]);
  });

  it('FORCE_COLOR forces colors in a pipe; NO_COLOR and FORCE_COLOR=0 turn them off', async () => {
    const ws = workspace({ 'a.msg.md': WARN });
    const esc = '\u001b[';
    expect((await runCli(['a.msg.md'], { cwd: ws })).stdout).not.toContain(esc);
    expect((await runCli(['a.msg.md'], { cwd: ws, env: { FORCE_COLOR: '1' } })).stdout).toContain(esc);
    expect((await runCli(['a.msg.md'], { cwd: ws, env: { FORCE_COLOR: '0' } })).stdout).not.toContain(esc);
    expect((await runCli(['a.msg.md'], { cwd: ws, env: { NO_COLOR: '1' } })).stdout).not.toContain(esc);
  });
});

describe('which drafts are linted', () => {
  const config = isolatingConfig('ignore: ["archive/**"]');

  it('an ignored draft named explicitly gets a notice; --no-ignore lints it', async () => {
    const ws = workspace({ 'archive/old.msg.md': WARN, 'a.msg.md': CLEAN }, config);
    const named = await runCli(['--format', 'json', 'archive/old.msg.md', 'a.msg.md'], { cwd: ws });
    expect(named.stderr).toBe('msglint: archive/old.msg.md: ignored by .msglintrc.yaml (ignore:); use --no-ignore to lint it\n');
    expect(ruleIds(named.stdout)).toEqual([['a.msg.md', []]]);
    // Found by walking a folder, an ignored draft is skipped quietly.
    expect((await runCli(['.'], { cwd: ws })).stderr).toBe('');
    const all = await runCli(['--format', 'json', '--no-ignore', '.'], { cwd: ws });
    expect(ruleIds(all.stdout)).toEqual([
      ['a.msg.md', []],
      ['archive/old.msg.md', ['warning']],
    ]);
  });

  it('--files-from reads paths from a file (lines) or standard input (NUL-separated too)', async () => {
    const ws = workspace({ 'a.msg.md': WARN, 'b.msg.md': CLEAN, 'c.msg.md': WARN, 'list.txt': 'a.msg.md\r\n\nb.msg.md\n' });
    const fromFile = await runCli(['--format', 'json', '--files-from', 'list.txt'], { cwd: ws });
    expect(ruleIds(fromFile.stdout)).toEqual([
      ['a.msg.md', ['warning']],
      ['b.msg.md', []],
    ]);
    const fromStdin = await runCli(['--format', 'json', '--files-from', '-'], { cwd: ws, stdin: 'c.msg.md\0b.msg.md\0' });
    expect(ruleIds(fromStdin.stdout)).toEqual([
      ['c.msg.md', ['warning']],
      ['b.msg.md', []],
    ]);
    const missing = await runCli(['--files-from', 'nope.txt'], { cwd: ws });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the file list nope.txt (ENOENT)');
  });

  it('an unchecked (binary) draft fails at --fail-level warning and with --fail-on-unchecked', async () => {
    const ws = workspace({ 'a.msg.md': CLEAN, 'img.msg.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    expect((await runCli(['.'], { cwd: ws })).code).toBe(0);
    const strict = await runCli(['--fail-level', 'warning', '.'], { cwd: ws });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('msglint: 1 draft was not checked');
    expect((await runCli(['--fail-on-unchecked', '.'], { cwd: ws })).code).toBe(1);
  });

  it('a draft over the size limit (checked no further than a notice) fails the same way', async () => {
    const ws = workspace({ 'big.msg.md': 'Dear Peter,\n' + 'a'.repeat(2_000_001) });
    const plain = await runCli(['--format', 'json', 'big.msg.md'], { cwd: ws });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('msglint/too-large');
    expect((await runCli(['--fail-level', 'warning', 'big.msg.md'], { cwd: ws })).code).toBe(1);
    const strict = await runCli(['--fail-on-unchecked', 'big.msg.md'], { cwd: ws });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 draft was not checked');
  });
});

describe('unknown rule ids in the config', () => {
  it('warns with a "did you mean" and still lints', async () => {
    const ws = workspace({ 'a.msg.md': WARN }, isolatingConfig('', { 'test/shorthnd': 'error', tst: 'off', 'front-matter': 'warning' }));
    const run = await runCli(['a.msg.md'], { cwd: ws });
    expect(run.stderr).toContain(
      'msglint: .msglintrc.yaml severity: unknown rule or category "test/shorthnd" (did you mean "test/shorthand"?)',
    );
    expect(run.stderr).toContain('unknown rule or category "tst" (did you mean "test"?)');
    expect(run.stderr).not.toContain('"front-matter"'); // a real category
    expect(run.stdout).toContain('test/shorthand');
  });
});

describe('unknown rule ids in disable comments', () => {
  it('are a warning at the name with a "did you mean", and the finding is not suppressed', async () => {
    const ws = workspace({ 'a.msg.md': 'Dear Peter,\n<!-- msglint-disable-next-line test/shorthnd, test -->\npls reply\n' });
    const run = await runCli(['--format', 'json', 'a.msg.md'], { cwd: ws });
    const [file] = (JSON.parse(run.stdout) as JsonOutput).files;
    const unknown = file.diagnostics.filter((d) => d.ruleId === 'msglint/unknown-rule');
    expect(unknown.map((d) => [d.message, d.severity, d.range.start.line, d.range.start.character])).toEqual([
      ['No rule or category “test/shorthnd” to disable (did you mean “test/shorthand”?).', 'warning', 1, 31],
    ]);
    // "test" is a real category: the next line's shorthand is suppressed by it, not by the typo.
    expect(file.diagnostics.map((d) => d.ruleId)).toEqual(['msglint/unknown-rule']);
    const typoOnly = workspace({ 'a.msg.md': 'Dear Peter,\n<!-- msglint-disable-next-line test/shorthnd -->\npls reply\n' });
    const ids = (
      JSON.parse((await runCli(['--format', 'json', 'a.msg.md'], { cwd: typoOnly })).stdout) as JsonOutput
    ).files[0].diagnostics.map((d) => d.ruleId);
    expect(ids).toEqual(['msglint/unknown-rule', 'test/shorthand']);
  });
});

describe('questions answered without linting', () => {
  it('--list-rules lists the rules in force with their effective severity', async () => {
    const ws = workspace({}, isolatingConfig('', { 'test/shorthand': 'error' }));
    const run = await runCli(['--list-rules'], { cwd: ws });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^test\/shorthand +error +Write “…” instead of “…”\.$/m);
    const json = JSON.parse((await runCli(['--list-rules', '--format', 'json'], { cwd: ws })).stdout) as { id: string; severity: string }[];
    expect(json.find((r) => r.id === 'test/shorthand')?.severity).toBe('error');
  });

  it('--explain prints the rationale and examples, in Chinese with --locale zh; an unknown rule suggests one', async () => {
    const ws = workspace({});
    const en = await runCli(['--explain', 'test/shorthand'], { cwd: ws });
    expect(en.stdout).toContain('Why:\n  Shorthand reads as careless.');
    expect(en.stdout).toContain('  ✗ pls reply');
    expect(en.stdout).toContain('  ✓ please reply');
    const zh = await runCli(['--explain', 'test/shorthand', '--locale', 'zh'], { cwd: ws });
    expect(zh.stdout).toContain('原因:\n  缩写显得随意。');
    const typo = await runCli(['--explain', 'test/shorthan'], { cwd: ws });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('msglint: no rule "test/shorthan" (did you mean "test/shorthand"?)\n');
  });

  it("--explain links a built-in rule to its docs page, a user pack's rule only to the pack's own link:", async () => {
    const ws = workspace({});
    // The test pack names no link: nothing to print (msglint's docs/rules has no page for it).
    expect((await runCli(['--explain', 'test/shorthand'], { cwd: ws })).stdout).not.toContain('More:');
    const builtin = await runCli(['--explain', 'front-matter/invalid-value'], { cwd: ws });
    expect(builtin.stdout).toContain('More: https://github.com/msglint/msglint/blob/main/docs/rules/front-matter.md#invalid-value\n');
    const linked = workspace(
      { 'p.yaml': `link: https://wiki.example.com/house\n${readFileSync(TEST_PACK, 'utf8')}` },
      'rulePacks: [p.yaml]\n',
    );
    expect((await runCli(['--explain', 'test/shorthand'], { cwd: linked })).stdout).toContain('More: https://wiki.example.com/house\n');
  });

  it('--print-config shows the config, defaults, severities and packs in force for a draft', async () => {
    const ws = workspace(
      { 'd/a.msg.md': WARN },
      isolatingConfig('channel: whatsapp\noverrides:\n  - files: "d/**"\n    stage: order\n', { 'test/shorthand': 'error' }),
    );
    const run = await runCli(['--print-config', 'd/a.msg.md'], { cwd: ws });
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({
      file: 'd/a.msg.md',
      config: '.msglintrc.yaml',
      ignored: false,
      defaults: { channel: 'whatsapp', stage: 'order' },
    });
    expect(printed.rules['test/shorthand']).toBe('error');
    expect(printed.rulePacks.some((p: string) => p.endsWith('test-pack.yaml'))).toBe(true);
  });

  it('--init writes a starter config that msglint accepts, and never overwrites one', async () => {
    const ws = workspace({ 'a.msg.md': CLEAN }, false);
    const first = await runCli(['--init'], { cwd: ws });
    expect(first.code).toBe(0);
    expect(existsSync(join(ws, '.msglintrc.yaml'))).toBe(true);
    expect((await runCli(['a.msg.md'], { cwd: ws })).code).toBe(0);
    writeFileSync(join(ws, '.msglintrc.yaml'), '# mine\n');
    const second = await runCli(['--init'], { cwd: ws });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('.msglintrc.yaml already exists; not overwritten');
    expect(readFileSync(join(ws, '.msglintrc.yaml'), 'utf8')).toBe('# mine\n');
  });
});

describe('--locale zh for the CLI’s own words', () => {
  it('summary, usage errors and notices are in Chinese', async () => {
    const ws = workspace({ 'a.msg.md': WARN });
    const run = await runCli(['--locale', 'zh', 'a.msg.md'], { cwd: ws });
    expect(run.stdout).toContain('✖ 1 个问题（0 个错误，1 个警告）');
    expect(run.stdout).toContain('其中 1 个可以用 --fix 自动修正');
    const usage = await runCli(['--locale', 'zh', '--format', 'nope', 'a.msg.md'], { cwd: ws });
    expect(usage.code).toBe(2);
    expect(usage.stderr.startsWith('msglint: 用法错误：')).toBe(true);
  });

  it('a clean run on a terminal says "no problems in N drafts", in the chosen language', async () => {
    const ws = workspace({ 'a.msg.md': CLEAN, 'b.msg.md': CLEAN });
    for (const [locale, expected] of [
      ['en', '✔ no problems in 2 drafts\n'],
      ['zh', '✔ 2 篇草稿没有问题\n'],
    ]) {
      let stdout = '';
      const terminal: CliIo = {
        stdout: { write: (s: string) => (stdout += s), isTTY: true },
        stderr: { write: () => true },
        readStdin: async () => '',
        cwd: ws,
        env: { LANG: 'C' },
      };
      expect(await main(['--locale', locale, '--jobs', '1', '.'], terminal)).toBe(0);
      expect(stdout).toBe(expected);
    }
  });
});
