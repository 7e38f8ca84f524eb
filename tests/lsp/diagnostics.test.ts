// Push and pull diagnostics against the real server process (JSON-RPC over stdio).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './helpers/build.js';
import { startClient, type TestClient } from './helpers/client.js';

const BAD = '---\nchannel: emial\nstage: inquiry\n---\nDear Peter, thank you for your visit.\n';
const GOOD = '---\nchannel: email\nstage: inquiry\n---\nDear Peter, thank you for your visit.\n';

beforeAll(async () => {
  await buildServer();
}, 60_000);

describe('push diagnostics', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ settings: { debounceMs: 50 } });
  });
  afterAll(() => client.stop());

  it('advertises the capabilities', () => {
    const caps = client.initializeResult.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ change: 2, openClose: true });
    expect(caps.diagnosticProvider).toBeUndefined(); // client did not declare pull support
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: expect.arrayContaining(['quickfix', 'source.fixAll.msglint']) });
    expect(caps.hoverProvider).toBe(true);
    expect(client.initializeResult.serverInfo?.name).toBe('msglint-language-server');
  });

  it('publishes on open with code, source, docs link and fix data', async () => {
    const uri = 'file:///tmp/msglint-push/a.msg.md';
    client.open(uri, BAD);
    const params = await client.waitForDiagnostics(uri);
    expect(params.version).toBe(1);
    const d = params.diagnostics.find((x) => x.code === 'front-matter/invalid-value')!;
    expect(d).toBeDefined();
    expect(d.source).toBe('msglint');
    expect(d.severity).toBe(1);
    expect(d.range).toEqual({ start: { line: 1, character: 9 }, end: { line: 1, character: 14 } });
    expect(d.codeDescription?.href).toBe('https://github.com/msglint/msglint/blob/main/docs/rules/front-matter.md#invalid-value');
    expect(d.data).toMatchObject({ ruleId: 'front-matter/invalid-value', version: 1, fix: { safe: true, edits: [{ newText: 'email' }] } });
  });

  it('re-publishes after an incremental edit, for the new version only', async () => {
    const uri = 'file:///tmp/msglint-push/b.msg.md';
    client.open(uri, BAD);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const v = client.change(uri, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } }, text: 'email' }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === v);
    expect(after.diagnostics.filter((d) => d.code === 'front-matter/invalid-value')).toEqual([]);
  });

  it('sends the draft status the client shows', async () => {
    const uri = 'file:///tmp/msglint-push/status.msg.md';
    client.open(uri, GOOD);
    const status = await client.waitFor(() => client.statuses.find((s: any) => s.uri === uri) as any);
    expect(status).toMatchObject({ uri, channel: 'email', stage: 'inquiry', lang: 'en', errors: 0 });
  });

  it('keeps the published diagnostics matching the latest version through 2000 rapid edits', async () => {
    const uri = 'file:///tmp/msglint-push/rapid.msg.md';
    client.open(uri, BAD);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const before = client.published.length;
    let last = 1;
    // Alternate the channel between a typo and a valid value; the final text is valid.
    for (let i = 0; i < 2000; i++) {
      const text = i % 2 === 0 ? 'email' : 'emial';
      last = client.change(uri, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } }, text }]);
    }
    const final = await client.waitForDiagnostics(uri, (p) => p.version === last, 15_000);
    // 2000 edits within the debounce window: the server published few times, never for an older version after a newer one.
    const mine = client.published.slice(before).filter((p) => p.uri === uri);
    expect(mine.length).toBeLessThan(50);
    const versions = mine.map((p) => p.version!);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    // The last edit wrote "emial" at i = 1999 (odd): the final version has the finding.
    expect(final.diagnostics.some((d) => d.code === 'front-matter/invalid-value')).toBe(true);
    // One more edit: whatever was still in flight arrives before its result, and nothing is older than a newer one.
    const next = client.change(uri, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } }, text: 'email' }]);
    await client.waitForDiagnostics(uri, (p) => p.version === next, 15_000);
    const all = client.published
      .slice(before)
      .filter((p) => p.uri === uri)
      .map((p) => p.version!);
    expect([...all].sort((a, b) => a - b)).toEqual(all);
    expect(all.at(-1)).toBe(next);
  });

  it('clears diagnostics on close', async () => {
    const uri = 'file:///tmp/msglint-push/close.msg.md';
    client.open(uri, BAD);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    client.close(uri);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
  });

  it('lints *.msg.md opened as markdown, and leaves other markdown alone', async () => {
    client.open('file:///tmp/msglint-push/c.msg.md', BAD, 'markdown');
    await client.waitForDiagnostics('file:///tmp/msglint-push/c.msg.md', (p) => p.diagnostics.length > 0);
    client.open('file:///tmp/msglint-push/README.md', BAD, 'markdown');
    // A draft opened after it is linted on the same zero-delay path: its result comes after any for README.md.
    client.open('file:///tmp/msglint-push/d.msg.md', BAD, 'markdown');
    await client.waitForDiagnostics('file:///tmp/msglint-push/d.msg.md', (p) => p.diagnostics.length > 0);
    expect(client.lastDiagnostics('file:///tmp/msglint-push/README.md')).toBeUndefined();
  });

  // Speed is the benchmark's business (bench/); here only the answer counts.
  it('gives an oversized draft one info diagnostic instead of a check', async () => {
    const big = await startClient({ settings: { debounceMs: 0, maxLength: 10_000 } });
    try {
      const uri = 'file:///tmp/msglint-push/big.msg.md';
      big.open(uri, GOOD + 'Dear Peter. '.repeat(5000));
      const params = await big.waitForDiagnostics(uri);
      expect(params.diagnostics).toHaveLength(1);
      expect(params.diagnostics[0]).toMatchObject({ code: 'msglint/too-large', severity: 3 });
    } finally {
      await big.stop();
    }
  });
});

describe('pull diagnostics (LSP 3.17)', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ pull: true });
  });
  afterAll(() => client.stop());

  it('serves textDocument/diagnostic and does not push drafts', async () => {
    expect(client.initializeResult.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
    const uri = 'file:///tmp/msglint-pull/a.msg.md';
    client.open(uri, BAD);
    const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
    expect(report.items.map((d: any) => d.code)).toContain('front-matter/invalid-value');
    const again = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: report.resultId });
    client.change(uri, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } }, text: 'email' }]);
    const fresh = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
    expect(fresh.kind).toBe('full');
    expect(fresh.items.map((d: any) => d.code)).not.toContain('front-matter/invalid-value');
    expect(client.published.filter((p) => p.uri === uri)).toEqual([]);
  });

  it('asks the client to pull again when settings change, and the new pull follows them', async () => {
    const uri = 'file:///tmp/msglint-pull/refresh.msg.md';
    client.open(uri, BAD);
    const first = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    expect(first.items.find((d: any) => d.code === 'front-matter/invalid-value').severity).toBe(1);
    const before = client.refreshes;
    client.changeConfiguration({ severity: { 'front-matter': 'hint' } });
    await client.waitFor(() => client.refreshes > before, 5000, 'workspace/diagnostic/refresh');
    const second = await client.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    expect(second.kind).toBe('full');
    expect(second.items.find((d: any) => d.code === 'front-matter/invalid-value').severity).toBe(4);
  });

  it('honours cancellation', async () => {
    const uri = 'file:///tmp/msglint-pull/cancel.msg.md';
    client.open(uri, BAD);
    const { CancellationTokenSource } = await import('vscode-jsonrpc/node.js');
    const source = new CancellationTokenSource();
    const pending = client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await expect(pending).rejects.toMatchObject({ code: -32800 });
    // The server is still fine afterwards.
    const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    expect(report.kind).toBe('full');
  });
});
