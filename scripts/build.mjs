// Bundles the CLI and the language server into dist/ (CommonJS, one file each, no node_modules needed at run time).
//   node scripts/build.mjs              build (npm run build; `npm pack` runs it through `prepare`)
//   node scripts/build.mjs --if-stale   build only when dist/ is missing or older than a source (npm run msglint)
//   node scripts/build.mjs --if-possible  as --if-stale, but a note instead of a failure when esbuild, a
//                                       devDependency, is not installed (`npm ci --omit=dev` runs `prepare`)
// The installed package's bins only require dist/: they never build at run time.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const entryPoints = {
  cli: 'server/src/cli/bin.ts',
  server: 'server/src/lsp/bin.ts',
};

/** Options shared by every bundle of the engine (also used by the VS Code client's build). */
export const sharedOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // Source is ESM; in the CommonJS bundle import.meta.url comes from __filename.
  define: { 'import.meta.url': '__msglintImportMetaUrl' },
  banner: { js: "const __msglintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * Builds each entry on its own, so a broken language server never blocks the CLI (and vice versa).
 * Outputs are written to a staging folder beside dist/ and renamed in, so a process running a bin
 * while `npm pack` rebuilds never loads a half-written bundle.
 */
export async function buildAll(outdir = join(root, 'dist')) {
  const { build } = await import('esbuild');
  mkdirSync(outdir, { recursive: true });
  const staging = mkdtempSync(`${outdir}.staging-`);
  const failed = [];
  try {
    for (const [name, file] of Object.entries(entryPoints)) {
      if (!existsSync(join(root, file))) continue;
      try {
        await build({ ...sharedOptions, entryPoints: { [name]: join(root, file) }, outdir: staging, outExtension: { '.js': '.cjs' } });
      } catch {
        failed.push(name);
      }
    }
    try {
      await writeRuleSnapshot(join(root, 'rules'), join(staging, 'builtin-rules.json'));
    } catch {
      failed.push('rule snapshot');
    }
    // A pack with errors gets no snapshot: an old one must not stay behind either.
    if (!existsSync(join(staging, 'builtin-rules.json'))) rmSync(join(outdir, 'builtin-rules.json'), { force: true });
    for (const name of readdirSync(staging)) renameSync(join(staging, name), join(outdir, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (failed.length > 0) throw new Error(`build failed: ${failed.join(', ')}`);
}

/**
 * Validates the built-in packs and stores them as JSON beside the bundles, so start-up skips YAML,
 * schema and pattern checks. Packs with errors get no snapshot (the YAML path reports them).
 */
export async function writeRuleSnapshot(rulesDir, outFile) {
  const { build } = await import('esbuild');
  const work = mkdtempSync(join(tmpdir(), 'msglint-snapshot-'));
  try {
    const script = join(work, 'write-rule-snapshot.cjs');
    await build({ ...sharedOptions, sourcemap: false, entryPoints: [join(root, 'server/src/node/writeRuleSnapshot.ts')], outfile: script });
    execFileSync(process.execPath, [script, rulesDir, outFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Newest modification time under a folder (sources, packs, this script). */
function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Whether dist/ is missing or older than anything it is built from. */
export function isStale(outdir = join(root, 'dist')) {
  const outputs = ['cli.cjs', 'server.cjs', 'builtin-rules.json'].map((name) => join(outdir, name));
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const inputs = [join(root, 'server', 'src'), join(root, 'rules'), fileURLToPath(import.meta.url)];
  return inputs.some((input) => existsSync(input) && newestMtime(input) > built);
}

function esbuildInstalled() {
  try {
    return existsSync(join(dirname(fileURLToPath(import.meta.resolve('esbuild'))), '..', 'package.json'));
  } catch {
    return false;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Not a top-level await: build-web.mjs imports this module, and a pending top-level await here
  // would leave that import cycle unsettled (Node exits 13).
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}

async function main() {
  const ifStale = process.argv.includes('--if-stale') || process.argv.includes('--if-possible');
  if (ifStale && !isStale()) return;
  if (process.argv.includes('--if-possible') && !esbuildInstalled()) {
    console.error('msglint: dist/ not built: esbuild (a devDependency) is not installed. Run `npm ci` then `npm run build`.');
    return;
  }
  await buildAll();
  await (await import('./build-web.mjs')).buildWeb(); // dist/web (playground) and dist/extension
}
