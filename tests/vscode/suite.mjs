// Runs the extension test suite inside code-server: the workbench opens the fixture folder with
// extensionDevelopmentPath = client/ and extensionTestsPath = the bundled suite; the suite's result
// arrives in the page through window.codeAutomationExit (as in VS Code's own web test runner).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSuite } from './build-suite.mjs';
import { launchBrowser, log, resultsDir, root, scratch, startCodeServer, workbenchUrl } from './lib.mjs';

export async function runSuite(bin, { timeoutMs = 300000 } = {}) {
  const suite = await buildSuite();
  const s = scratch('suite');
  const resultsFile = join(s.dir, 'results.json');
  const server = await startCodeServer(bin, s, {
    env: { MSGLINT_VSCODE_RESULTS: resultsFile, MSGLINT_VSCODE_GREP: process.env.MSGLINT_VSCODE_GREP ?? '' },
    logName: 'suite-code-server',
  });
  const browser = await launchBrowser(s);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const exit = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      log(`[ext host ${type}] ${Array.isArray(args) ? args.join(' ') : String(args)}`);
    });
    page.on('console', (msg) => {
      const text = msg.text();
      if (/^\s+(ok|FAIL) /.test(text) || /msglint/i.test(text)) log(`[page] ${text}`);
    });
    const url = workbenchUrl(server, s.workspace, {
      extensionDevelopmentPath: join(root, 'client'),
      extensionTestsPath: suite,
    });
    await page.goto(url);
    let timer;
    const code = await Promise.race([
      exit,
      new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    await page.screenshot({ path: join(resultsDir, 'suite-end.png') }).catch(() => {});
    let results = [];
    try {
      results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    } catch {
      log(`no results file; the suite did not finish (see ${server.logFile})`);
    }
    for (const r of results) log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.ms} ms)${r.ok ? '' : `\n${r.error}`}`);
    const passed = code === 0 && results.length > 0 && results.every((r) => r.ok);
    log(`extension suite: ${results.filter((r) => r.ok).length}/${results.length} passed, exit ${code}`);
    return { passed, results };
  } finally {
    await browser.close();
    await server.stop();
    if (!process.env.MSGLINT_KEEP_SCRATCH) s.cleanup();
  }
}
