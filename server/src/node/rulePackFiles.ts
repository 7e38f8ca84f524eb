import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadRulePack, type LoadedPack, type LoadOptions } from '../engine/index.js';
import { BUILTIN_PACK_OPTIONS } from '../shared/ruleDocs.js';
import { readBuiltinSnapshot } from './builtinSnapshot.js';
import { fingerprint } from './fingerprint.js';
import { moduleDir } from './moduleDir.js';
import { readRegularTextFile } from './readRegularFile.js';

/** Refused before reading; the pack's own limits (patterns, phrases, characters) are checked on load. */
export const MAX_PACK_BYTES = 1024 * 1024;

/** `*.yaml` / `*.yml` files of a pack path (a file, or a folder of packs), sorted for a stable order. */
export function packFiles(path: string): string[] {
  const stat = statSync(path);
  // Anything but a folder is read as one pack: the reader refuses what is not a regular file.
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join(path, name));
}

/** Loads packs from files or folders; unreadable paths become located errors, never exceptions. */
export function loadPackPaths(paths: readonly string[], options: LoadOptions = {}): LoadedPack[] {
  const packs: LoadedPack[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = packFiles(path);
    } catch (error) {
      packs.push(unreadable(path, error));
      continue;
    }
    for (const file of files) {
      try {
        const source = readRegularTextFile(file, MAX_PACK_BYTES);
        packs.push({ ...loadRulePack(source, file, options), fingerprint: fingerprint(source) });
      } catch (error) {
        packs.push(unreadable(file, error));
      }
    }
  }
  return packs;
}

function unreadable(path: string, error: unknown): LoadedPack {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return { path, rules: [], errors: [{ path, line: 1, column: 1, start: 0, end: 1, message: `cannot read rule pack (${reason})` }] };
}

let builtinDir: string | undefined;

/**
 * The built-in packs' folder: the first folder, walking up from this module, that holds a
 * package.json and a `rules/` folder. Works from the sources, from dist/ and inside the VS Code extension.
 */
export function builtinRulesDir(): string {
  if (builtinDir) return builtinDir;
  for (let dir = moduleDir(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) return (builtinDir = resolve(dir, 'rules'));
    if (dirname(dir) === dir) throw new Error('msglint: built-in rules folder not found next to the installation');
  }
}

let builtinPacks: LoadedPack[] | undefined;

/** The built-in packs: from the build-time snapshot when it matches the pack files, else from YAML. */
export function loadBuiltinPacks(): LoadedPack[] {
  if (builtinPacks) return builtinPacks;
  const dir = builtinRulesDir();
  builtinPacks = readBuiltinSnapshot(dir, moduleDir()) ?? loadPackPaths([dir], BUILTIN_PACK_OPTIONS);
  return builtinPacks;
}
