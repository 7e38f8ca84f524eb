// Privacy: no code path opens a network connection, and logs (stderr) never contain draft text.
// The CLI runs with a preload that records and refuses every way out of the machine.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, TEST_PACK, workspace } from '../cli/harness.js';

const TRAP = `
'use strict';
const fs = require('node:fs');
const LOG = process.env.MSGLINT_NET_LOG;
function trap(name, target, key) {
  const original = target[key];
  if (typeof original !== 'function') return;
  target[key] = function () {
    fs.appendFileSync(LOG, name + '\\n');
    throw new Error('network access is not allowed: ' + name);
  };
}
const net = require('node:net');
trap('net.connect', net, 'connect');
trap('net.createConnection', net, 'createConnection');
trap('net.Socket.connect', net.Socket.prototype, 'connect');
trap('net.createServer', net, 'createServer');
const tls = require('node:tls');
trap('tls.connect', tls, 'connect');
for (const mod of ['http', 'https']) {
  const m = require('node:' + mod);
  trap(mod + '.request', m, 'request');
  trap(mod + '.get', m, 'get');
}
trap('http2.connect', require('node:http2'), 'connect');
const dns = require('node:dns');
for (const key of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) {
  trap('dns.' + key, dns, key);
  trap('dns.promises.' + key, dns.promises, key);
}
trap('dgram.createSocket', require('node:dgram'), 'createSocket');
if (typeof globalThis.fetch === 'function') trap('fetch', globalThis, 'fetch');
if (typeof globalThis.WebSocket === 'function') trap('WebSocket', globalThis, 'WebSocket');
const cp = require('node:child_process');
for (const key of ['spawn', 'exec', 'execFile', 'fork', 'spawnSync', 'execSync', 'execFileSync']) trap('child_process.' + key, cp, key);
`;

const MARKER = 'Zqxjv-private-draft-words';
const DRAFT = `---\nchannel: wechat\n---\nDear Peter, ${MARKER} pls reply!!\n\n> ${MARKER} quoted\n\nOur quote is 3 USD. ${MARKER}\n`;

let ws: string;
let trapFile: string;
let logFile: string;
const env = () => ({ MSGLINT_NET_LOG: logFile });
const calls = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter(Boolean) : []);

beforeAll(() => {
  ws = workspace({ 'a.msg.md': DRAFT, 'b.msg.md': DRAFT.replace('wechat', 'email'), 'trap.cjs': TRAP });
  trapFile = join(ws, 'trap.cjs');
  logFile = join(ws, 'network-calls.log');
});

describe('no network', () => {
  it('the trap records and refuses network use (so an empty log means something)', () => {
    const probe = `
      const out = [];
      for (const f of [() => require('node:dns').lookup('example.com', () => {}), () => require('node:net').connect(80, 'example.com'),
                       () => require('node:https').get('https://example.com'), () => fetch('https://example.com')]) {
        try { f(); out.push('allowed'); } catch { out.push('refused'); }
      }
      console.log(out.join(','));`;
    const r = spawnSync(process.execPath, ['--require', trapFile, '-e', probe], { env: { ...process.env, ...env() }, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('refused,refused,refused,refused');
    expect(calls()).toEqual(['dns.lookup', 'net.connect', 'https.get', 'fetch']);
    writeFileSync(logFile, '');
  });

  it('the CLI opens no connection in any mode (all formats, real rules, workers, cache, fix, stdin)', async () => {
    writeFileSync(logFile, '');
    const rules = join(ROOT, 'rules');
    const runs = [
      ['--format', 'stylish', 'a.msg.md', 'b.msg.md'],
      ['--format', 'json', '--no-config', '--rule-pack', rules, 'a.msg.md', 'b.msg.md'],
      ['--format', 'sarif', 'a.msg.md'],
      ['--format', 'github', 'a.msg.md'],
      ['--jobs', '2', '--cache', '--cache-location', join(ws, 'cache'), 'a.msg.md', 'b.msg.md'],
      ['--fix-dry-run', 'a.msg.md'],
      ['--help'],
    ];
    for (const args of runs) {
      const r = await runCli(args, { cwd: ws, preload: [trapFile], env: env() });
      expect([0, 1], `${args.join(' ')}\n${r.stderr}`).toContain(r.code);
    }
    const stdin = await runCli(['--stdin', '--stdin-filename', 'c.msg.md', '--rule-pack', TEST_PACK, '--fix'], {
      cwd: ws,
      preload: [trapFile],
      env: env(),
      stdin: DRAFT,
    });
    expect(stdin.stdout).toContain('please reply!');
    const fixed = await runCli(['--fix', 'b.msg.md'], { cwd: ws, preload: [trapFile], env: env() });
    expect([0, 1]).toContain(fixed.code);
    expect(readFileSync(join(ws, 'b.msg.md'), 'utf8')).toContain('please reply!');
    expect(calls()).toEqual([]);
  });
});

describe('logs never contain draft text', () => {
  it('stderr holds notices and errors, never the draft', async () => {
    const scenarios: { args: string[]; files?: Record<string, string | Buffer>; config?: string }[] = [
      { args: ['--max-warnings', '0', 'a.msg.md'] },
      { args: ['--fail-level', 'warning', 'a.msg.md', 'missing.msg.md'] },
      { args: ['bin.msg.md', 'a.msg.md'], files: { 'bin.msg.md': Buffer.concat([Buffer.from(MARKER), Buffer.from([0, 1, 2])]) } },
      { args: ['a.msg.md'], config: `channel: ${MARKER}\n` },
      { args: ['a.msg.md'], config: `rulePacks: [${JSON.stringify(join(ROOT, 'tests/fixtures/packs/catastrophic.yaml'))}]\n` },
      {
        args: ['--fix', 'latin1.msg.md'],
        files: { 'latin1.msg.md': Buffer.concat([Buffer.from(`${MARKER} caf`), Buffer.from([0xe9]), Buffer.from(' pls\n')]) },
      },
    ];
    let stderrSeen = 0;
    for (const { args, files, config } of scenarios) {
      const dir = workspace({ 'a.msg.md': DRAFT, ...files }, ...(config === undefined ? [] : [config]));
      const r = await runCli(args, { cwd: dir });
      stderrSeen += r.stderr.length > 0 ? 1 : 0;
      expect(r.stderr, args.join(' ')).not.toContain(MARKER);
      expect(r.stderr, args.join(' ')).not.toContain('Dear Peter');
    }
    // Every scenario wrote something to stderr (so the check above was not vacuous)…
    expect(stderrSeen).toBe(scenarios.length);
  });

  it('…while the findings on stdout do quote the draft where they should', async () => {
    const r = await runCli(['--format', 'json', 'a.msg.md'], { cwd: ws });
    expect(r.stdout).toContain('pls');
  });
});
