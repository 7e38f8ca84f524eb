// The language server of VS Code for the Web (server/src/lsp/browserMain.ts), as built for the
// extension, running in a web worker in headless Chromium and spoken to over its real protocol:
// JSON-RPC messages posted to the worker, answers and publishDiagnostics awaited.
import { chromium, type Browser, type Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, NO_CHROMIUM, serveStatic, type StaticServer } from './browser.js';
import { buildVscodeWebBundles } from './harness.js';

if (!hasChromium) console.warn(`[tests/web] web language server tests skipped: ${NO_CHROMIUM}`);

interface LspDiagnostic {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface Lsp {
  request(method: string, params: unknown): Promise<{ result?: unknown; error?: unknown }>;
  notify(method: string, params: unknown): void;
  diagnostics(uri: string, version: number): Promise<LspDiagnostic[]>;
}
declare const lsp: Lsp;
declare const settings: Record<string, unknown>;

const URI = 'vscode-vfs://github/acme/drafts/inquiry.msg.md';

describe.skipIf(!hasChromium)('web language server in a Chromium worker', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const bundles = await buildVscodeWebBundles();
    server = await serveStatic(join(import.meta.dirname, 'fixtures'), { server: bundles });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.origin}/lsp-client.html`);
    const init = await page.evaluate(() =>
      lsp.request('initialize', {
        processId: null,
        rootUri: null,
        capabilities: { workspace: { configuration: true } },
        initializationOptions: { workspaceTrusted: false, displayLanguage: 'en' },
      }),
    );
    expect(init.result).toMatchObject({ capabilities: { hoverProvider: true } });
    await page.evaluate(() => lsp.notify('initialized', {}));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const codes = (diagnostics: LspDiagnostic[]) => diagnostics.map((d) => d.code.split('/')[0]);

  it('publishes diagnostics for an opened draft, taking the channel from its front matter', async () => {
    const text =
      '---\nchannel: alibaba\nstage: inquiry\n---\nHi Tom, add me on W-h-a-t-s-A-p-p +86 138 0013 8000 and send me your Alibaba password.\n';
    const diagnostics = await page.evaluate(
      ({ uri, text }) => {
        lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'msglint-draft', version: 1, text } });
        return lsp.diagnostics(uri, 1);
      },
      { uri: URI, text },
    );
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['contact-drop', 'risky-ask']));
  });

  it('re-checks on change and uses msglint.defaultChannel from workspace/configuration', async () => {
    const text = 'Hi Tom, add me on W-h-a-t-s-A-p-p +86 138 0013 8000.\n';
    const withoutChannel = await page.evaluate(
      ({ uri, text }) => {
        lsp.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
        return lsp.diagnostics(uri, 2);
      },
      { uri: URI, text },
    );
    expect(codes(withoutChannel)).not.toContain('contact-drop');
    const onAlibaba = await page.evaluate(
      ({ uri, text }) => {
        settings.defaultChannel = 'alibaba';
        lsp.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
        return lsp.diagnostics(uri, 3);
      },
      { uri: URI, text },
    );
    expect(codes(onAlibaba)).toContain('contact-drop');
  });

  it('explains a finding on hover and offers its quick fix for the current version only', async () => {
    const text = '---\nchannel: linkedin\n---\nHi Anna, pls check the catalog.\n';
    const diagnostics = await page.evaluate(
      ({ uri, text }) => {
        lsp.notify('textDocument/didChange', { textDocument: { uri, version: 4 }, contentChanges: [{ text }] });
        return lsp.diagnostics(uri, 4);
      },
      { uri: URI, text },
    );
    const shorthand = diagnostics.find((d) => d.code === 'im-style/shorthand')!;
    expect(shorthand).toBeDefined();
    const hover = await page.evaluate(({ uri, position }) => lsp.request('textDocument/hover', { textDocument: { uri }, position }), {
      uri: URI,
      position: shorthand.range.start,
    });
    expect(JSON.stringify(hover.result)).toMatch(/Why: /);
    const actions = (
      await page.evaluate(
        ({ uri, d }) => lsp.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }),
        { uri: URI, d: shorthand },
      )
    ).result as { edit: { changes: Record<string, { newText: string }[]> } }[];
    expect(actions).toHaveLength(1);
    expect(actions[0].edit.changes[URI][0].newText).toBe('please');
    // The same diagnostic after the text moved on: its fix would edit the wrong characters.
    await page.evaluate(
      ({ uri, text }) => {
        lsp.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: `${text}\n` }] });
        return lsp.diagnostics(uri, 5);
      },
      { uri: URI, text },
    );
    const stale = (
      await page.evaluate(
        ({ uri, d }) => lsp.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }),
        { uri: URI, d: shorthand },
      )
    ).result;
    expect(stale).toEqual([]);
  });

  it('loads nothing but its own script', () => {
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    expect(requests.some((url) => url.endsWith('/server/browserServer.js'))).toBe(true);
  });
});
