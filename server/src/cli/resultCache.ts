import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { Diagnostic } from '../engine/index.js';
import { fingerprint } from '../node/fingerprint.js';
import { VERSION } from './version.js';

interface CacheEntry {
  /** Hash of the draft's bytes. */
  content: string;
  /** Hash of everything else that decides the result: version, rules, settings, locale. */
  context: string;
  diagnostics: Diagnostic[];
}

export interface CacheKey {
  path: string;
  content: string;
  context: string;
}

interface CacheFile {
  version: string;
  entries: Record<string, CacheEntry>;
}

/**
 * `--cache`: results of unchanged drafts, keyed by absolute path, valid while the draft's content
 * and its rules/config/locale are the same (like ESLint's and cspell's content-hash caches).
 * A missing or corrupt cache file is simply a cold cache.
 */
export class ResultCache {
  private data: CacheFile;
  private dirty = false;

  constructor(readonly location: string) {
    this.data = { version: VERSION, entries: {} };
    try {
      const parsed = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      if (parsed.version === VERSION && parsed.entries && typeof parsed.entries === 'object') this.data = parsed;
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

  get(key: CacheKey): Diagnostic[] | undefined {
    const entry = this.data.entries[key.path];
    if (!entry || entry.context !== key.context || entry.content !== key.content) return undefined;
    return entry.diagnostics;
  }

  set(key: CacheKey, diagnostics: Diagnostic[]): void {
    this.data.entries[key.path] = { content: key.content, context: key.context, diagnostics };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    const temp = join(dirname(this.location), `.${basename(this.location)}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(this.data));
    renameSync(temp, this.location);
  }
}
