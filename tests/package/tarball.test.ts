// The npm package as a user gets it: `npm pack` (which builds dist/ through `prepack`), installed into
// an empty prefix with no network (the bundles carry every runtime dependency, so there is nothing to
// fetch), then the two bins run from that prefix: `msglint --version`, a draft linted, and the
// language server answering `initialize` and publishing diagnostics over its real protocol.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const work = mkdtempSync(join(tmpdir(), 'msglint-tarball-'));
const prefix = join(work, 'prefix');
const drafts = join(work, 'drafts');
const bin = (name: string) => join(prefix, 'node_modules', '.bin', name);
let packedFiles: string[] = [];

const DRAFT = '---\nchannel: email\nstage: negotiation\nlang: en\n---\nHi Tom,\n\nPlease send me your password so I can check the order.\n';

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return result;
}

beforeAll(() => {
  mkdirSync(prefix);
  mkdirSync(drafts);
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  packedFiles = info.files.map((f) => f.path);
  // --offline: the package has no dependencies, so nothing may be fetched; a dependency would fail here.
  const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(work, info.filename)], work);
  expect(installed.status, installed.stderr).toBe(0);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm tarball', () => {
  it('holds the bundles, packs, snippets, docs, bins and legal files, and no sources, tests or benchmarks', () => {
    for (const file of [
      'dist/cli.cjs',
      'dist/server.cjs',
      'dist/builtin-rules.json',
      'bin/msglint.cjs',
      'bin/msglint-language-server.cjs',
      'rules/risky-ask.yaml',
      'snippets/msglint.en.code-snippets.json',
      'docs/editors.md',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'package.json',
    ]) {
      expect(packedFiles).toContain(file);
    }
    const topLevel = new Set(packedFiles.map((f) => f.split('/')[0]));
    expect([...topLevel].sort()).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin',
      'dist',
      'docs',
      'package.json',
      'rules',
      'snippets',
    ]);
    expect(packedFiles.filter((f) => f.endsWith('.ts') || f.endsWith('.map'))).toEqual([]);
  });

  it('installs with no dependencies at all: the bundles carry them', () => {
    const modules = readdirSync(join(prefix, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(modules).toEqual([pkg.name]);
  });

  it('runs `msglint --version` from the installed bin', () => {
    const result = run(bin('msglint'), ['--version'], drafts);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it('lints a draft with the built-in packs (the folding table and libphonenumber data load from the bundle)', () => {
    writeFileSync(join(drafts, 'ask.msg.md'), DRAFT);
    // A Traditional Chinese drop of a phone number: needs the traditional-Chinese folding table and libphonenumber's metadata.
    writeFileSync(
      join(drafts, 'contact.msg.md'),
      '---\nchannel: alibaba\nstage: inquiry\nlang: zh\n---\n您好，請加我微信，電話 +86 138 0013 8000 聯繫。\n',
    );
    const result = run(bin('msglint'), ['--format', 'json', '.'], drafts);
    expect(result.status, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { path: string; diagnostics: { ruleId: string }[] }[] };
    const byFile = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => d.ruleId)]));
    expect(byFile['ask.msg.md']).toContain('risky-ask/credentials');
    expect(byFile['contact.msg.md'].some((id) => id.startsWith('contact-drop/'))).toBe(true);
  });

  it('starts `msglint-language-server --stdio`, answers initialize and publishes diagnostics', async () => {
    const child = spawn(bin('msglint-language-server'), ['--stdio'], { cwd: drafts, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    try {
      const uri = pathToFileURL(join(drafts, 'ask.msg.md')).href;
      const published = new Promise<{ uri: string; diagnostics: { code?: string | number }[] }>((resolvePublished) => {
        connection.onNotification(
          'textDocument/publishDiagnostics',
          (params: { uri: string; diagnostics: { code?: string | number }[] }) => {
            if (params.uri === uri && params.diagnostics.length > 0) resolvePublished(params);
          },
        );
      });
      const init = (await withTimeout(
        connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(drafts).href, capabilities: {} }),
        'initialize',
      )) as { capabilities: { textDocumentSync?: unknown }; serverInfo?: { name: string } };
      expect(init.capabilities.textDocumentSync).toBeDefined();
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'msglint-draft', version: 1, text: DRAFT },
      });
      const params = await withTimeout(published, 'publishDiagnostics');
      expect(params.diagnostics.map((d) => d.code)).toContain('risky-ask/credentials');
      await withTimeout(connection.sendRequest('shutdown'), 'shutdown');
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      child.kill();
    }
  }, 60_000);
});

function withTimeout<T>(promise: Promise<T>, what: string, ms = 30_000): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no ${what} from the installed language server within ${ms} ms`)), ms);
    }),
  ]);
}
