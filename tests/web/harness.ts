// Shared by the web tests: the browser bundles built once per test file into a temporary folder
// (never into dist/), and the real CLI bundled with the real built-in packs.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface BuildWebModule {
  buildEngine(outdir: string): Promise<void>;
  buildWeb(outdir: string, extensionDir: string): Promise<void>;
}

async function buildWebModule(): Promise<BuildWebModule> {
  return (await import(pathToFileURL(join(ROOT, 'scripts/build-web.mjs')).href)) as BuildWebModule;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string, parent = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, prefix));
  made.push(dir);
  return dir;
}

/** Builds engine.js and worker.js; returns their folder. */
export async function buildEngineBundle(): Promise<string> {
  const dir = tempDir('msglint-web-engine-');
  await (await buildWebModule()).buildEngine(dir);
  return dir;
}

/** Builds the playground and the extension as `npm run build:web` does; returns both folders. */
export async function buildWebBundles(): Promise<{ web: string; extension: string }> {
  const dir = tempDir('msglint-web-');
  const web = join(dir, 'web');
  const extension = join(dir, 'extension');
  await (await buildWebModule()).buildWeb(web, extension);
  return { web, extension };
}

/**
 * The CLI bundled with the project's build options, in a folder under the project (so it finds the
 * real built-in packs by walking up, from YAML: this also checks the web snapshot against YAML).
 */
export async function realCliBundle(): Promise<string> {
  const dir = tempDir('cli-', join(ROOT, 'node_modules/.cache/msglint-web-tests'));
  const { build } = await import('esbuild');
  const { sharedOptions } = (await import(pathToFileURL(join(ROOT, 'scripts/build.mjs')).href)) as { sharedOptions: object };
  await build({
    ...sharedOptions,
    logLevel: 'silent',
    sourcemap: false,
    entryPoints: { cli: join(ROOT, 'server/src/cli/bin.ts') },
    outdir: dir,
    outExtension: { '.js': '.cjs' },
  });
  return join(dir, 'cli.cjs');
}

/** Builds the extension; `grantedHosts` stand in for the user's "allow" click on the permission prompt. */
export async function buildExtensionBundle(grantedHosts: string[]): Promise<string> {
  const outdir = join(tempDir('msglint-extension-'), 'extension');
  const web = (await import(pathToFileURL(join(ROOT, 'scripts/build-web.mjs')).href)) as {
    browserOptions: object;
    embedPlugin(snapshot: string): unknown;
    builtinSnapshot(): Promise<string>;
  };
  const { buildExtension } = (await import(pathToFileURL(join(ROOT, 'extension/build.mjs')).href)) as {
    buildExtension(options: { outdir: string; browserOptions: object; plugins: unknown[]; grantedHosts: string[] }): Promise<void>;
  };
  await buildExtension({
    outdir,
    browserOptions: web.browserOptions,
    plugins: [web.embedPlugin(await web.builtinSnapshot())],
    grantedHosts,
  });
  return outdir;
}

/** Builds the VS Code for the Web entries (browser.cjs, browserServer.js); returns their folder. */
export async function buildVscodeWebBundles(): Promise<string> {
  const dir = tempDir('msglint-vscode-web-');
  const web = (await import(pathToFileURL(join(ROOT, 'scripts/build-web.mjs')).href)) as { buildVscodeWeb(outdir: string): Promise<void> };
  await web.buildVscodeWeb(dir);
  return dir;
}
