import { createHash } from 'node:crypto';

/** A short content hash, for cache keys. */
export function fingerprint(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
