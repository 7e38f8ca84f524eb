import { accessSync, constants, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
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
  const absolute = files.map((file) => resolve(cwd, file));
  const realPath = realPaths(absolute);
  return files.filter((_, i) => {
    const key = realPath(absolute[i]);
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
 * folder plus its name. Which drafts are symlinks comes from one listing of each folder that holds
 * many of them, else from an lstat each: the system's realpath reads every component of the path
 * again (six readlinks per draft in bench/corpus), and an lstat per draft cost 50–80 ms for the
 * 5,000 drafts of one folder, against 3–5 ms to list it. Only a key; never shown or opened.
 */
function realPaths(paths: readonly string[]): (path: string) => string {
  const perFolder = new Map<string, number>();
  for (const path of paths) perFolder.set(dirname(path), (perFolder.get(dirname(path)) ?? 0) + 1);
  const folders = new Map<string, string>();
  const realFolder = (folder: string) => {
    let real = folders.get(folder);
    if (real === undefined) folders.set(folder, (real = realpathSync.native(folder)));
    return real;
  };
  // Symlinks of each folder listed, by name; undefined: not listed (few drafts there, or it cannot be read).
  const linksIn = new Map<string, Set<string> | undefined>();
  const listedLinks = (folder: string) => {
    if (linksIn.has(folder)) return linksIn.get(folder);
    let links: Set<string> | undefined;
    if ((perFolder.get(folder) ?? 0) >= LIST_FOLDER_FROM) {
      try {
        links = new Set(
          readdirSync(folder, { withFileTypes: true })
            .filter((entry) => entry.isSymbolicLink())
            .map((entry) => entry.name),
        );
      } catch {
        links = undefined;
      }
    }
    linksIn.set(folder, links);
    return links;
  };
  return (path) => {
    try {
      const folder = dirname(path);
      const name = basename(path);
      const links = listedLinks(folder);
      const isLink = links ? links.has(name) : lstatSync(path).isSymbolicLink();
      return isLink ? realpathSync.native(path) : join(realFolder(folder), name);
    } catch {
      return path;
    }
  };
}

/** Drafts of one folder from which listing it costs less than an lstat each. */
const LIST_FOLDER_FROM = 32;

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
