import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../engine/index.js';
import { fingerprint } from '../node/fingerprint.js';
import { VERSION } from './version.js';

/**
 * What the cache keeps of one draft: hashes and a count, never text. Messages quote the draft
 * (“send me your password”), so a draft with findings is linted again on the next run; the cache
 * skips the drafts that were clean, which in CI is nearly all of them.
 */
interface CacheEntry {
  /** Hash of the draft's text. */
  content: string;
  /** Hash of everything else that decides the result: version, rules, settings, locale. */
  context: string;
  /** How many findings the draft had. */
  findings: number;
}

export interface CacheKey {
  /** Absolute path of the draft; stored relative to the cache file's folder. */
  path: string;
  content: string;
  context: string;
}

interface CacheFile {
  version: string;
  entries: Record<string, CacheEntry>;
}

export const DEFAULT_CACHE_FILE = '.msglintcache';
/** A cache larger than this is not read (a cold cache instead of reading a huge or endless file). */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * `--cache-location`: a folder (existing, or written with a trailing slash) holds `.msglintcache`,
 * anything else is the cache file itself (as ESLint does).
 */
export function cacheFileFor(location: string | undefined, cwd: string): string {
  if (location === undefined) return resolve(cwd, DEFAULT_CACHE_FILE);
  const absolute = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(absolute, DEFAULT_CACHE_FILE);
  try {
    if (statSync(absolute).isDirectory()) return join(absolute, DEFAULT_CACHE_FILE);
  } catch {
    // not there yet: a file
  }
  return absolute;
}

/**
 * `--cache`: which drafts were clean, keyed by path relative to the cache's folder (so a cache
 * restored in CI on another path still matches), valid while the draft's content and its
 * rules/config/locale are the same. A missing, corrupt or odd (not a regular file) cache is a cold cache.
 */
export class ResultCache {
  private data: CacheFile;
  private dirty = false;
  private readonly base: string;

  constructor(readonly location: string) {
    this.base = dirname(location);
    this.data = { version: VERSION, entries: Object.create(null) as Record<string, CacheEntry> };
    try {
      const stat = statSync(location);
      if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return;
      const parsed = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (parsed.version === VERSION && parsed.entries && typeof parsed.entries === 'object') {
        this.data.entries = Object.assign(Object.create(null) as Record<string, CacheEntry>, parsed.entries);
      }
    } catch {
      // cold cache
    }
  }

  static contextKey(parts: { rules: string; settings: unknown; locale: string }): string {
    return fingerprint(VERSION, parts.rules, JSON.stringify(parts.settings), parts.locale);
  }

  /** Identifies one draft's result: hashes its text once for both the lookup and the store. */
  static key(path: string, text: string, context: string): CacheKey {
    return { path, content: fingerprint(text), context };
  }

  /** The findings of an unchanged draft when it was clean (`[]`); undefined when it must be linted. */
  get(key: CacheKey): Diagnostic[] | undefined {
    const entry = this.data.entries[this.entryName(key.path)];
    if (!entry || entry.context !== key.context || entry.content !== key.content || entry.findings !== 0) return undefined;
    return [];
  }

  set(key: CacheKey, diagnostics: readonly Diagnostic[]): void {
    this.data.entries[this.entryName(key.path)] = { content: key.content, context: key.context, findings: diagnostics.length };
    this.dirty = true;
  }

  /**
   * Writes the cache through a temp file created exclusively (`wx`, owner-only) under an unpredictable
   * name, then renamed over the cache: a planted file or symlink at a guessable name is never written
   * through. Returns why it could not be written, or undefined.
   */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    // Only a regular file (or a symlink, replaced by one) is ever replaced: never a device, FIFO or folder.
    const existing = lstatOrUndefined(this.location);
    if (existing && !existing.isFile() && !existing.isSymbolicLink()) return 'not a regular file';
    const temp = join(this.base, `.${basename(this.location)}.${randomBytes(8).toString('hex')}.tmp`);
    let fd: number | undefined;
    let created = false;
    try {
      mkdirSync(this.base, { recursive: true });
      fd = openSync(temp, 'wx', 0o600);
      created = true;
      if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EINVAL' });
      writeSync(fd, JSON.stringify(this.data));
      closeSync(fd);
      fd = undefined;
      renameSync(temp, this.location);
      return undefined;
    } catch (error) {
      if (fd !== undefined) closeSync(fd);
      if (created) rmSync(temp, { force: true }); // never a file someone else put there

      return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    }
  }

  private entryName(absolute: string): string {
    return relative(this.base, absolute).split(sep).join('/');
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
