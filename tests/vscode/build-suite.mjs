// Bundles the extension test suite (tests/vscode/suite/index.ts) to out/suite/index.cjs for the extension host.
import { build } from 'esbuild';
import { join } from 'node:path';
import { here } from './lib.mjs';

export const suiteModule = join(here, 'out', 'suite', 'index.cjs');

export async function buildSuite() {
  await build({
    entryPoints: [join(here, 'suite', 'index.ts')],
    outfile: suiteModule,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return suiteModule;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSuite();
