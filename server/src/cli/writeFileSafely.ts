import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

/** The file changed on disk after msglint read it; writing would lose someone's edit. */
export class ChangedOnDiskError extends Error {}

/** msglint will not write this file (outside the project, not a regular file, read-only); the message says why. */
export class RefusedWriteError extends Error {}

export interface WriteSafelyOptions {
  /** Writes stay inside this folder (after resolving symlinks). Default: no containment check. */
  root?: string;
  /** Write through symlinks whose target is outside `root`. */
  followSymlinks?: boolean;
}

/**
 * Replaces a file's content without losing anyone's edit or anything about the file:
 * - only a regular file, inside `root` once symlinks are resolved, and not read-only;
 * - always written in place (the same inode), so everything about the file stays as it was: owner,
 *   group, mode (setuid too), hard links, extended attributes, ACLs and security labels. (Node has
 *   no API to copy xattrs or ACLs to a new file, and msglint starts no child processes, see
 *   tests/hardening/privacy.test.ts; nor can it tell whether a file has any.)
 * - crash-safe: before the first byte is overwritten, a backup of the original (exclusive create,
 *   random name, beside the file, mode 600) is written and fsynced; it is removed only once the new
 *   content is fsynced. A crash in between leaves the original in `.NAME.msglint-<random>.tmp`.
 * - immediately before writing, the file must still be the same inode with the same size, times and
 *   content as what was read; an append landing after that check, while the file is being written,
 *   is detected by its size and kept (the original content is put back in front of it). Never a
 *   silent overwrite.
 */
export function writeFileSafely(path: string, content: Buffer, expectedOriginal: Buffer, options: WriteSafelyOptions = {}): void {
  const target = checkedTarget(path, options);
  const fd = openSync(target, 'r');
  try {
    const before = fstatSync(fd, { bigint: true });
    if (!before.isFile()) throw new RefusedWriteError(`not a regular file; not fixed`);
    if ((before.mode & 0o222n) === 0n || !writable(target)) throw new RefusedWriteError(`read-only; not fixed`);
  } finally {
    closeSync(fd);
  }
  writeInPlace(path, target, content, expectedOriginal);
}

/** The real file behind `path`, refused when it is outside the root (a cloned repo's link to ~/.bashrc). */
function checkedTarget(path: string, options: WriteSafelyOptions): string {
  const target = realpathSync(path);
  if (options.root === undefined || options.followSymlinks) return target;
  const root = realpathSync(options.root);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    const via = lstatSync(path).isSymbolicLink() ? 'is a symlink to' : 'resolves to';
    throw new RefusedWriteError(`${via} ${target}, outside ${root}; not fixed (--follow-symlinks allows it)`);
  }
  return target;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

function readAll(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let position = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 16);
    const n = readSync(fd, chunk, 0, chunk.length, position);
    if (n === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, n));
    position += n;
  }
}

/** Same inode, same size and times, same bytes as what was read; throws otherwise. Returns the stat it checked. */
function assertUnchanged(path: string, target: string, fd: number, expected: Buffer): BigIntStats {
  const before = fstatSync(fd, { bigint: true });
  const bytes = readAll(fd);
  const after = fstatSync(fd, { bigint: true });
  const atPath = lstatSync(target, { bigint: true });
  if (!sameFile(before, after) || atPath.ino !== after.ino || atPath.dev !== after.dev || !bytes.equals(expected)) {
    throw new ChangedOnDiskError(`${path} changed since it was read; not overwritten`);
  }
  return after;
}

function backupPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.msglint-${randomBytes(8).toString('hex')}.tmp`);
}

/** Check, back up, overwrite, fsync, drop the backup. See writeFileSafely. */
function writeInPlace(path: string, target: string, content: Buffer, expected: Buffer): void {
  const backup = backupPathFor(target);
  // `wx`: never through something already at that path (a planted link); the name is unguessable anyway.
  writeFileSync(backup, expected, { flag: 'wx', mode: 0o600, flush: true });
  let keepBackup = false;
  try {
    const fd = openSync(target, constants.O_RDWR | (constants.O_NOFOLLOW ?? 0));
    try {
      const size = Number(assertUnchanged(path, target, fd, expected).size);
      // First only the bytes the original already had: an append since the check lies past them.
      const head = Math.min(size, content.length);
      try {
        writeAll(fd, content, 0, head);
        if (Number(fstatSync(fd, { bigint: true }).size) !== size) {
          // Someone appended while msglint wrote: their text follows the original again.
          writeAll(fd, expected, 0, head);
          fsyncSync(fd);
          throw new ChangedOnDiskError(`${path} changed while it was being fixed; the edit was kept, not fixed`);
        }
        if (content.length > size) writeAll(fd, content, size, content.length - size);
        else if (content.length < size) ftruncateSync(fd, content.length);
        fsyncSync(fd);
      } catch (error) {
        if (error instanceof ChangedOnDiskError) throw error;
        // A failed write (disk full, I/O error): put the original back; if even that fails, the backup stays.
        try {
          writeAll(fd, expected, 0, size);
          ftruncateSync(fd, size);
          fsyncSync(fd);
        } catch {
          keepBackup = true;
          throw new Error(`${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; the original is in ${backup}`);
        }
        throw error;
      }
    } finally {
      closeSync(fd);
    }
  } finally {
    if (!keepBackup) {
      try {
        unlinkSync(backup);
      } catch {
        // already gone
      }
    }
  }
}

function writeAll(fd: number, buffer: Buffer, offset: number, length: number): void {
  let done = 0;
  while (done < length) done += writeSync(fd, buffer, offset + done, length - done, offset + done);
}
