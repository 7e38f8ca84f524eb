// Hover, completion, summary, suppression actions, configuration, watched files, untrusted mode,
// locale, robustness and transports, against the real server process.
import { fork, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node.js';
import { buildFaultyServer, buildServer, repoRoot } from './helpers/build.js';
import { applyEdits, defaultCapabilities, editsFor, startClient, type StartOptions, type TestClient } from './helpers/client.js';
import { HOUSE_LINK, HOUSE_PACK, houseWorkspace, makeWorkspace } from './helpers/workspace.js';

const DRAFT = '---\nchannel: email\nstage: inquiry\n---\nDear Peter,\n\nKindly revert by Friday.\n\nAmy\n';
const FINDING_LINE = 6;

let serverPath: string;
beforeAll(async () => {
  serverPath = await buildServer();
}, 60_000);

const clients: TestClient[] = [];
async function start(options: StartOptions): Promise<TestClient> {
  const client = await startClient({ settings: { debounceMs: 0 }, ...options });
  clients.push(client);
  return client;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

async function openDraft(client: TestClient, uri: string, text = DRAFT) {
  client.open(uri, text);
  return client.waitForDiagnostics(uri, (p) => p.version === client.version(uri));
}

describe('project rule packs and suppression', () => {
  it('lints with the rule pack named in .msglintrc.yaml; a pack without `link:` gives no docs link', async () => {
    const ws = houseWorkspace();
    const client = await start({ rootDir: ws.root });
    const { diagnostics } = await openDraft(client, ws.uri('drafts/a.msg.md'));
    const d = diagnostics.find((x) => x.code === 'house/kindly-revert')!;
    expect(d).toMatchObject({
      severity: 2,
      range: { start: { line: FINDING_LINE, character: 0 }, end: { line: FINDING_LINE, character: 13 } },
    });
    expect(d.message).toBe('Write “Please reply” instead of “Kindly revert”.');
    // msglint's docs/rules has no page for a user's pack: no link rather than a dead one.
    expect(d.codeDescription).toBeUndefined();
  });

  it("links a user pack's findings to the pack's own `link:`", async () => {
    const ws = houseWorkspace({ link: HOUSE_LINK });
    const client = await start({ rootDir: ws.root });
    const { diagnostics } = await openDraft(client, ws.uri('drafts/a.msg.md'));
    const d = diagnostics.find((x) => x.code === 'house/kindly-revert')!;
    expect(d.codeDescription?.href).toBe(HOUSE_LINK);
  });

  for (const which of ['line', 'file'] as const) {
    it(`"disable for this ${which}" inserts a comment that silences the rule`, async () => {
      const ws = houseWorkspace();
      const client = await start({ rootDir: ws.root });
      const uri = ws.uri(`drafts/disable-${which}.msg.md`);
      const { diagnostics } = await openDraft(client, uri);
      const d = diagnostics.find((x) => x.code === 'house/kindly-revert')!;
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      });
      expect(actions.map((a: any) => a.title)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Please reply'),
          'Disable house/kindly-revert for this line',
          'Disable house/kindly-revert for this file',
        ]),
      );
      const action = actions.find((a: any) => a.title === `Disable house/kindly-revert for this ${which}`);
      expect(action.edit.documentChanges[0].textDocument.version).toBe(1);
      const text = applyEdits(DRAFT, editsFor(action.edit, uri));
      expect(text).toContain(
        which === 'line'
          ? 'Kindly revert by Friday. <!-- msglint-disable-line house/kindly-revert -->'
          : '---\n<!-- msglint-disable house/kindly-revert -->\nDear Peter,',
      );
      client.change(uri, [{ text }]);
      const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
      expect(after.diagnostics.map((x) => x.code)).not.toContain('house/kindly-revert');
    });
  }
});

describe('hover', () => {
  it('explains the finding: message, rationale, a good version and the docs link', async () => {
    const ws = houseWorkspace({ link: HOUSE_LINK });
    const client = await start({ rootDir: ws.root });
    const uri = ws.uri('h.msg.md');
    await openDraft(client, uri);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: FINDING_LINE, character: 3 } });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('Buyers outside South Asia read revert as go back.');
    expect(hover.contents.value).toContain('Please reply by Friday.');
    expect(hover.contents.value).toContain(`(${HOUSE_LINK})`);
    expect(hover.contents.value).not.toContain('docs/rules');
    expect(hover.range.start).toEqual({ line: FINDING_LINE, character: 0 });
    const nothing = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 2 } });
    expect(nothing).toBeNull();
  });

  it('explains front matter keys and values where there is no finding', async () => {
    const client = await start({ locale: 'zh-cn' });
    const uri = 'file:///tmp/msglint-hover/fm.msg.md';
    await openDraft(client, uri);
    const key = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 2 } });
    expect(key.contents.value).toMatch(/^\*\*stage\*\*\n\n交易所处阶段/);
    const value = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 11 } });
    expect(value.contents.value).toMatch(/^\*\*channel: email\*\*\n\n邮件/);
    expect(value.range).toEqual({ start: { line: 1, character: 9 }, end: { line: 1, character: 14 } });
  });

  it('is plain text for clients that only take plain text', async () => {
    const ws = houseWorkspace({ link: HOUSE_LINK });
    const caps = defaultCapabilities(false);
    caps.textDocument!.hover = { contentFormat: ['plaintext'] };
    const client = await start({ rootDir: ws.root, capabilities: caps });
    const uri = ws.uri('plain.msg.md');
    await openDraft(client, uri);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: FINDING_LINE, character: 3 } });
    expect(hover.contents).toEqual({
      kind: 'plaintext',
      value: `Write “Please reply” instead of “Kindly revert”. (house/kindly-revert)\n\nWhy: Buyers outside South Asia read revert as go back.\n\nBetter: Please reply by Friday.\n\nRule documentation: ${HOUSE_LINK}`,
    });
  });

  it('follows the client locale (zh-CN) for messages and hover', async () => {
    const ws = houseWorkspace();
    const client = await start({ rootDir: ws.root, locale: 'zh-CN' });
    const uri = ws.uri('zh.msg.md');
    const { diagnostics } = await openDraft(client, uri);
    expect(diagnostics.find((x) => x.code === 'house/kindly-revert')!.message).toBe('请用“Please reply”代替“Kindly revert”。');
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: FINDING_LINE, character: 3 } });
    expect(hover.contents.value).toContain('南亚以外的买家');
    expect(hover.contents.value).toContain('请在周五前回复');
  });

  it('msglint.locale overrides the client locale; displayLanguage counts as the client locale', async () => {
    const ws = houseWorkspace();
    const client = await start({
      rootDir: ws.root,
      locale: 'en',
      initializationOptions: { workspaceTrusted: true, displayLanguage: 'zh-cn' },
    });
    const uri = ws.uri('dl.msg.md');
    const first = await openDraft(client, uri);
    expect(first.diagnostics.find((x) => x.code === 'house/kindly-revert')!.message).toMatch(/^请用/);
    client.changeConfiguration({ debounceMs: 0, locale: 'en' });
    const after = await client.waitForDiagnostics(uri, (p) =>
      p.diagnostics.some((x) => x.code === 'house/kindly-revert' && x.message.startsWith('Write')),
    );
    expect(after.version).toBe(1);
  });
});

describe('completion', () => {
  const snippetFiles =
    existsSync(join(repoRoot, 'snippets')) && spawnSync('sh', ['-c', `ls ${join(repoRoot, 'snippets')}/*.json`]).status === 0;

  it('completes front matter keys with documentation, and values after the colon', async () => {
    const client = await start({});
    const uri = 'file:///tmp/msglint-complete/a.msg.md';
    client.open(uri, '---\nchannel: \nst\n---\nHello\n');
    const keys = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 2 } });
    const stage = keys.find((i: any) => i.label === 'stage');
    expect(stage.documentation.value).toMatch(/inquiry, negotiation, order or after-sales/);
    expect(stage.textEdit.newText).toBe('stage: ${1|inquiry,negotiation,order,after-sales|}');
    expect(keys.map((i: any) => i.label)).not.toContain('channel'); // already present
    const values = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 9 } });
    expect(values.map((i: any) => i.label)).toEqual(expect.arrayContaining(['email', 'whatsapp', 'alibaba']));
    expect(values.find((i: any) => i.label === 'alibaba').documentation.value).toMatch(/platform/);
  });

  it('offers snippets/ as snippet completions in the body, plain text for clients without snippet support', async () => {
    const client = await start({});
    const uri = 'file:///tmp/msglint-complete/b.msg.md';
    client.open(uri, '---\nchannel: email\n---\nmsg\n');
    const items = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 3 } });
    if (!snippetFiles) {
      expect(items).toEqual([]);
      return;
    }
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i: any) => i.kind === 15 && i.insertTextFormat === 2)).toBe(true);
    const plainCaps = defaultCapabilities(false);
    plainCaps.textDocument!.completion = { completionItem: { snippetSupport: false } };
    const plain = await start({ capabilities: plainCaps });
    plain.open(uri, '---\nchannel: email\n---\nmsg\n');
    const plainItems = await plain.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 3 } });
    expect(plainItems.length).toBe(items.length);
    expect(plainItems.every((i: any) => i.insertTextFormat === 1 && !/\$\{?\d/.test(i.textEdit.newText))).toBe(true);
  });

  it('leaves snippets to a client that provides them itself', async () => {
    const client = await start({ initializationOptions: { workspaceTrusted: true, clientProvidesSnippets: true } });
    const uri = 'file:///tmp/msglint-complete/c.msg.md';
    client.open(uri, 'msg\n');
    const items = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 3 } });
    expect(items).toEqual([]);
  });
});

describe('summary of what msglint understood', () => {
  it('is a code lens when the client has code lenses', async () => {
    const client = await start({});
    const uri = 'file:///tmp/msglint-summary/a.msg.md';
    await openDraft(client, uri);
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses).toHaveLength(1);
    expect(lenses[0].range.start.line).toBe(0);
    expect(lenses[0].command.title).toBe('msglint: email · inquiry · English');
    const hints = await client.request('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
    });
    expect(hints).toEqual([]);
  });

  it('is an inlay hint on the first line otherwise, and says where the channel came from', async () => {
    const caps = defaultCapabilities(false);
    delete caps.textDocument!.codeLens;
    const client = await start({ capabilities: caps, settings: { debounceMs: 0, defaultChannel: 'whatsapp' } });
    const uri = 'file:///tmp/msglint-summary/b.msg.md';
    await openDraft(client, uri, 'Hi Peter, kindly revert.\n');
    const hints = await client.request('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } },
    });
    expect(hints).toHaveLength(1);
    expect(hints[0].position).toEqual({ line: 0, character: 24 });
    expect(hints[0].label).toBe('msglint: whatsapp · no stage · English (channel from settings)');
  });
});

describe('configuration', () => {
  it('re-applies workspace/configuration changes (severity, enable) to every open draft', async () => {
    const ws = houseWorkspace();
    const client = await start({ rootDir: ws.root });
    const a = ws.uri('a.msg.md');
    const b = ws.uri('b.msg.md');
    await openDraft(client, a);
    await openDraft(client, b);
    client.changeConfiguration({ debounceMs: 0, severity: { 'house/kindly-revert': 'error' } });
    for (const uri of [a, b]) {
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'house/kindly-revert' && d.severity === 1));
    }
    client.changeConfiguration({ debounceMs: 0, severity: { house: 'off' } });
    await client.waitForDiagnostics(a, (p) => !p.diagnostics.some((d) => d.code === 'house/kindly-revert'));
    client.changeConfiguration({ debounceMs: 0, enable: false });
    await client.waitForDiagnostics(b, (p) => p.diagnostics.length === 0);
  });

  it('lints only on save when run is onSave', async () => {
    const ws = houseWorkspace();
    const client = await start({ rootDir: ws.root, settings: { debounceMs: 0, run: 'onSave' } });
    const uri = ws.uri('save.msg.md');
    await openDraft(client, uri, 'Hello Peter.\n');
    const v = client.change(uri, [{ text: DRAFT }]);
    // Opening a draft always lints it at once; a lint of the change (if one were scheduled) would
    // come first, on the same zero-delay path. So once the other draft has its result, this one
    // must still show version 1.
    await openDraft(client, ws.uri('other.msg.md'));
    expect(client.published.filter((p) => p.uri === uri).map((p) => p.version)).toEqual([1]);
    client.save(uri);
    const saved = await client.waitForDiagnostics(uri, (p) => p.version === v);
    expect(saved.diagnostics.map((d) => d.code)).toContain('house/kindly-revert');
  });

  it('re-applies .msglintrc.yaml and rule pack changes on watched-file events, and reports invalid ones in place', async () => {
    const ws = houseWorkspace();
    const client = await start({ rootDir: ws.root });
    await client.waitFor(() => client.registrations.some((r: any) => r.method === 'workspace/didChangeWatchedFiles'));
    const uri = ws.uri('w.msg.md');
    await openDraft(client, uri);
    // The pack now swaps another phrase.
    ws.write('packs/house.yaml', HOUSE_PACK.replace("'kindly revert': 'please reply'", "'dear peter': 'Hi Peter'"));
    client.changeWatchedFiles([{ uri: ws.uri('packs/house.yaml'), type: 2 }]);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'house/kindly-revert' && d.range.start.line === 4));
    // A broken pack: the pack gets a located diagnostic, the draft keeps the built-in rules.
    ws.write('packs/house.yaml', HOUSE_PACK.replace('severity: warning', 'severity: loud'));
    client.changeWatchedFiles([{ uri: ws.uri('packs/house.yaml'), type: 2 }]);
    const packDiags = await client.waitForDiagnostics(ws.uri('packs/house.yaml'), (p) => p.diagnostics.length > 0);
    expect(packDiags.diagnostics[0]).toMatchObject({ source: 'msglint', code: 'msglint/rule-pack', range: { start: { line: 5 } } });
    await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'house/kindly-revert'));
    // A broken config file is reported in the config file.
    ws.write('.msglintrc.yaml', 'rulePacks: [packs/house.yaml]\nchanel: email\n');
    client.changeWatchedFiles([{ uri: ws.uri('.msglintrc.yaml'), type: 2 }]);
    const rc = await client.waitForDiagnostics(ws.uri('.msglintrc.yaml'), (p) => p.diagnostics.length > 0);
    expect(rc.diagnostics[0], JSON.stringify(rc.diagnostics)).toMatchObject({ code: 'msglint/config', range: { start: { line: 1 } } });
    // Fixed again: both files' diagnostics clear.
    ws.write('.msglintrc.yaml', 'rulePacks: [packs/house.yaml]\n');
    ws.write('packs/house.yaml', HOUSE_PACK);
    client.changeWatchedFiles([
      { uri: ws.uri('.msglintrc.yaml'), type: 2 },
      { uri: ws.uri('packs/house.yaml'), type: 2 },
    ]);
    await client.waitForDiagnostics(ws.uri('.msglintrc.yaml'), (p) => p.diagnostics.length === 0);
    await client.waitForDiagnostics(ws.uri('packs/house.yaml'), (p) => p.diagnostics.length === 0);
    await client.waitForDiagnostics(uri, (p) =>
      p.diagnostics.some((d) => d.code === 'house/kindly-revert' && d.range.start.line === FINDING_LINE),
    );
  });

  it('re-applies a rule pack saved in the editor, for clients without file watching', async () => {
    const ws = houseWorkspace();
    const caps = defaultCapabilities(false);
    delete caps.workspace!.didChangeWatchedFiles;
    const client = await start({ rootDir: ws.root, capabilities: caps });
    const uri = ws.uri('s.msg.md');
    await openDraft(client, uri);
    const pack = ws.uri('packs/house.yaml');
    const edited = HOUSE_PACK.replace('severity: warning', 'severity: error');
    client.open(pack, HOUSE_PACK, 'yaml');
    client.change(pack, [{ text: edited }]);
    ws.write('packs/house.yaml', edited);
    client.save(pack);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'house/kindly-revert' && d.severity === 1));
    expect(client.registrations.some((r: any) => r.method === 'workspace/didChangeWatchedFiles')).toBe(false);
  });

  it('checks an open .msglintrc.yaml as it is typed', async () => {
    const ws = houseWorkspace();
    const client = await start({ rootDir: ws.root });
    const rc = ws.uri('.msglintrc.yaml');
    client.open(rc, 'channel: emial\n', 'yaml');
    const d = await client.waitForDiagnostics(rc, (p) => p.diagnostics.length > 0);
    expect(d.diagnostics[0].range.start).toEqual({ line: 0, character: 9 });
  });

  it('loads only the built-in rule packs in an untrusted workspace', async () => {
    const ws = houseWorkspace();
    const client = await start({ rootDir: ws.root, initializationOptions: { workspaceTrusted: false } });
    const uri = ws.uri('u.msg.md');
    const { diagnostics } = await openDraft(client, uri, DRAFT.replace('channel: email', 'channel: emial'));
    expect(diagnostics.map((d) => d.code)).toContain('front-matter/invalid-value');
    expect(diagnostics.map((d) => d.code)).not.toContain('house/kindly-revert');
    expect(client.registrations.some((r: any) => r.method === 'workspace/didChangeWatchedFiles')).toBe(false);
  });
});

describe('robustness', () => {
  it('a rule that throws becomes one log line and an internal-error diagnostic; draft text never reaches the log', async () => {
    const ws = houseWorkspace();
    const marker = 'ZQX-UNIQUE-MARKER-7731';
    const client = await start({
      rootDir: ws.root,
      serverPath: await buildFaultyServer(),
      env: { MSGLINT_TEST_FAULT_RULE: 'house/kindly-revert', MSGLINT_LSP_VERBOSE: '1' },
    });
    const uri = ws.uri('fault.msg.md');
    const text = DRAFT.replace('Amy', `Amy ${marker}`);
    const { diagnostics } = await openDraft(client, uri, text);
    expect(diagnostics.find((d) => d.code === 'msglint/internal-error')).toMatchObject({ severity: 2 });
    const lines = client.logs.filter((l) => l.includes('house/kindly-revert'));
    expect(lines).toHaveLength(1);
    // Still serving: the front matter hover answers as usual.
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    expect(hover.contents.value).toMatch(/^\*\*channel\*\*\n\nWhere the message is sent/);
    await client.stop();
    expect(client.logs.join('\n')).not.toContain(marker);
    expect(client.stderr).not.toContain(marker);
  });

  it('runs over node IPC (the VS Code client transport)', async () => {
    const child = fork(serverPath, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published = new Promise<any>((resolve) => conn.onNotification('textDocument/publishDiagnostics', resolve));
    conn.onRequest('workspace/configuration', () => [{ debounceMs: 0 }]);
    conn.listen();
    try {
      await conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: defaultCapabilities(false),
        initializationOptions: { workspaceTrusted: true },
      });
      await conn.sendNotification('initialized', {});
      await conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri: 'file:///tmp/ipc.msg.md', languageId: 'msglint-draft', version: 1, text: '---\nchannel: emial\n---\nHi\n' },
      });
      const params = await published;
      expect(params.diagnostics.map((d: any) => d.code)).toContain('front-matter/invalid-value');
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
    } finally {
      conn.dispose();
      child.kill();
    }
  });

  it('starts from the package bin entry (msglint-language-server --stdio)', async () => {
    const dist = join(repoRoot, 'dist', 'server.cjs');
    if (!existsSync(dist)) {
      const { buildAll } = (await import(join(repoRoot, 'scripts', 'build.mjs'))) as { buildAll(): Promise<void> };
      await buildAll();
    }
    const bin = join(repoRoot, 'bin', 'msglint-language-server.cjs');
    expect(spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const client = await start({ serverPath: bin });
    expect(client.initializeResult.serverInfo?.name).toBe('msglint-language-server');
  });

  it('still lints when the client never answers workspace/configuration', async () => {
    const client = await start({});
    client.conn.onRequest('workspace/configuration', () => new Promise(() => undefined));
    const uri = 'file:///tmp/msglint-silent/a.msg.md';
    client.open(uri, '---\nchannel: emial\n---\nHi\n');
    const p = await client.waitForDiagnostics(uri, () => true, 8000);
    expect(p.diagnostics.map((d) => d.code)).toContain('front-matter/invalid-value');
  });

  it('handles an untitled draft and a workspace without config', async () => {
    const ws = makeWorkspace({});
    const client = await start({ rootDir: ws.root });
    const uri = 'untitled:Untitled-1';
    client.open(uri, '---\nchannel: emial\n---\nHi\n');
    const p = await client.waitForDiagnostics(uri);
    expect(p.diagnostics.map((d) => d.code)).toContain('front-matter/invalid-value');
  });
});
