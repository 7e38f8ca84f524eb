// Builds the server bundle once per test process into a private folder under .cache/ (so parallel
// test files and other builds never read a half-written dist/). The folder sits inside the
// checkout, so the bundle finds rules/ and snippets/ next to package.json as dist/server.cjs does.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

let built: Promise<string> | undefined;

export function buildServer(): Promise<string> {
  built ??= (async () => {
    const outdir = join(repoRoot, '.cache', 'lsp-test', `${process.pid}-${Date.now()}`);
    mkdirSync(outdir, { recursive: true });
    const { buildAll } = (await import(join(repoRoot, 'scripts', 'build.mjs'))) as { buildAll(outdir: string): Promise<void> };
    await buildAll(outdir);
    return join(outdir, 'server.cjs');
  })();
  return built;
}
