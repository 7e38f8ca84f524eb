// Builds the server bundle once per test process into a private folder under .cache/ (so parallel
// test files and other builds never read a half-written dist/). The folder sits inside the
// checkout, so the bundle finds rules/ and snippets/ next to package.json as dist/server.cjs does.
// It is the same esbuild configuration as `npm run build` (scripts/build.mjs), server entry only.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cacheDir = join(repoRoot, '.cache', 'lsp-test');

const built = new Map<string, Promise<string>>();

export function buildServer(): Promise<string> {
  return buildEntry('server');
}

/** The test-only server whose rule named by MSGLINT_TEST_FAULT_RULE throws (helpers/faultyServer.ts). */
export function buildFaultyServer(): Promise<string> {
  return buildEntry('faulty-server', join('tests', 'lsp', 'helpers', 'faultyServer.ts'));
}

function buildEntry(name: string, source?: string): Promise<string> {
  let pending = built.get(name);
  if (!pending) {
    pending = (async () => {
      removeStaleBuilds();
      const outdir = join(cacheDir, `${process.pid}-${Date.now()}-${name}`);
      mkdirSync(outdir, { recursive: true });
      const { entryPoints, sharedOptions } = (await import(join(repoRoot, 'scripts', 'build.mjs'))) as {
        entryPoints: Record<string, string>;
        sharedOptions: Record<string, unknown>;
      };
      const { build } = await import('esbuild');
      const entry = join(repoRoot, source ?? entryPoints.server);
      await build({ ...sharedOptions, sourcemap: false, entryPoints: { [name]: entry }, outdir, outExtension: { '.js': '.cjs' } } as never);
      process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
      return join(outdir, `${name}.cjs`);
    })();
    built.set(name, pending);
  }
  return pending;
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
