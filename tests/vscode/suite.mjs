// Runs the extension test suite inside code-server: the workbench opens the fixture folder with
// extensionDevelopmentPath = client/ and extensionTestsPath = the bundled suite; the suite's result
// arrives in the page through window.codeAutomationExit (as in VS Code's own web test runner).
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSuite } from './build-suite.mjs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { here, installExtension, launchBrowser, log, resultsDir, root, scratch, startCodeServer, workbenchUrl } from './lib.mjs';

/**
 * Installs the (empty) test language pack and records it in <user-data-dir>/languagepacks.json, the
 * registry VS Code's language pack service keeps; `code-server --install-extension` alone does not
 * write it, and without it `--locale` falls back to English.
 */
function registerLanguagePack(s, locale) {
  const vsix = packZhCnLanguagePack(join(s.dir, 'language-pack.vsix'));
  installExtension(s.bin, s, vsix);
  const manifest = JSON.parse(readFileSync(join(here, 'zh-cn-language-pack', 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const folder = join(s.extensionsDir, `${id}-${manifest.version}`);
  const packs = {
    [locale]: {
      hash: `msglint-test-${manifest.version}`,
      label: manifest.contributes.localizations[0].localizedLanguageName,
      extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
      translations: { vscode: join(folder, 'translations', 'main.i18n.json') },
    },
  };
  writeFileSync(join(s.userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

/** Packs tests/vscode/zh-cn-language-pack (translates nothing) so code-server can start with --locale zh-cn. */
export function packZhCnLanguagePack(out) {
  const require = createRequire(import.meta.url);
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out], {
    cwd: join(here, 'zh-cn-language-pack'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

/**
 * Options: `grep` (a RegExp source selecting tests), `workspaceTrust` (true: trust is enabled and the
 * folder is not trusted; default: trust disabled, so everything is trusted), `args` (extra code-server
 * arguments such as --locale), `env` (for the extension host), `name` (for logs and screenshots),
 * `install` (.vsix files to install first), `languagePack` (a locale such as "zh-cn": installs the
 * empty test language pack for it, to be used with args ['--locale', locale]).
 */
export async function runSuite(
  bin,
  { timeoutMs = 300000, grep, workspaceTrust = false, args = [], env = {}, name = 'suite', install = [], languagePack } = {},
) {
  const suite = await buildSuite();
  const s = { ...scratch(name, { workspaceTrust }), bin };
  for (const vsix of install) installExtension(bin, s, vsix);
  if (languagePack) registerLanguagePack(s, languagePack);
  const resultsFile = join(s.dir, 'results.json');
  const server = await startCodeServer(bin, s, {
    env: { ...env, MSGLINT_VSCODE_RESULTS: resultsFile, MSGLINT_VSCODE_GREP: grep ?? process.env.MSGLINT_VSCODE_GREP ?? '' },
    args,
    logName: `${name}-code-server`,
  });
  const browser = await launchBrowser(s);
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const exit = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    // Everything the workbench and the extension host log goes to test-results/vscode/<name>-workbench.log;
    // the console shows the test lines and errors only.
    const workbenchLog = createWriteStream(join(resultsDir, `${name}-workbench.log`));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? args.join(' ') : String(args);
      workbenchLog.write(`[${type}] ${text}\n`);
      if (/^\s+(ok|FAIL) |^(display language|workspace trusted):/.test(text)) log(`[ext host] ${text.trim()}`);
    });
    page.on('console', (msg) => workbenchLog.write(`[page ${msg.type()}] ${msg.text()}\n`));
    page.on('pageerror', (err) => workbenchLog.write(`[page error] ${err.message}\n`));
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
    await page.screenshot({ path: join(resultsDir, `${name}-end.png`) }).catch(() => {});
    let results = [];
    try {
      results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    } catch {
      log(`no results file; the suite did not finish (see ${server.logFile})`);
    }
    for (const r of results.filter((x) => !x.ok)) log(`FAIL ${r.name} (${r.ms} ms)\n${r.error}`);
    const passed = code === 0 && results.length > 0 && results.every((r) => r.ok);
    log(`${name}: ${results.filter((r) => r.ok).length}/${results.length} passed, exit ${code}`);
    return { passed, results };
  } finally {
    await browser.close();
    await server.stop();
    if (!process.env.MSGLINT_KEEP_SCRATCH) s.cleanup();
  }
}
