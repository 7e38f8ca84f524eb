// `npm run test:web:vscode`: the extension's VS Code for the Web entry in a real VS Code, offline.
// code-server 4.100.3 (VS Code 1.100, installed by scripts/vscode/install-code-server.sh) is told to
// run msglint in its web worker extension host (`remote.extensionKind: web`), as vscode.dev does;
// we open a draft in headless Chromium and wait for the squiggle and the Problems count. It passes
// only if no Node server process (the desktop entry's dist/server.cjs) was started. code-server
// installs extensions on its remote side, so the client reads browserServer.js through
// vscode.workspace.fs and starts the worker from its text (see client/src/browser.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installCodeServer, installExtension, launchBrowser, log, root, scratch, startCodeServer, workbenchUrl } from '../vscode/lib.mjs';

const EXTENSION_ID = 'msglint.msglint';
const DRAFT = 'ui-draft.msg.md';

let requestsSeen = [];

async function main() {
  const bin = installCodeServer();
  const s = scratch('vscode-web');
  const vsix = join(s.dir, 'msglint.vsix');
  execFileSync(process.execPath, [join(root, 'client', 'build.mjs'), '--package', '--out', vsix], { stdio: 'inherit' });
  const settingsFile = join(s.userDataDir, 'User', 'settings.json');
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
  settings['remote.extensionKind'] = { [EXTENSION_ID]: ['web'] };
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  const installed = installExtension(bin, s, vsix);
  if (!/was successfully installed/.test(installed)) throw new Error(`--install-extension said: ${installed}`);

  const server = await startCodeServer(bin, s, { logName: 'vscode-web-code-server' });
  const browser = await launchBrowser(s);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requests = (requestsSeen = []);
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    if (process.env.MSGLINT_DEBUG) {
      page.on('console', (m) => log(`console: ${m.text().slice(0, 300)}`));
      page.on('worker', (w) => log(`worker: ${w.url()}`));
    }
    page.setDefaultTimeout(60000);
    await page.goto(workbenchUrl(server, s.workspace));
    await page.locator('.monaco-workbench').waitFor();
    log('vscode-web: open the draft from the Explorer');
    await page.getByRole('treeitem', { name: DRAFT }).dblclick();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'emial' }).waitFor();
    log('vscode-web: wait for the error squiggle');
    await editor.locator('.squiggly-error').first().waitFor({ timeout: 90000 });
    const problems = await page.locator('#status\\.problems').getAttribute('aria-label');
    log(`vscode-web: the Problems item reads "${problems}"`);
    if (!/errors?: [1-9]/i.test(problems ?? '')) throw new Error(`no error counted in the Problems item: ${problems}`);
    // The Node entry would have started dist/server.cjs from the installed extension: it must not exist.
    const nodeServers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(s.extensionsDir) && line.includes('server.cjs'));
    if (nodeServers.length > 0) throw new Error(`a Node language server was started too:\n${nodeServers.join('\n')}`);
    const elsewhere = requests.filter((url) => !url.startsWith(`${server.url}/`) && !/^(blob|data|about):/.test(url));
    if (elsewhere.length > 0) throw new Error(`requests left the local server:\n${elsewhere.join('\n')}`);
    log('vscode-web: passed');
  } catch (error) {
    if (process.env.MSGLINT_DEBUG) log(`requests:\n${requestsSeen.join('\n')}`);
    throw error;
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    s.cleanup();
  }
}

main().catch((error) => {
  log(`vscode-web: FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
