// The CLI as a real child process: exit codes, messages, options. Built-in detection rules are turned
// off by the workspace config (see harness.ts), so these tests only depend on the test pack.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBundle, isolatingConfig, ROOT, runCli, TEST_PACK, workspace, type JsonOutput } from './harness.js';

const CLEAN = '---\nchannel: email\n---\nDear Peter,\n\nThank you for your order.\n';
const WARN = '---\nchannel: email\n---\nDear Peter, pls reply.\n'; // test/shorthand: warning
const INFO = '---\nchannel: email\n---\nDear Peter, fyi the ship left.\n'; // test/fyi: info
const ERROR = '---\nchannel: email\n---\nDear Peter, wire the money today.\n'; // test/wire: error

const json = (stdout: string) => JSON.parse(stdout) as JsonOutput;
const ids = (stdout: string) => json(stdout).files.flatMap((f) => f.diagnostics.map((d) => d.ruleId));
/** One line on stderr, starting with "msglint:". */
const oneLine = (stderr: string) => {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(/^msglint: /);
};

describe('msglint on the examples (npm run msglint -- examples)', () => {
  it('prints findings and exits 1', () => {
    const r = spawnSync('npm', ['run', '--silent', 'msglint', '--', 'examples'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C' },
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('examples/email-front-matter-typo.en.msg.md');
    expect(r.stdout).toMatch(/2:10\s+error\s+.*emial.*front-matter\/invalid-value/);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?/);
  });
});

describe('exit codes', () => {
  const ws = workspace({ 'clean.msg.md': CLEAN, 'warn.msg.md': WARN, 'info.msg.md': INFO, 'error.msg.md': ERROR });
  const run = (args: string[]) => runCli(args, { cwd: ws });

  it('0 and no output for a clean draft', async () => {
    expect(await run(['clean.msg.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('0 for warnings and info below the default fail level, with the findings printed', async () => {
    const r = await run(['warn.msg.md', 'info.msg.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('test/shorthand');
    expect(r.stdout).toContain('test/fyi');
  });

  it('1 for an error', async () => {
    const r = await run(['clean.msg.md', 'error.msg.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\.msg\.md\n\s+4:13\s+error\s+Risky payment request: “wire the money”\.\s+test\/wire/);
  });

  it('--fail-level warning: 1 for a warning, 0 for info only', async () => {
    expect((await run(['--fail-level', 'warning', 'warn.msg.md'])).code).toBe(1);
    expect((await run(['--fail-level', 'warning', 'info.msg.md', 'clean.msg.md'])).code).toBe(0);
  });

  it('--max-warnings: 1 with a one-line notice when exceeded, 0 otherwise', async () => {
    const over = await run(['--max-warnings', '0', 'warn.msg.md']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('msglint: 1 warnings (more than --max-warnings 0)\n');
    expect((await run(['--max-warnings', '1', 'warn.msg.md'])).code).toBe(0);
  });

  it('2 with one line for usage errors', async () => {
    // Two as a child process; every usage error is also checked in-process (main.test.ts).
    for (const args of [['--no-such-option', 'clean.msg.md'], []]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      oneLine(r.stderr);
    }
  });

  it('2 naming the input when a file does not exist or a glob matches nothing', async () => {
    const missing = await run(['clean.msg.md', 'nope.msg.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('msglint: cannot find "nope.msg.md"\n');
    const glob = await run(['drafts/**/*.msg.md']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toBe('msglint: no drafts match "drafts/**/*.msg.md"\n');
    mkdirSync(join(ws, 'empty'), { recursive: true });
    const folder = await run(['empty']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe('msglint: no drafts match "empty"\n');
    expect(missing.stdout + glob.stdout + folder.stdout).toBe('');
  });

  it('--help and --version exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const option of [
      '--format',
      '--fix',
      '--fix-dry-run',
      '--max-warnings',
      '--fail-level',
      '--stdin',
      '--stdin-filename',
      '--config',
      '--no-config',
      '--rule-pack',
    ]) {
      expect(help.stdout).toContain(option);
    }
    const version = await run(['--version']);
    expect(version).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '' });
  });
});

describe('inputs', () => {
  const ws = workspace({
    'drafts/a.msg.md': WARN,
    'drafts/sub/b.msg.md': WARN,
    'drafts/notes.md': WARN,
    'drafts/node_modules/c.msg.md': WARN,
    'other/d.msg.md': WARN,
  });

  it('a folder is searched for *.msg.md (not node_modules), paths are printed as given', async () => {
    const r = await runCli(['--format', 'json', 'drafts'], { cwd: ws });
    expect(json(r.stdout).files.map((f) => f.path)).toEqual(['drafts/a.msg.md', 'drafts/sub/b.msg.md']);
  });

  it('globs, files and folders combine without duplicates', async () => {
    const r = await runCli(['--format', 'json', 'drafts/*.msg.md', 'drafts/a.msg.md', 'other/', './other/d.msg.md'], { cwd: ws });
    expect(json(r.stdout).files.map((f) => f.path)).toEqual(['drafts/a.msg.md', 'other/d.msg.md']);
  });

  it('a draft named twice is fixed once, without a "changed since it was read" error', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n' });
    const r = await runCli(['--fix', 'a.msg.md', './a.msg.md', '.'], { cwd: ws });
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'msglint: a.msg.md: 1 fix applied\n' });
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe('please\n');
  });
});

describe('config and rule packs', () => {
  it('finds .msglintrc.yaml by walking up, with per-folder overrides', async () => {
    const ws = workspace(
      { 'wechat/chat.msg.md': 'email me pls', 'mail/note.msg.md': 'email me pls' },
      isolatingConfig('overrides:\n  - files: "wechat/**"\n    channel: wechat\n'),
    );
    const r = await runCli(['--format', 'json', 'wechat', 'mail'], { cwd: join(ws) });
    expect(json(r.stdout).files.map((f) => [f.path, f.diagnostics.map((d) => d.ruleId)])).toEqual([
      ['wechat/chat.msg.md', ['test/wechat-email', 'test/shorthand']],
      ['mail/note.msg.md', ['test/shorthand']],
    ]);
  });

  it('a broken config stops the run: exit 2, one line naming the file, line and column', async () => {
    const ws = workspace({ 'a.msg.md': CLEAN }, 'channel: emial\n');
    const r = await runCli(['a.msg.md'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    oneLine(r.stderr);
    expect(r.stderr).toContain(`${join(ws, '.msglintrc.yaml')}:1:10: channel:`);
  });

  it('a config YAML error and an unknown key are located too', async () => {
    for (const [config, where] of [
      ['channel: [email\n', ':'],
      ['channel: email\nstages: order\n', ':2:1: '],
    ] as const) {
      const ws = workspace({ 'a.msg.md': CLEAN }, config);
      const r = await runCli(['a.msg.md'], { cwd: ws });
      expect(r.code, config).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain(`.msglintrc.yaml${where}`);
    }
  });

  it('--config uses the given file instead of discovery', async () => {
    const ws = workspace({ 'a.msg.md': WARN, 'strict.yaml': isolatingConfig('', { 'test/shorthand': 'error' }) });
    expect((await runCli(['a.msg.md'], { cwd: ws })).code).toBe(0);
    const r = await runCli(['--config', 'strict.yaml', 'a.msg.md'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+Write “please”/);
  });

  it('--no-config ignores .msglintrc.yaml; --rule-pack adds a pack', async () => {
    const ws = workspace({ 'a.msg.md': WARN });
    expect(ids((await runCli(['--format', 'json', 'a.msg.md'], { cwd: ws })).stdout)).toContain('test/shorthand');
    const noConfig = await runCli(['--format', 'json', '--no-config', 'a.msg.md'], { cwd: ws });
    expect(ids(noConfig.stdout).filter((id) => id.startsWith('test/'))).toEqual([]);
    const withPack = await runCli(['--format', 'json', '--no-config', '--rule-pack', TEST_PACK, 'a.msg.md'], { cwd: ws });
    expect(ids(withPack.stdout)).toContain('test/shorthand');
  });

  it('a broken or missing --rule-pack: exit 2, one line naming the pack', async () => {
    const ws = workspace({ 'a.msg.md': CLEAN });
    const broken = join(ROOT, 'tests/fixtures/packs/broken/invalid-rules.yaml');
    const r = await runCli(['--rule-pack', broken, 'a.msg.md'], { cwd: ws });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(`${broken}:10:9: id: must look like category/name`);
    expect(r.stderr).toContain('(and 5 more)');
    const missing = await runCli(['--rule-pack', 'nope.yaml', 'a.msg.md'], { cwd: ws });
    expect(missing.code).toBe(2);
    oneLine(missing.stderr);
    expect(missing.stderr).toContain(`${join(ws, 'nope.yaml')}:1:1: cannot read rule pack (ENOENT)`);
  });
});

describe('--stdin', () => {
  it('reads one draft; --stdin-filename names it and drives config lookup', async () => {
    const ws = workspace({ 'wechat/.keep': '' }, isolatingConfig('overrides:\n  - files: "wechat/**"\n    channel: wechat\n'));
    const plain = await runCli(['--stdin', '--format', 'json'], { cwd: ws, stdin: 'email me pls' });
    expect(json(plain.stdout).files.map((f) => [f.path, f.diagnostics.map((d) => d.ruleId)])).toEqual([['<stdin>', ['test/shorthand']]]);
    const named = await runCli(['--stdin', '--stdin-filename', 'wechat/x.msg.md', '--format', 'json'], { cwd: ws, stdin: 'email me pls' });
    expect(json(named.stdout).files.map((f) => [f.path, f.diagnostics.map((d) => d.ruleId)])).toEqual([
      ['wechat/x.msg.md', ['test/wechat-email', 'test/shorthand']],
    ]);
    expect(named.code).toBe(0);
  });

  it('exit code follows the findings', async () => {
    const ws = workspace({});
    expect((await runCli(['--stdin'], { cwd: ws, stdin: ERROR })).code).toBe(1);
    expect((await runCli(['--stdin'], { cwd: ws, stdin: CLEAN })).code).toBe(0);
  });

  it('--fix writes the fixed draft to stdout, keeping BOM and CRLF', async () => {
    const ws = workspace({});
    const r = await runCli(['--stdin', '--fix'], { cwd: ws, stdin: '\uFEFFpls go!!\r\nthx\r\n' });
    expect(r.stdout).toBe('\uFEFFplease go!\r\nthanks\r\n');
    const unchanged = await runCli(['--stdin', '--fix'], { cwd: ws, stdin: CLEAN });
    expect(unchanged.stdout).toBe(CLEAN);
  });

  it('--fix gives an ignored draft back unchanged, never an empty output', async () => {
    const ws = workspace({}, isolatingConfig('ignore: ["skip/**"]'));
    const r = await runCli(['--stdin', '--stdin-filename', 'skip/x.msg.md', '--fix'], { cwd: ws, stdin: '\uFEFFpls reply!!\r\n' });
    expect(r).toEqual({ code: 0, stdout: '\uFEFFpls reply!!\r\n', stderr: '' });
  });
});

describe('--fix and --fix-dry-run', () => {
  it('--fix applies safe fixes in place; a re-lint finds no fixable finding', async () => {
    const ws = workspace({ 'a.msg.md': '---\nchannel: emial\n---\npls reply!!\n\nOur quote is 3 USD.\n', 'clean.msg.md': CLEAN });
    const r = await runCli(['--fix', '--format', 'json', 'a.msg.md', 'clean.msg.md'], { cwd: ws });
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe('---\nchannel: email\n---\nplease reply!\n\nOur quote is 3 USD.\n');
    expect(readFileSync(join(ws, 'clean.msg.md'), 'utf8')).toBe(CLEAN);
    // What is left is reported (the checklist's fix is not safe), and decides the exit code.
    expect(ids(r.stdout)).toEqual(['test/incoterm']);
    expect(r.code).toBe(0);
    const again = await runCli(['--format', 'json', 'a.msg.md'], { cwd: ws });
    expect(json(again.stdout).files[0].diagnostics.filter((d) => d.fix?.safe)).toEqual([]);
    expect(readdirSync(ws).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('--fix-dry-run prints a unified diff and changes nothing', async () => {
    const text = '---\nchannel: email\n---\npls reply!!\n';
    const ws = workspace({ 'a.msg.md': text, 'clean.msg.md': CLEAN });
    const r = await runCli(['--fix-dry-run', 'a.msg.md', 'clean.msg.md'], { cwd: ws });
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe(text);
    expect(r.stdout).toContain('--- a.msg.md');
    expect(r.stdout).toContain('+++ a.msg.md');
    expect(r.stdout).toContain('-pls reply!!\n+please reply!\n');
    expect(r.stdout).not.toContain('clean.msg.md');
  });
});

describe('a reader that goes away', () => {
  it('msglint … | head: no stack trace, the exit code of the findings', async () => {
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`d/${i}.msg.md`, ERROR]));
    const ws = workspace(files);
    const child = spawn(process.execPath, [await cliBundle(), '--format', 'sarif', 'd'], {
      cwd: ws,
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});

describe('progress', () => {
  it('is silent when stderr is not a terminal, even for many drafts', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d/${i}.msg.md`, CLEAN]));
    const r = await runCli(['d'], { cwd: workspace(files) });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('binary and unreadable files', () => {
  it('a binary file is skipped with a notice; the others are linted', async () => {
    const ws = workspace({ 'img.msg.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'a.msg.md': WARN });
    const r = await runCli(['--format', 'json', 'img.msg.md', 'a.msg.md'], { cwd: ws });
    expect(r.stderr).toBe('msglint: img.msg.md: binary file, skipped\n');
    expect(json(r.stdout).files.map((f) => f.path)).toEqual(['a.msg.md']);
    expect(r.code).toBe(0);
  });

  it('a dangling symlink given by name: exit 2 naming it', async () => {
    const ws = workspace({ 'a.msg.md': WARN });
    symlinkSync(join(ws, 'gone.txt'), join(ws, 'dangling.msg.md'));
    const r = await runCli(['a.msg.md', 'dangling.msg.md'], { cwd: ws });
    expect(r).toMatchObject({ code: 2, stderr: 'msglint: cannot find "dangling.msg.md"\n' });
  });

  it('a file without read permission: exit 2 with a line naming it; the others are still reported', async () => {
    const ws = workspace({ 'a.msg.md': WARN, 'secret.msg.md': WARN });
    chmodSync(ws, 0o755);
    chmodSync(join(ws, 'secret.msg.md'), 0o000);
    // As root every file is readable: run as an unprivileged user then.
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const r = await runCli(['--format', 'json', 'a.msg.md', 'secret.msg.md'], { cwd: ws, uid });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('msglint: secret.msg.md: cannot read (EACCES)\n');
    expect(json(r.stdout).files.map((f) => f.path)).toEqual(['a.msg.md']);
  });
});
