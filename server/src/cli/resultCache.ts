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

  get(path: string, text: string, context: string): Diagnostic[] | undefined {
    const entry = this.data.entries[path];
    if (!entry || entry.context !== context || entry.content !== fingerprint(text)) return undefined;
    return entry.diagnostics;
  }

  set(path: string, text: string, context: string, diagnostics: Diagnostic[]): void {
    this.data.entries[path] = { content: fingerprint(text), context, diagnostics };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    const temp = join(dirname(this.location), `.${basename(this.location)}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(this.data));
    renameSync(temp, this.location);
  }
}
