import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads a whole file only if it is a regular file no bigger than `maxBytes`. The file is opened
 * non-blocking (a FIFO would otherwise block the open forever) and checked with fstat on the open
 * descriptor, so a symlink to /dev/zero or a FIFO is refused before a single byte is read.
 */
export function readRegularFile(path: string, maxBytes: number): { bytes: Buffer } | { error: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { error: e.code === 'EISDIR' ? 'is a folder' : (e.code ?? e.message) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: 'is a folder' };
    if (!stat.isFile()) return { error: 'not a regular file' };
    if (stat.size > maxBytes) return { error: `larger than ${formatBytes(maxBytes)}` };
    // Read up to one byte past the limit: a file that grows while being read is still bounded.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const wanted = buffer.length - length;
      const n = readSync(fd, buffer, length, wanted, null);
      if (n === 0) break;
      length += n;
      // More than fstat said: the file grew while being read.
      if (length === buffer.length)
        return { error: length > maxBytes ? `larger than ${formatBytes(maxBytes)}` : 'changed while it was read' };
      // Every byte fstat promised, and a read that stopped short of the one more it asked for: the
      // end of a regular file. No read to hear it again (one system call in five, per draft).
      if (length === stat.size && n < wanted) break;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { error: e.code ?? e.message };
  } finally {
    closeSync(fd);
  }
}

/** A regular file's text (UTF-8), or throws an Error whose message is the reason (for config and pack readers). */
export function readRegularTextFile(path: string, maxBytes: number): string {
  const read = readRegularFile(path, maxBytes);
  if ('error' in read) {
    const code = read.error === 'is a folder' ? 'EISDIR' : read.error;
    throw Object.assign(new Error(code), { code });
  }
  return read.bytes.toString('utf8');
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${n / (1024 * 1024)} MB` : `${Math.round(n / 1024)} KB`;
}
