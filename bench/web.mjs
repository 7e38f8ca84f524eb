#!/usr/bin/env node
// Web build figures: bundle sizes (raw and gzip) and time to first diagnostics — the engine as an
// ES module in Node, and the engine worker, the playground and the VS Code web server in headless
// Chromium (skipped, with a note, when /usr/bin/chromium is missing). Not a test: it measures and prints.
//   node bench/web.mjs [--runs N] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const root = join(fileURLToPath(import.meta.url), '../..');
const argv = process.argv.slice(2);
const runs = (argv.includes('--runs') && Number(argv[argv.indexOf('--runs') + 1])) || 5;
const DRAFT = 'Hi Tom, add me on W-h-a-t-s-A-p-p +86 138 0013 8000 and send me your Alibaba password so I can fix the listing.';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const work = mkdtempSync(join(tmpdir(), 'msglint-bench-web-'));
try {
  const { buildWeb, buildVscodeWeb } = await import(pathToFileURL(join(root, 'scripts/build-web.mjs')).href);
  const web = join(work, 'web');
  const extension = join(work, 'extension');
  const vscode = join(work, 'vscode');
  await buildWeb(web, extension);
  await buildVscodeWeb(vscode);

  const sizes = {};
  for (const [name, file] of [
    ['engine.js (ES module)', join(web, 'engine.js')],
    ['worker.js (engine worker)', join(web, 'worker.js')],
    ['playground.js (CodeMirror + UI)', join(web, 'playground.js')],
    ['extension background.js', join(extension, 'background.js')],
    ['extension content.js', join(extension, 'content.js')],
    ['vscode browser.js (client)', join(vscode, 'browser.js')],
    ['vscode browserServer.js', join(vscode, 'browserServer.js')],
  ]) {
    const bytes = readFileSync(file);
    sizes[name] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }

  // Node: a fresh process imports engine.js and lints one draft (module load + pack compile + lint).
  const nodeRuns = [];
  for (let i = 0; i < runs; i++) {
    const script = `const t0 = performance.now(); const e = await import(${JSON.stringify(pathToFileURL(join(web, 'engine.js')).href)}); const d = e.lint(${JSON.stringify(DRAFT)}, { channel: 'alibaba' }); if (d.length < 2) throw new Error('no findings'); console.log(performance.now() - t0);`;
    nodeRuns.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()));
  }
  const figures = { sizes, firstDiagnosticsMs: { 'node: import engine.js + first lint': median(nodeRuns) } };

  if (existsSync(CHROMIUM)) {
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.cjs': 'text/javascript' };
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      const file = path.startsWith('/vscode/') ? join(vscode, path.slice(8)) : join(web, path === '/' ? 'index.html' : path);
      if (!file.startsWith(work) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        .end(readFileSync(file));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/index.html`);
      const workerRuns = [];
      const serverRuns = [];
      for (let i = 0; i < runs; i++) {
        // New Worker → first answer: script fetch, parse, pack compile and one lint.
        workerRuns.push(
          await page.evaluate(
            (text) =>
              new Promise((resolve) => {
                const t0 = performance.now();
                const w = new Worker(`./worker.js?run=${Math.random()}`);
                w.onmessage = () => {
                  resolve(performance.now() - t0);
                  w.terminate();
                };
                w.postMessage({ id: 1, text, options: { channel: 'alibaba' } });
              }),
            DRAFT,
          ),
        );
        // The VS Code web server: new Worker → initialize → didOpen → publishDiagnostics.
        serverRuns.push(
          await page.evaluate(
            (text) =>
              new Promise((resolve) => {
                const t0 = performance.now();
                const w = new Worker(`/vscode/browserServer.js?run=${Math.random()}`);
                w.onmessage = ({ data }) => {
                  if (data.id === 1) {
                    w.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
                    w.postMessage({
                      jsonrpc: '2.0',
                      method: 'textDocument/didOpen',
                      params: {
                        textDocument: {
                          uri: 'memfs:/a.msg.md',
                          languageId: 'msglint-draft',
                          version: 1,
                          text: `---\nchannel: alibaba\n---\n${text}`,
                        },
                      },
                    });
                  } else if (data.method === 'textDocument/publishDiagnostics') {
                    resolve(performance.now() - t0);
                    w.terminate();
                  }
                };
                w.postMessage({
                  jsonrpc: '2.0',
                  id: 1,
                  method: 'initialize',
                  params: { processId: null, rootUri: null, capabilities: {} },
                });
              }),
            DRAFT,
          ),
        );
      }
      // Playground: navigation start → first findings listed for a typed draft (page, CodeMirror, worker).
      const pageRuns = [];
      for (let i = 0; i < runs; i++) {
        const p = await browser.newPage();
        const t0 = Date.now();
        await p.goto(`${origin}/index.html`);
        await p.locator('[data-testid="findings"] [data-empty]').waitFor();
        pageRuns.push(Date.now() - t0);
        await p.close();
      }
      Object.assign(figures.firstDiagnosticsMs, {
        'chromium: engine worker, new Worker → first lint': median(workerRuns),
        'chromium: VS Code web server, new Worker → publishDiagnostics': median(serverRuns),
        'chromium: playground, navigation → first findings list': median(pageRuns),
      });
    } finally {
      await browser.close();
      server.close();
    }
  } else {
    figures.note = `${CHROMIUM} missing: browser timings skipped (scripts/install-test-deps.sh installs it)`;
  }

  if (argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
  else {
    console.log('Web bundle sizes (minified; gzip -9):');
    for (const [name, s] of Object.entries(figures.sizes))
      console.log(
        `  ${name.padEnd(34)} ${(s.raw / 1024).toFixed(0).padStart(6)} KiB raw  ${(s.gzip / 1024).toFixed(0).padStart(5)} KiB gzip`,
      );
    console.log(`Time to first diagnostics (median of ${runs}):`);
    for (const [name, ms] of Object.entries(figures.firstDiagnosticsMs))
      console.log(`  ${name.padEnd(62)} ${ms.toFixed(0).padStart(5)} ms`);
    if (figures.note) console.log(figures.note);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
