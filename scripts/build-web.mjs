// Builds msglint for browsers into dist/web/ (the engine as an ES module, its worker, the
// playground) and dist/extension/ (the Manifest V3 extension). The built-in packs and the
// examples are embedded at build time: the output fetches nothing but its own files.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeRuleSnapshot } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Options for every browser bundle: no Node built-ins may slip in (esbuild fails on them). */
export const browserOptions = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
};

/** The built-in packs' snapshot, validated by the same step as the Node build's. */
export async function builtinSnapshot() {
  const work = mkdtempSync(join(tmpdir(), 'msglint-web-'));
  try {
    const file = join(work, 'builtin-rules.json');
    await writeRuleSnapshot(join(root, 'rules'), file);
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function examples() {
  const dir = join(root, 'examples');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.msg.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Resolves `msglint:builtin-packs` and `msglint:examples` to data made at build time. */
export function embedPlugin(snapshotJson) {
  return {
    name: 'msglint-embed',
    setup(b) {
      b.onResolve({ filter: /^msglint:/ }, (args) => ({ path: args.path, namespace: 'msglint-embed' }));
      b.onLoad({ filter: /.*/, namespace: 'msglint-embed' }, (args) => {
        if (args.path === 'msglint:builtin-packs') return { contents: snapshotJson, loader: 'json' };
        if (args.path === 'msglint:examples') return { contents: JSON.stringify(examples()), loader: 'json' };
        return { errors: [{ text: `unknown embedded module ${args.path}` }] };
      });
    },
  };
}

/** engine.js (an ES module for pages and module workers) and worker.js (the engine as a classic worker). */
export async function buildEngine(outdir, plugins) {
  plugins ??= [embedPlugin(await builtinSnapshot())];
  await build({ ...browserOptions, plugins, format: 'esm', entryPoints: { engine: join(root, 'web/engine/index.ts') }, outdir });
  // A classic worker script: loads in every browser, also where module workers are missing.
  await build({ ...browserOptions, plugins, format: 'iife', entryPoints: { worker: join(root, 'web/engine/worker.ts') }, outdir });
}

/**
 * The VS Code for the Web entry points, into the extension's dist/: browser.js (the client, run by
 * the web extension host, which wants a .js name) and browserServer.js (the language server as a classic web worker).
 */
export async function buildVscodeWeb(outdir, { minify = true } = {}) {
  const plugins = [embedPlugin(await builtinSnapshot())];
  const options = { ...browserOptions, minify, sourcemap: false, plugins };
  await build({ ...options, format: 'cjs', external: ['vscode'], entryPoints: { browser: join(root, 'client/src/browser.ts') }, outdir });
  await build({ ...options, format: 'iife', entryPoints: { browserServer: join(root, 'server/src/lsp/browserMain.ts') }, outdir });
}

export async function buildWeb(outdir = join(root, 'dist', 'web'), extensionDir = join(root, 'dist', 'extension')) {
  const snapshotJson = await builtinSnapshot();
  const plugins = [embedPlugin(snapshotJson)];
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await buildEngine(outdir, plugins);
  const playground = join(root, 'web/playground');
  if (existsSync(playground)) {
    await build({ ...browserOptions, plugins, format: 'esm', entryPoints: { playground: join(playground, 'main.ts') }, outdir });
    for (const file of ['index.html', 'playground.css']) cpSync(join(playground, file), join(outdir, file));
  }
  const extension = join(root, 'extension');
  if (existsSync(extension)) {
    const { buildExtension } = await import(join(extension, 'build.mjs'));
    await buildExtension({ outdir: extensionDir, browserOptions, plugins });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildWeb();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
