// Builds the server bundle once per test process into a private folder under .cache/ (so parallel
// test files and other builds never read a half-written dist/). The folder sits inside the
// checkout, so the bundle finds rules/ and snippets/ next to package.json as dist/server.cjs does.
// It is the same esbuild configuration as `npm run build` (scripts/build.mjs), server entry only.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cacheDir = join(repoRoot, '.cache', 'lsp-test');

let built: Promise<string> | undefined;

export function buildServer(): Promise<string> {
  built ??= (async () => {
    removeStaleBuilds();
    const outdir = join(cacheDir, `${process.pid}-${Date.now()}`);
    mkdirSync(outdir, { recursive: true });
    const { entryPoints, sharedOptions } = (await import(join(repoRoot, 'scripts', 'build.mjs'))) as {
      entryPoints: Record<string, string>;
      sharedOptions: Record<string, unknown>;
    };
    const { build } = await import('esbuild');
    await build({ ...sharedOptions, sourcemap: false, entryPoints: { server: join(repoRoot, entryPoints.server) }, outdir, outExtension: { '.js': '.cjs' } } as never);
    process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
    return join(outdir, 'server.cjs');
  })();
  return built;
}

/** Builds left behind by test processes that are gone. */
function removeStaleBuilds(): void {
  let names: string[] = [];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name.split('-')[0]);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(join(cacheDir, name), { recursive: true, force: true });
    }
  }
}
