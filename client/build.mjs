// Builds the VS Code extension in client/:
//   dist/extension.cjs  the client (vscode-languageclient bundled in; `vscode` is external)
//   dist/server.cjs     the language server (same entry and esbuild options as the repo's dist/server.cjs)
//   rules/*.yaml        the built-in rule packs (the server finds them by walking up from dist/)
//   snippets/msglint.code-snippets  every snippets/*.json of the repo merged into one file
// and checks that every contributed and runtime string is localized.
// `node client/build.mjs --package [--out FILE]` also packs the extension with @vscode/vsce into a .vsix
// (default: dist/msglint-<version>.vsix at the repo root). The .vsix needs no node_modules.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryPoints, sharedOptions, writeRuleSnapshot } from '../scripts/build.mjs';

const clientDir = dirname(fileURLToPath(import.meta.url));
const root = join(clientDir, '..');
const args = process.argv.slice(2);
const pack = args.includes('--package');
const outIndex = args.indexOf('--out');
const manifest = JSON.parse(readFileSync(join(clientDir, 'package.json'), 'utf8'));
const vsixPath = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'dist', `${manifest.name}-${manifest.version}.vsix`);

function log(message) {
  console.error(`[client/build] ${message}`);
}

// 1. Bundles. The packaged build is minified and carries no source maps.
const bundleOptions = { ...sharedOptions, sourcemap: pack ? false : sharedOptions.sourcemap, minify: pack, keepNames: pack };
rmSync(join(clientDir, 'dist'), { recursive: true, force: true });
await build({
  ...bundleOptions,
  entryPoints: { extension: join(clientDir, 'src', 'extension.ts') },
  outdir: join(clientDir, 'dist'),
  outExtension: { '.js': '.cjs' },
  external: ['vscode'],
});
const serverEntry = join(root, entryPoints.server);
if (existsSync(serverEntry)) {
  await build({
    ...bundleOptions,
    entryPoints: { server: serverEntry },
    outdir: join(clientDir, 'dist'),
    outExtension: { '.js': '.cjs' },
  });
} else {
  const message = `language server entry ${entryPoints.server} does not exist yet`;
  if (pack) throw new Error(`cannot package: ${message}`);
  log(`warning: ${message}; dist/server.cjs not built`);
}

// VS Code for the Web: dist/browser.cjs and dist/browserServer.js (the server in a web worker).
await (await import('../scripts/build-web.mjs')).buildVscodeWeb(join(clientDir, 'dist'), { minify: pack });

// 2. Built-in rule packs.
const rulesOut = join(clientDir, 'rules');
rmSync(rulesOut, { recursive: true, force: true });
mkdirSync(rulesOut, { recursive: true });
const rulesDir = join(root, 'rules');
const packs = existsSync(rulesDir) ? readdirSync(rulesDir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
for (const file of packs) copyFileSync(join(rulesDir, file), join(rulesOut, file));
if (packs.length === 0) log('warning: no rule packs in rules/');
// The validated snapshot the server starts from (see server/src/node/builtinSnapshot.ts).
await writeRuleSnapshot(rulesOut, join(clientDir, 'dist', 'builtin-rules.json'));

// 3. Snippets: merge the repo's snippets/*.json (VS Code snippet format) into one file the manifest names.
const snippetsDir = join(root, 'snippets');
const snippetFiles = existsSync(snippetsDir)
  ? readdirSync(snippetsDir).filter((f) => /\.(json|code-snippets)$/.test(f)).sort()
  : [];
const merged = {};
for (const file of snippetFiles) {
  const text = readFileSync(join(snippetsDir, file), 'utf8');
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`snippets/${file}: not valid JSON (${err.message})`);
  }
  for (const [name, snippet] of Object.entries(data)) {
    if (name.startsWith('$')) continue; // "$schema" and the like
    if (!snippet || typeof snippet !== 'object' || !('body' in snippet)) continue;
    const key = name in merged ? `${name} (${file.replace(/\.[^.]+$/, '')})` : name;
    // `scope` is meaningless inside a language-bound snippets file; drop it so VS Code keeps the snippet.
    const { scope: _scope, ...rest } = snippet;
    merged[key] = rest;
  }
}
mkdirSync(join(clientDir, 'snippets'), { recursive: true });
writeFileSync(join(clientDir, 'snippets', 'msglint.code-snippets'), `${JSON.stringify(merged, null, 2)}\n`);
if (snippetFiles.length === 0) log('warning: no snippets in snippets/');

// 4. Localization: every %key% of the manifest in both nls files, every vscode.l10n.t() string in the zh-cn bundle.
checkLocalization();

log(
  `built dist/extension.cjs${existsSync(join(clientDir, 'dist', 'server.cjs')) ? ', dist/server.cjs' : ''}, ` +
    `${packs.length} rule pack(s), ${Object.keys(merged).length} snippet(s) from ${snippetFiles.length} file(s)`,
);

// 5. Package.
if (pack) {
  mkdirSync(dirname(vsixPath), { recursive: true });
  const require = createRequire(import.meta.url);
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  execFileSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--out', vsixPath],
    { cwd: clientDir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  log(`packaged ${relative(process.cwd(), vsixPath)} (${(statSync(vsixPath).size / 1024).toFixed(1)} KiB)`);
}

function checkLocalization() {
  const problems = [];
  const keys = new Set();
  JSON.stringify(manifest, (_key, value) => {
    if (typeof value === 'string') for (const m of value.matchAll(/^%([^%]+)%$/g)) keys.add(m[1]);
    return value;
  });
  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const strings = JSON.parse(readFileSync(join(clientDir, nls), 'utf8'));
    for (const key of keys) if (!(key in strings)) problems.push(`${nls}: missing "${key}"`);
    for (const key of Object.keys(strings)) if (!keys.has(key)) problems.push(`${nls}: unused "${key}"`);
  }
  const bundle = JSON.parse(readFileSync(join(clientDir, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
  const used = new Set();
  for (const file of readdirSync(join(clientDir, 'src')).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(clientDir, 'src', file), 'utf8');
    for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\(.)/g, '$1'));
    for (const m of source.matchAll(/l10n\.t\(\s*"((?:[^"\\]|\\.)*)"/g)) used.add(m[1].replace(/\\(.)/g, '$1'));
  }
  for (const s of used) if (!(s in bundle)) problems.push(`l10n/bundle.l10n.zh-cn.json: missing ${JSON.stringify(s)}`);
  for (const s of Object.keys(bundle)) if (!used.has(s)) problems.push(`l10n/bundle.l10n.zh-cn.json: unused ${JSON.stringify(s)}`);
  if (problems.length) throw new Error(`localization incomplete:\n  ${problems.join('\n  ')}`);
}
