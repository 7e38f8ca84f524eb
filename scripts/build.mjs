// Bundles the CLI and the language server into dist/ (CommonJS, one file each, no node_modules needed at run time).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

/** Builds each entry on its own, so a broken language server never blocks the CLI (and vice versa). */
export async function buildAll(outdir = join(root, 'dist')) {
  const failed = [];
  for (const [name, file] of Object.entries(entryPoints)) {
    if (!existsSync(join(root, file))) continue;
    try {
      await build({ ...sharedOptions, entryPoints: { [name]: join(root, file) }, outdir, outExtension: { '.js': '.cjs' } });
    } catch {
      failed.push(name);
    }
  }
  try {
    await writeRuleSnapshot(join(root, 'rules'), join(outdir, 'builtin-rules.json'));
  } catch {
    failed.push('rule snapshot');
  }
  if (failed.length > 0) throw new Error(`build failed: ${failed.join(', ')}`);
}

/**
 * Validates the built-in packs and stores them as JSON beside the bundles, so start-up skips YAML,
 * schema and pattern checks. Packs with errors get no snapshot (the YAML path reports them).
 */
export async function writeRuleSnapshot(rulesDir, outFile) {
  const work = mkdtempSync(join(tmpdir(), 'msglint-snapshot-'));
  try {
    const script = join(work, 'write-rule-snapshot.cjs');
    await build({ ...sharedOptions, sourcemap: false, entryPoints: [join(root, 'server/src/node/writeRuleSnapshot.ts')], outfile: script });
    execFileSync(process.execPath, [script, rulesDir, outFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildAll();
    await (await import('./build-web.mjs')).buildWeb(); // dist/web (playground) and dist/extension
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
