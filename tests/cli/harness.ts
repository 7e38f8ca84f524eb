// Runs the CLI as a real child process. Every test file shares one esbuild bundle of the CLI, made
// with the project's own build options and keyed by a hash of the sources (rebuilt only when they change).
// The bundle lives in a folder with its own package.json and rules/ holding only the front-matter
// pack: the built-in detection packs are still being written, and a half-written one stops every run
// (exit 2), so CLI tests use the test pack instead. `npm run msglint -- examples` runs the real set.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const PACKS_DIR = join(FIXTURES, 'packs');
export const TEST_PACK = join(PACKS_DIR, 'test-pack.yaml');
const FRONT_MATTER_PACK = join(ROOT, 'rules/front-matter.yaml');

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'server/src'));
  hash.update(readFileSync(join(ROOT, 'scripts/build.mjs')));
  hash.update(readFileSync(FRONT_MATTER_PACK));
  return hash.digest('hex').slice(0, 16);
}

let bundle: string | undefined;

/** The CLI bundle for the current sources (under node_modules/.cache, so built-in rules are found by walking up). */
export async function cliBundle(): Promise<string> {
  if (bundle) return bundle;
  const cache = join(ROOT, 'node_modules/.cache/msglint-tests');
  const dir = join(cache, sourceHash());
  const file = join(dir, 'cli.cjs');
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    const { build } = await import('esbuild');
    const { sharedOptions } = (await import(pathToFileURL(join(ROOT, 'scripts/build.mjs')).href)) as { sharedOptions: object };
    const temp = mkdtempSync(join(cache, 'build-'));
    chmodSync(temp, 0o755); // readable by the unprivileged user some tests run as
    writeFileSync(join(temp, 'package.json'), '{ "name": "msglint-test-bundle", "private": true }\n');
    mkdirSync(join(temp, 'rules'));
    copyFileSync(FRONT_MATTER_PACK, join(temp, 'rules/front-matter.yaml'));
    await build({
      ...sharedOptions,
      logLevel: 'silent',
      entryPoints: { cli: join(ROOT, 'server/src/cli/bin.ts') },
      outdir: temp,
      outExtension: { '.js': '.cjs' },
    });
    try {
      renameSync(temp, dir); // atomic: a concurrent test file may have won the race, which is fine
    } catch {
      rmSync(temp, { recursive: true, force: true });
    }
    // Old bundles go, but not recent ones: another test run may still be using one.
    for (const old of readdirSync(cache)) {
      const path = join(cache, old);
      if (path !== dir && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
    }
  }
  return (bundle = file);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  /** Modules to `--require` before the CLI (e.g. a network trap). */
  preload?: string[];
}

/** `msglint ...args` as a child process, with a plain environment (no TTY, English messages). */
export async function runCli(args: string[], options: RunOptions & { uid?: number } = {}): Promise<CliRun> {
  const file = await cliBundle();
  const nodeArgs = [...(options.preload ?? []).flatMap((p) => ['--require', p]), file, ...args];
  const result = spawnSync(process.execPath, nodeArgs, {
    cwd: options.cwd ?? ROOT,
    input: options.stdin ?? '',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `.msglintrc.yaml` text that loads the test pack, with severity overrides and any extra YAML. */
export function isolatingConfig(extra = '', severity: Record<string, string> = {}): string {
  const lines = Object.entries(severity).map(([k, v]) => `  ${k}: ${v}`);
  return [`rulePacks: [${JSON.stringify(TEST_PACK)}]`, ...(lines.length > 0 ? ['severity:', ...lines] : []), extra].join('\n') + '\n';
}

/** A temporary folder holding the given files (text or bytes); `.msglintrc.yaml` defaults to the isolating config. */
// Each test file removes its workspaces when it is done (the hook is registered on the file that imports this).
const workspaces: string[] = [];
afterAll(() => {
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function workspace(files: Record<string, string | Buffer>, config: string | false = isolatingConfig()): string {
  const dir = mkdtempSync(join(tmpdir(), 'msglint-test-'));
  workspaces.push(dir); // removed when the test process exits
  const all = config === false ? files : { '.msglintrc.yaml': config, ...files };
  for (const [name, content] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export interface JsonOutput {
  files: {
    path: string;
    diagnostics: {
      ruleId: string;
      severity: string;
      message: string;
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
      fix?: { title: string; safe: boolean; edits: { range: unknown; newText: string }[] };
      link?: string;
    }[];
  }[];
}
