import { accessSync, constants, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const DRAFT_GLOB = '**/*.msg.md';
const SKIPPED_DIRS = ['**/node_modules/**', '**/.git/**'];

/** Thrown when an input matches nothing: a usage error (exit 2), never a silent clean run. */
export class NoMatchError extends Error {}

/** A folder under an input cannot be read: its drafts would be skipped silently, so the run stops (exit 2). */
export class UnreadableFolderError extends NoMatchError {}

/**
 * Files, folders (searched for *.msg.md) and globs → file paths as the user would write them,
 * in a stable order, without duplicates.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const found = await expandOne(input, cwd);
    if (found.length === 0) throw new NoMatchError(`no drafts match "${input}"`);
    files.push(...found);
  }
  // One draft named twice (`a.msg.md ./a.msg.md`, a folder and a glob) is linted, reported and
  // fixed once, under the first spelling: a second --fix of it would find it changed.
  // By real path: a draft reached through a symlinked folder too is still one draft.
  const seen = new Set<string>();
  const realPath = realPaths();
  return files.filter((file) => {
    const key = realPath(resolve(cwd, file));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function expandOne(input: string, cwd: string): Promise<string[]> {
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(resolve(cwd, input));
  } catch {
    stat = undefined;
  }
  // Not a folder (a file, or a FIFO or device given by name): the reader says what it is, never hangs.
  if (stat && !stat.isDirectory()) return [input];
  if (stat?.isDirectory()) {
    await assertFoldersReadable(resolve(cwd, input), input);
    const found = await glob(DRAFT_GLOB, { cwd: resolve(cwd, input), ignore: SKIPPED_DIRS, dot: false });
    return found.sort().map((file) => joinAsGiven(input, file));
  }
  // `\[abc\].msg.md`: a shell-escaped name of a file that exists is that file, not a glob matching nothing.
  const unescaped = process.platform === 'win32' ? input : input.replace(/\\(.)/g, '$1');
  if (unescaped !== input && existsAsFile(resolve(cwd, unescaped))) return [unescaped];
  if (isDynamicPattern(input)) {
    const found = await glob(input, { cwd, ignore: SKIPPED_DIRS, onlyFiles: true, expandDirectories: false });
    return found.sort();
  }
  throw new NoMatchError(`cannot find "${input}"`);
}

/** A folder or a glob (not a single file named): it may hold many drafts. */
export function mayHoldManyDrafts(input: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, input)).isDirectory();
  } catch {
    return isDynamicPattern(input);
  }
}

function joinAsGiven(dir: string, file: string): string {
  if (dir === '.' || dir === './') return file;
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

function existsAsFile(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Real paths, each folder's worked out once: a draft that is not itself a symlink is its real
 * folder plus its name. One lstat per draft instead of the system's realpath, which reads every
 * component of the path again (a readlink each: six per draft in bench/corpus). Only a key; never
 * shown or opened.
 */
function realPaths(): (path: string) => string {
  const folders = new Map<string, string>();
  const realFolder = (folder: string) => {
    let real = folders.get(folder);
    if (real === undefined) folders.set(folder, (real = realpathSync.native(folder)));
    return real;
  };
  return (path) => {
    try {
      return lstatSync(path).isSymbolicLink() ? realpathSync.native(path) : join(realFolder(dirname(path)), basename(path));
    } catch {
      return path;
    }
  };
}

/** The glob walker skips folders it cannot read without a word; they are looked for first. */
async function assertFoldersReadable(dir: string, input: string): Promise<void> {
  const folders = await glob('**', { cwd: dir, ignore: SKIPPED_DIRS, dot: false, onlyDirectories: true });
  for (const folder of ['', ...folders]) {
    try {
      accessSync(join(dir, folder), constants.R_OK | constants.X_OK);
    } catch (error) {
      const shown = folder === '' ? input : joinAsGiven(input, folder.replace(/\/$/, ''));
      throw new UnreadableFolderError(`cannot read folder "${shown}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
}
