// Clients nobody here wrote, by the shapes they send (issue 13): code actions from the range alone
// (Vim + ALE echo diagnostics without `source` or `data`; a cursor with none selected), clients that
// declare no formats, completion after the `:` trigger, CR-only drafts, malformed params followed
// by valid requests, the lifecycle errors of the spec, malformed frames, and trust.
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, defaultCapabilities, editsFor, startClient, type StartOptions, type TestClient } from './helpers/client.js';
import { startRaw, type RawClient } from './helpers/raw.js';
import { HOUSE_PACK, houseWorkspace, makeWorkspace } from './helpers/workspace.js';

const DRAFT = '---\nchannel: email\nstage: inquiry\n---\nDear Peter,\n\nKindly revert by Friday.\n\nAmy\n';
const FINDING = { start: { line: 6, character: 0 }, end: { line: 6, character: 13 } };

const clients: TestClient[] = [];
const raws: RawClient[] = [];
async function start(options: StartOptions): Promise<TestClient> {
  const client = await startClient({ settings: { debounceMs: 0 }, ...options });
  clients.push(client);
  return client;
}
async function raw(cwd?: string): Promise<RawClient> {
  const client = await startRaw(cwd);
  raws.push(client);
  return client;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
  for (const r of raws.splice(0)) r.kill();
});

async function openDraft(client: TestClient, uri: string, text = DRAFT) {
  client.open(uri, text);
  return client.waitForDiagnostics(uri, (p) => p.version === client.version(uri));
}

function codeAction(client: TestClient, uri: string, range: typeof FINDING, diagnostics: unknown[] = []) {
  return client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
}

const cursor = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

describe('code actions come from the range, whatever the client echoes', () => {
  const shapes: [string, (d: any) => unknown[]][] = [
    ['empty context.diagnostics', () => []],
    ['ALE-shaped diagnostics ({range, message, code}: no source, no data)', (d) => [{ range: d.range, message: d.message, code: d.code }]],
    [
      'diagnostics without data (Neovim 0.7)',
      (d) => [{ range: d.range, message: d.message, code: d.code, source: d.source, severity: d.severity }],
    ],
    ['diagnostics of another tool', (d) => [{ range: d.range, message: 'spelling', source: 'cspell' }]],
  ];
  for (const [name, echo] of shapes) {
    it(`${name}: the rule's fix, which removes the finding once applied`, async () => {
      const ws = houseWorkspace();
      const client = await start({ rootDir: ws.root });
      const uri = ws.uri(`drafts/${name.length}.msg.md`);
      const { diagnostics } = await openDraft(client, uri);
      const d = diagnostics.find((x) => x.code === 'house/kindly-revert')!;
      // A cursor in the middle of the finding.
      const actions = await codeAction(client, uri, cursor(6, 4), echo(d));
      const fix = actions.find((a: any) => a.isPreferred);
      expect(fix.title).toContain('Please reply');
      expect(fix.diagnostics.map((x: any) => x.code)).toEqual(['house/kindly-revert']);
      const text = applyEdits(DRAFT, editsFor(fix.edit, uri));
      expect(text).toContain('Please reply by Friday.');
      client.change(uri, [{ text }]);
      const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
      expect(after.diagnostics.map((x) => x.code)).not.toContain('house/kindly-revert');
    });
  }

  it('a selection overlapping the finding gets its actions; a range elsewhere gets none', async () => {
    const ws = houseWorkspace();
    const client = await start({ rootDir: ws.root });
    const uri = ws.uri('drafts/ranges.msg.md');
    await openDraft(client, uri);
    const whole = await codeAction(client, uri, { start: { line: 5, character: 0 }, end: { line: 8, character: 0 } });
    expect(whole.map((a: any) => a.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('Please reply'), 'Disable house/kindly-revert for this line']),
    );
    const atEnd = await codeAction(client, uri, cursor(6, 13));
    expect(atEnd.some((a: any) => a.isPreferred)).toBe(true);
    expect(await codeAction(client, uri, cursor(4, 2))).toEqual([]);
    expect(await codeAction(client, uri, { start: { line: 7, character: 0 }, end: { line: 8, character: 3 } })).toEqual([]);
  });

  it('two findings offering the same edit give one action naming both', async () => {
    const twice = HOUSE_PACK + HOUSE_PACK.split('\n').slice(2).join('\n').replace('house/kindly-revert', 'house/kindly-revert-again');
    const ws = makeWorkspace({ '.msglintrc.yaml': 'rulePacks: [packs/house.yaml]\n', 'packs/house.yaml': twice });
    const client = await start({ rootDir: ws.root });
    const uri = ws.uri('drafts/twice.msg.md');
    const { diagnostics } = await openDraft(client, uri);
    expect(diagnostics.filter((d) => String(d.code).startsWith('house/')).map((d) => d.code)).toEqual([
      'house/kindly-revert',
      'house/kindly-revert-again',
    ]);
    const actions = await codeAction(client, uri, FINDING);
    const fixes = actions.filter((a: any) => a.title.includes('Please reply'));
    expect(fixes).toHaveLength(1);
    expect(fixes[0].diagnostics.map((d: any) => d.code)).toEqual(['house/kindly-revert', 'house/kindly-revert-again']);
  });
});

describe('clients that declare no formats', () => {
  const bare = () => {
    const caps = defaultCapabilities(false);
    caps.textDocument!.hover = {};
    caps.textDocument!.completion = {};
    return caps;
  };

  it('get plain-text hover and plain-string completion documentation', async () => {
    const ws = houseWorkspace();
    const client = await start({ rootDir: ws.root, capabilities: bare() });
    const uri = ws.uri('drafts/bare.msg.md');
    await openDraft(client, uri);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 3 } });
    expect(hover.contents.kind).toBe('plaintext');
    expect(hover.contents.value).not.toMatch(/\*\*|\]\(/);
    const items = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 9 } });
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(typeof item.documentation === 'string' || item.documentation === undefined).toBe(true);
  });

  it('that declare markdown get markdown', async () => {
    const client = await start({});
    const uri = 'file:///tmp/msglint-interop/md.msg.md';
    await openDraft(client, uri);
    const items = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 9 } });
    expect(items.find((i: any) => i.label === 'alibaba').documentation.kind).toBe('markdown');
  });
});

describe('value completion writes valid front matter wherever the cursor is', () => {
  const cases: [string, string, number][] = [
    ['right after the : trigger', 'channel:', 8],
    ['after ": "', 'channel: ', 9],
    ['after part of the value', 'channel: ali', 12],
    ['in the middle of the value', 'channel: alxyz', 11],
    ['after part of the value with no space', 'channel:ali', 11],
  ];
  for (const [name, line, character] of cases) {
    it(name, async () => {
      const client = await start({});
      const uri = `file:///tmp/msglint-interop/complete-${character}-${line.length}.msg.md`;
      const text = `---\n${line}\nstage: inquiry\n---\nHello Peter.\n`;
      await openDraft(client, uri, text);
      const items = await client.request('textDocument/completion', {
        textDocument: { uri },
        position: { line: 1, character },
        context: character === 8 ? { triggerKind: 2, triggerCharacter: ':' } : { triggerKind: 1 },
      });
      const alibaba = items.find((i: any) => i.label === 'alibaba');
      const fixed = applyEdits(text, [alibaba.textEdit]);
      expect(fixed).toBe('---\nchannel: alibaba\nstage: inquiry\n---\nHello Peter.\n');
      client.change(uri, [{ text: fixed }]);
      const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
      expect(after.diagnostics.filter((d) => String(d.code).startsWith('front-matter/'))).toEqual([]);
    });
  }
});

describe('CR-only drafts', () => {
  it('read their front matter, and "disable for this file" inserts a CR', async () => {
    const client = await start({});
    const uri = 'file:///tmp/msglint-interop/cr.msg.md';
    const text = '---\rchannel: alibaba\rstage: inquiry\r---\rAdd me on WhatsApp +86 138 0013 8000 for the price.\r';
    const { diagnostics } = await openDraft(client, uri, text);
    expect(diagnostics.map((d) => d.code)).toEqual(['contact-drop/phone']);
    expect(diagnostics[0].range.start).toEqual({ line: 4, character: 19 });
    const actions = await codeAction(client, uri, cursor(4, 20));
    const disable = actions.find((a: any) => a.title === 'Disable contact-drop/phone for this file');
    const disabled = applyEdits(text, editsFor(disable.edit, uri));
    expect(disabled).toBe(
      '---\rchannel: alibaba\rstage: inquiry\r---\r<!-- msglint-disable contact-drop/phone -->\rAdd me on WhatsApp +86 138 0013 8000 for the price.\r',
    );
    client.change(uri, [{ text: disabled }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    expect(after.diagnostics).toEqual([]);
  });
});

describe('malformed params', () => {
  it('a request gets InvalidParams naming the field, and the next valid request is answered', async () => {
    const client = await start({});
    const uri = 'file:///tmp/msglint-interop/params.msg.md';
    await openDraft(client, uri);
    await expect(client.request('textDocument/hover', { textDocument: { uri: 42 }, position: 'x' })).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('params.textDocument.uri'),
    });
    await expect(
      client.request('textDocument/completion', { textDocument: { uri }, position: { line: -5, character: 'a' } }),
    ).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('params.position.line'),
    });
    await expect(client.request('textDocument/codeAction', { textDocument: { uri }, range: FINDING })).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('params.context'),
    });
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    expect(hover.contents.value).toContain('channel');
  });

  it('a notification is logged without its text and ignored; nothing invalid is published', async () => {
    const client = await start({});
    const uri = 'file:///tmp/msglint-interop/bad-open.msg.md';
    const secret = 'ZQX-SECRET-DRAFT-4411';
    void client.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'msglint-draft', version: 'one', text: `---\nchannel: emial\n---\n${secret}\n` },
    });
    await client.waitFor(() => client.logs.find((l) => l.includes('textDocument/didOpen')), 10_000, 'a log line about didOpen');
    const line = client.logs.find((l) => l.includes('textDocument/didOpen'))!;
    expect(line).toContain('params.textDocument.version');
    expect(client.logs.join('\n')).not.toContain(secret);
    // A valid draft opened after it is published; the invalid one never is.
    await openDraft(client, 'file:///tmp/msglint-interop/good.msg.md');
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
    expect(client.published.every((p) => p.version === undefined || Number.isInteger(p.version))).toBe(true);
  });
});

describe('lifecycle errors (JSON-RPC over stdio, byte for byte)', () => {
  it('-32002 before initialize; a didOpen before initialize is never linted', async () => {
    const ws = houseWorkspace();
    const client = await raw(ws.root);
    const early = await client.request('textDocument/hover', {
      textDocument: { uri: ws.uri('a.msg.md') },
      position: { line: 0, character: 0 },
    });
    expect(early.error?.code).toBe(-32002);
    client.notify_('textDocument/didOpen', {
      textDocument: { uri: ws.uri('early.msg.md'), languageId: 'msglint-draft', version: 1, text: DRAFT },
    });
    const init = await client.initialize({ workspaceTrusted: true }, `file://${ws.root}`);
    expect(init.result.capabilities.codeActionProvider).toBeTruthy();
    client.notify_('textDocument/didOpen', {
      textDocument: { uri: ws.uri('late.msg.md'), languageId: 'msglint-draft', version: 1, text: DRAFT },
    });
    const late = await client.waitFor(
      () => client.messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === ws.uri('late.msg.md')),
      'diagnostics of the late draft',
    );
    expect(late.params.diagnostics.map((d: any) => d.code)).toContain('house/kindly-revert');
    expect(client.messages.some((m) => m.params?.uri === ws.uri('early.msg.md'))).toBe(false);
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: ws.uri('early.msg.md') },
      position: { line: 0, character: 0 },
    });
    expect(hover.result).toBeNull(); // not an open document
  });

  it('-32600 after shutdown, and exit 0', async () => {
    const client = await raw();
    await client.initialize();
    expect((await client.request('shutdown')).result).toBeNull();
    const after = await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///x.msg.md' },
      position: { line: 0, character: 0 },
    });
    expect(after.error?.code).toBe(-32600);
    client.notify_('exit', undefined);
    expect(await client.exited()).toBe(0);
  });

  it('-32700 for a body that is not JSON, and the server goes on answering', async () => {
    const client = await raw();
    await client.initialize();
    client.writeBody('{"jsonrpc": "2.0", "id": 99, "method": ');
    const parseError = await client.waitFor(() => client.messages.find((m) => m.error?.code === -32700), 'a parse error');
    expect(parseError.id).toBeNull();
    const next = await client.request('textDocument/codeLens', { textDocument: { uri: 'file:///not-open.msg.md' } });
    expect(next.error).toBeUndefined();
    expect(next.result).toEqual([]);
  });

  it('-32600 for a message that is not JSON-RPC', async () => {
    const client = await raw();
    await client.initialize();
    client.writeBody('[1, 2]');
    const invalid = await client.waitFor(() => client.messages.find((m) => m.error?.code === -32600), 'an invalid request error');
    expect(invalid.id).toBeNull();
  });
});

describe('a malformed frame ends the server (exit 1) so the editor restarts it', () => {
  const frames: [string, string][] = [
    ['Content-Length: abc', 'Content-Length: abc\r\n\r\n{}'],
    ['Content-Length: -5', 'Content-Length: -5\r\n\r\n{}'],
    ['no Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
    ['LF-only header', 'Content-Length: 2\n\n{}'],
    ['a line that is no header', 'hello there\r\n'],
  ];
  for (const [name, frame] of frames) {
    it(name, async () => {
      const client = await raw();
      await client.initialize();
      client.writeRaw(frame);
      expect(await client.exited()).toBe(1);
      expect(client.stderr).toMatch(/malformed message header: .+; exiting so that the editor restarts the server/);
      expect(client.stderr).not.toContain('abc');
      expect(client.stderr).not.toContain('hello there');
    });
  }
});

describe('trust fails closed', () => {
  for (const [name, options] of [
    ['workspaceTrusted: "false"', { workspaceTrusted: 'false' }],
    ['workspaceTrusted: null', { workspaceTrusted: null }],
    ['no initializationOptions', undefined],
  ] as const) {
    it(`${name}: only the built-in rules`, async () => {
      const ws = houseWorkspace();
      const client = await start({ rootDir: ws.root, initializationOptions: options as never });
      const { diagnostics } = await openDraft(client, ws.uri('t.msg.md'), DRAFT.replace('channel: email', 'channel: emial'));
      expect(diagnostics.map((d) => d.code)).toContain('front-matter/invalid-value');
      expect(diagnostics.map((d) => d.code)).not.toContain('house/kindly-revert');
    });
  }
});
