import { chmodSync, chownSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file changed on disk after msglint read it; writing would lose someone's edit. */
export class ChangedOnDiskError extends Error {}

/**
 * Replaces a file's content without ever leaving it half-written: write a temp file beside it,
 * check the original still holds what was read, then rename over it (atomic on one filesystem).
 */
export function writeFileSafely(path: string, content: Buffer, expectedOriginal: Buffer): void {
  // Through a symlink, replace the file it points to: renaming over the link would turn it into a copy.
  const target = realpathSync(path);
  const temp = join(dirname(target), `.${basename(target)}.msglint-${process.pid}.tmp`);
  const { mode, uid, gid } = statSync(target);
  // `wx`: never write through something already at the temp path (a stale file or a planted link).
  writeFileSync(temp, content, { flag: 'wx' });
  try {
    chmodSync(temp, mode);
    if (typeof process.getuid === 'function' && process.getuid() === 0) chownSync(temp, uid, gid); // root keeps the owner
    if (!readFileSync(target).equals(expectedOriginal)) {
      throw new ChangedOnDiskError(`${path} changed since it was read; not overwritten`);
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
