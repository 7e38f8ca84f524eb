// Bundles the CLI and the language server into dist/ (CommonJS, one file each, no node_modules needed at run time).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';

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
  if (failed.length > 0) throw new Error(`build failed: ${failed.join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildAll();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
