// Shared pieces of the offline VS Code launchers: code-server (VS Code 1.100 served to a browser,
// installed by scripts/vscode/install-code-server.sh) driven by Debian's chromium through playwright-core.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const resultsDir = join(root, 'test-results', 'vscode');

export function log(message) {
  console.error(`[vscode-tests] ${message}`);
}

/** Installs (if needed) and returns the code-server executable. */
export function installCodeServer() {
  const out = execFileSync('sh', [join(root, 'scripts', 'vscode', 'install-code-server.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return out.trim().split('\n').pop();
}

export function chromiumPath() {
  if (process.env.MSGLINT_CHROMIUM) return process.env.MSGLINT_CHROMIUM;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error('chromium not found (Debian package "chromium"; scripts/vscode/install-code-server.sh installs it)');
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A scratch directory holding a copy of the fixture workspace and the editor's own state. */
export function scratch(name, { workspaceTrust = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `msglint-${name}-`));
  const workspace = join(dir, 'workspace');
  cpSync(join(here, 'fixture'), workspace, { recursive: true });
  const userDataDir = join(dir, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  // Quiet, deterministic workbench: no welcome page, no trust prompt, no update or telemetry traffic.
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'security.workspace.trust.enabled': workspaceTrust,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'never',
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'chat.disableAIFeatures': true,
        'git.enabled': false,
        'editor.hover.delay': 300,
        'files.autoSave': 'off',
      },
      null,
      2,
    ),
  );
  const extensionsDir = join(dir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  return {
    dir,
    workspace,
    workspaceTrust,
    userDataDir,
    extensionsDir,
    home,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function codeServerEnv(s, extra = {}) {
  return {
    ...process.env,
    HOME: s.home,
    XDG_CONFIG_HOME: join(s.home, '.config'),
    XDG_DATA_HOME: join(s.home, '.local', 'share'),
    XDG_CACHE_HOME: join(s.home, '.cache'),
    // No extension gallery (code-server would otherwise query open-vsx.org): point it at a closed local port.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
    ...extra,
  };
}

function commonArgs(s) {
  return ['--config', join(s.dir, 'config.yaml'), '--user-data-dir', s.userDataDir, '--extensions-dir', s.extensionsDir];
}

/** `code-server --install-extension FILE.vsix` into the scratch extensions dir. */
export function installExtension(bin, s, vsix) {
  writeFileSync(join(s.dir, 'config.yaml'), 'auth: none\n');
  return execFileSync(bin, [...commonArgs(s), '--install-extension', vsix, '--force'], {
    encoding: 'utf8',
    env: codeServerEnv(s),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts code-server on a free port and waits for /healthz. */
export async function startCodeServer(bin, s, { env = {}, args = [], logName = 'code-server' } = {}) {
  const port = await freePort();
  writeFileSync(join(s.dir, 'config.yaml'), 'auth: none\n');
  mkdirSync(resultsDir, { recursive: true });
  const logFile = join(resultsDir, `${logName}.log`);
  const out = createWriteStream(logFile);
  const child = spawn(
    bin,
    [
      ...commonArgs(s),
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(s.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...args,
    ],
    { env: codeServerEnv(s, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    url,
    logFile,
    async stop() {
      if (exited) return;
      const done = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone already
        }
      }, 5000);
      await done;
      clearTimeout(timer);
    },
  };
}

export async function launchBrowser(s) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    env: { ...process.env, HOME: s.home },
    args: [...CHROMIUM_ARGS],
  });
}

/** The workbench URL that opens `folder`, optionally with extension development/test paths (test-electron's contract). */
export function workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  const payload = [];
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export function timed(label) {
  const started = Date.now();
  return () => {
    const s = ((Date.now() - started) / 1000).toFixed(1);
    log(`${label}: ${s} s`);
    return Number(s);
  };
}
