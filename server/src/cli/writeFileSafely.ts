import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  chownSync,
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
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
 * - normally a temp file (exclusive create, random name) renamed over it, atomic on one filesystem,
 *   with owner, group and mode (setuid too) copied first;
 * - written in place instead when a rename would split a hard link or change the owner or group.
 *   Extended attributes (ACLs) are not copied to the temp file: Node has no API for them, and msglint
 *   starts no child processes (see tests/hardening/privacy.test.ts);
 * - immediately before the rename (or the in-place write) the file must still be the same inode with
 *   the same size, times and content as what was read; an edit landing after that check, in the
 *   replaced inode, is detected afterwards and put back. Never a silent overwrite.
 */
export function writeFileSafely(path: string, content: Buffer, expectedOriginal: Buffer, options: WriteSafelyOptions = {}): void {
  const target = checkedTarget(path, options);
  const fd = openSync(target, 'r');
  try {
    const before = fstatSync(fd, { bigint: true });
    if (!before.isFile()) throw new RefusedWriteError(`not a regular file; not fixed`);
    if ((before.mode & 0o222n) === 0n || !writable(target)) throw new RefusedWriteError(`read-only; not fixed`);
    if (mustWriteInPlace(before)) writeInPlace(path, target, content, expectedOriginal);
    else replaceByRename(path, target, fd, before, content, expectedOriginal);
  } finally {
    closeSync(fd);
  }
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

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** A new file would be a different file: another hard link would keep the old text, or the owner would change. */
function mustWriteInPlace(stat: BigIntStats): boolean {
  if (stat.nlink > 1n) return true;
  if (isRoot() || typeof process.getuid !== 'function') return false;
  return Number(stat.uid) !== process.getuid() || Number(stat.gid) !== process.getegid!();
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

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.msglint-${randomBytes(8).toString('hex')}.tmp`);
}

function replaceByRename(path: string, target: string, fd: number, stat: BigIntStats, content: Buffer, expected: Buffer): void {
  const temp = tempPathFor(target);
  // `wx`: never through something already at the temp path (a planted link); the name is unguessable anyway.
  writeFileSync(temp, content, { flag: 'wx', mode: 0o600 });
  let renamed = false;
  try {
    if (isRoot()) chownSync(temp, Number(stat.uid), Number(stat.gid)); // before chmod: chown clears setuid
    chmodSync(temp, Number(stat.mode & 0o7777n));
    const checked = assertUnchanged(path, target, fd, expected);
    renameSync(temp, target);
    renamed = true;
    // An append that reached the old inode between the check and the rename is only in `fd` now.
    // (Not ctime: the rename itself changes it, by unlinking the old inode.)
    const late = fstatSync(fd, { bigint: true });
    if (late.size !== checked.size || late.mtimeNs !== checked.mtimeNs) restoreLateEdit(path, target, fd, content);
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Someone wrote to the file in the instant between the last check and the rename. Their text is in
 * the replaced inode (still open); whatever was appended since to the new file follows it. Put that
 * back in place of the fix and report the draft as changed.
 */
function restoreLateEdit(path: string, target: string, oldFd: number, fixed: Buffer): never {
  const edited = readAll(oldFd);
  const fd = openSync(target, 'r+');
  try {
    const now = readAll(fd);
    const tail = now.subarray(0, fixed.length).equals(fixed) ? now.subarray(fixed.length) : now;
    const restored = Buffer.concat([edited, tail]);
    writeSync(fd, restored, 0, restored.length, 0);
    ftruncateSync(fd, restored.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  throw new ChangedOnDiskError(`${path} changed while it was being fixed; the edit was kept, not fixed`);
}

/** Keeps the inode (hard links, owner, xattrs): check, then overwrite and truncate. Not atomic against a crash. */
function writeInPlace(path: string, target: string, content: Buffer, expected: Buffer): void {
  const fd = openSync(target, constants.O_RDWR | (constants.O_NOFOLLOW ?? 0));
  try {
    assertUnchanged(path, target, fd, expected);
    writeSync(fd, content, 0, content.length, 0);
    ftruncateSync(fd, content.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
