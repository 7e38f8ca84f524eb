// The CLI as a library function (main(argv, io)), for what a child process cannot show: a terminal.
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../server/src/cli/main.js';
import { parseCliArgs, UsageError } from '../../server/src/cli/args.js';
import { workspace } from './harness.js';

function io(cwd: string, tty: boolean) {
  const out = { stdout: '', stderr: '' };
  const value: CliIo = {
    stdout: { write: (s: string) => (out.stdout += s), isTTY: tty },
    stderr: { write: (s: string) => (out.stderr += s), isTTY: tty },
    readStdin: async () => '',
    cwd,
    env: { LANG: 'C' },
  };
  return { io: value, out };
}

describe('progress', () => {
  const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d/${String(i).padStart(2, '0')}.msg.md`, 'Dear Peter,\n']));
  const ws = workspace(files);

  it('is shown on a terminal, on stderr, and erased at the end', async () => {
    const { io: terminal, out } = io(ws, true);
    expect(await main(['--jobs', '1', 'd'], terminal)).toBe(0);
    expect(out.stderr).toContain('\rmsglint: 60/60 drafts');
    expect(out.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(out.stdout).toBe('✔ no problems in 60 drafts\n'); // a clean run on a terminal says so
  });

  it('is not shown when stderr is not a terminal', async () => {
    const { io: pipe, out } = io(ws, false);
    expect(await main(['--jobs', '1', 'd'], pipe)).toBe(0);
    expect(out).toEqual({ stdout: '', stderr: '' });
  });

  it('is not shown for a handful of drafts', async () => {
    const { io: terminal, out } = io(ws, true);
    expect(await main(['d/00.msg.md', 'd/01.msg.md'], terminal)).toBe(0);
    expect(out.stderr).toBe('');
  });
});

describe('color', () => {
  it('stylish output is colored on a terminal unless NO_COLOR is set', async () => {
    const ws = workspace({ 'a.msg.md': 'pls' });
    const { io: terminal, out } = io(ws, true);
    await main(['a.msg.md'], terminal);
    expect(out.stdout).toContain('\u001b[33m');
    const { io: noColor, out: plain } = io(ws, true);
    noColor.env = { NO_COLOR: '1' };
    await main(['a.msg.md'], noColor);
    expect(plain.stdout).toContain('test/shorthand');
    expect(plain.stdout).not.toContain('\u001b[');
  });
});

describe('usage errors', () => {
  it('exit 2 with one line on stderr and nothing on stdout', async () => {
    const ws = workspace({ 'clean.msg.md': 'Dear Peter,\n' });
    for (const args of [
      ['--no-such-option', 'clean.msg.md'],
      ['--format', 'xml', 'clean.msg.md'],
      ['--fix', '--fix-dry-run', 'clean.msg.md'],
      ['--fail-level', 'info', 'clean.msg.md'],
      ['--max-warnings', '-1', 'clean.msg.md'],
      ['--config', 'x.yaml', '--no-config', 'clean.msg.md'],
      ['--stdin-filename', 'a.msg.md', 'clean.msg.md'],
      ['--stdin', 'clean.msg.md'],
      [],
    ]) {
      const { io: pipe, out } = io(ws, false);
      expect(await main(args, pipe), args.join(' ')).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr, args.join(' ')).toMatch(/^msglint: [^\n]+\n$/);
    }
  });
});

describe('message language', () => {
  it('follows --locale, then the config, then LANG', async () => {
    const ws = workspace({ 'a.msg.md': 'pls' });
    const run = async (argv: string[], env: NodeJS.ProcessEnv) => {
      const { io: pipe, out } = io(ws, false);
      pipe.env = env;
      await main(['--format', 'json', ...argv, 'a.msg.md'], pipe);
      return JSON.parse(out.stdout).files[0].diagnostics[0].message as string;
    };
    expect(await run([], { LANG: 'C' })).toBe('Write “please” instead of “pls”.');
    expect(await run([], { LANG: 'zh_CN.UTF-8' })).toBe('请写“please”，不要写“pls”。');
    expect(await run(['--locale', 'en'], { LANG: 'zh_CN.UTF-8' })).toBe('Write “please” instead of “pls”.');
  });
});

describe('a --config that cannot be read', () => {
  it('exit 2, one line naming it', async () => {
    const ws = workspace({ 'a.msg.md': 'pls' });
    const { io: pipe, out } = io(ws, false);
    expect(await main(['--config', 'nope.yaml', 'a.msg.md'], pipe)).toBe(2);
    expect(out.stderr).toMatch(/^msglint: .*nope\.yaml:1:1: cannot read config \(ENOENT\)\n$/);
  });
});

describe('argument parsing', () => {
  it('reads every option', () => {
    const o = parseCliArgs([
      '--format',
      'sarif',
      '--max-warnings',
      '3',
      '--fail-level',
      'warning',
      '--rule-pack',
      'a',
      '--rule-pack',
      'b',
      '--locale',
      'zh-CN',
      '--config',
      'c.yaml',
      'x',
    ]);
    expect(o).toMatchObject({
      inputs: ['x'],
      format: 'sarif',
      maxWarnings: 3,
      failLevel: 'warning',
      rulePacks: ['a', 'b'],
      locale: 'zh',
      config: 'c.yaml',
      useConfig: true,
    });
    expect(parseCliArgs(['--stdin', '--stdin-filename', 'a.msg.md', '--no-config'])).toMatchObject({
      stdin: true,
      stdinFilename: 'a.msg.md',
      useConfig: false,
      inputs: [],
    });
  });

  it('refuses contradictions and bad values with a usage error', () => {
    for (const argv of [['--stdin', 'x'], ['--locale', 'fr', 'x'], ['--jobs', '0', 'x'], ['--max-warnings', '1.5', 'x'], ['--format']]) {
      expect(() => parseCliArgs(argv), argv.join(' ')).toThrow(UsageError);
    }
  });
});
