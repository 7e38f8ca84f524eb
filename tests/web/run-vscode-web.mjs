// `npm run test:web:vscode`: the extension's VS Code for the Web entry in a real VS Code, offline.
// code-server 4.100.3 (VS Code 1.100, installed by scripts/vscode/install-code-server.sh) is told to
// run msglint in its web worker extension host (`remote.extensionKind: web`), as vscode.dev does;
// we open a draft in headless Chromium and wait for the squiggle and the Problems count. It passes
// only if the language server came from dist/browserServer.js (a worker request the page made) and
// no Node server process was started.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installCodeServer, installExtension, launchBrowser, log, root, scratch, startCodeServer, workbenchUrl } from '../vscode/lib.mjs';

const EXTENSION_ID = 'msglint.msglint';
const DRAFT = 'ui-draft.msg.md';

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
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
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
    if (!/[1-9]\d* error/i.test(problems ?? '')) throw new Error(`no error counted in the Problems item: ${problems}`);
    const workerScript = requests.find((url) => url.includes('/dist/browserServer.js'));
    if (!workerScript) throw new Error('the web language server (dist/browserServer.js) was never loaded: the findings came from elsewhere');
    log(`vscode-web: the server ran from ${workerScript}`);
    const nodeServers = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(s.extensionsDir) && line.includes('server.cjs'));
    if (nodeServers.length > 0) throw new Error(`a Node language server was started too:\n${nodeServers.join('\n')}`);
    log('vscode-web: passed');
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
