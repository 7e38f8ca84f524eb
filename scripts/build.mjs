// Bundles the CLI and the language server into dist/ (CommonJS, one file each, no node_modules needed at run time).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

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

export async function buildAll(outdir = join(root, 'dist')) {
  const existing = Object.fromEntries(
    await Promise.all(
      Object.entries(entryPoints).map(async ([name, file]) => {
        const { existsSync } = await import('node:fs');
        return [name, existsSync(join(root, file)) ? join(root, file) : null];
      }),
    ),
  );
  const entries = Object.fromEntries(Object.entries(existing).filter(([, file]) => file));
  await build({ ...sharedOptions, entryPoints: entries, outdir, outExtension: { '.js': '.cjs' } });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
