import { resolve } from 'node:path';
import { fixDraft, lintDraft, type Diagnostic, type Locale } from '../engine/index.js';
import type { Project } from '../node/project.js';
import { readDraftFile, type DraftEncoding } from './readDraftFile.js';
import { ResultCache, type CacheKey } from './resultCache.js';

export interface LintFileOptions {
  /** Relative paths are read from here; results keep the path as given. */
  cwd: string;
  fix: boolean;
  locale?: Locale;
  fallbackLocale: Locale;
}

export type FileResult =
  | {
      kind: 'linted';
      path: string;
      diagnostics: Diagnostic[];
      /** Present when fixes changed the text (for --fix and --fix-dry-run); `count` fixes were applied. */
      fixed?: { original: string; text: string; bom: boolean; count: number; fixes: Diagnostic[]; encoding?: DraftEncoding };
    }
  | { kind: 'skipped'; path: string; reason: 'binary' | 'ignored' }
  | { kind: 'unreadable'; path: string; reason: string };

/** A draft read and waiting to be linted (in this thread or a worker). */
export interface LintJob {
  path: string;
  text: string;
  bom: boolean;
  /** How the file's bytes were decoded (UTF-8 when absent); fixes are written back the same way. */
  encoding?: DraftEncoding;
  /** With --cache: where the result is stored once linted. */
  cacheKey?: CacheKey;
}

export function lintText(
  path: string,
  text: string,
  project: Project,
  options: LintFileOptions,
  bom = false,
  encoding?: DraftEncoding,
): FileResult {
  const context = project.contextFor(resolve(options.cwd, path));
  if (context.settings.ignored) return { kind: 'skipped', path, reason: 'ignored' };
  const lintOptions = {
    defaults: context.settings.defaults,
    severity: context.settings.severity,
    locale: localeFor(project, path, options),
  };
  const result = lintDraft(text, context.rules.rules, lintOptions);
  if (!options.fix) return { kind: 'linted', path, diagnostics: result.diagnostics };
  const fixed = fixDraft(text, context.rules.rules, lintOptions, result);
  return {
    kind: 'linted',
    path,
    diagnostics: fixed.result.diagnostics,
    fixed:
      fixed.text === text
        ? undefined
        : {
            original: text,
            text: fixed.text,
            bom,
            count: fixed.applied,
            fixes: fixed.fixes,
            ...(encoding && encoding !== 'utf8' ? { encoding } : {}),
          },
  };
}

function localeFor(project: Project, path: string, options: LintFileOptions): Locale {
  return options.locale ?? project.contextFor(resolve(options.cwd, path)).locale ?? options.fallbackLocale;
}

/**
 * Reads a file and decides whether it needs linting: skipped (ignored, binary), unreadable,
 * answered from the cache, or a job for a linting thread.
 */
export function prepareFile(path: string, project: Project, options: LintFileOptions, cache?: ResultCache): FileResult | LintJob {
  const absolute = resolve(options.cwd, path);
  const context = project.contextFor(absolute);
  if (context.settings.ignored) return { kind: 'skipped', path, reason: 'ignored' };
  const read = readDraftFile(absolute);
  if (read.kind === 'binary') return { kind: 'skipped', path, reason: 'binary' };
  if (read.kind === 'error') return { kind: 'unreadable', path, reason: read.reason };
  const cacheKey = cache && ResultCache.key(absolute, read.text, cacheContext(project, path, options));
  if (cacheKey && !options.fix) {
    const cached = cache!.get(cacheKey);
    if (cached) return { kind: 'linted', path, diagnostics: cached };
  }
  return { path, text: read.text, bom: read.bom, ...(read.encoding !== 'utf8' ? { encoding: read.encoding } : {}), cacheKey };
}

function cacheContext(project: Project, path: string, options: LintFileOptions): string {
  const context = project.contextFor(resolve(options.cwd, path));
  return ResultCache.contextKey({
    rules: context.rules.fingerprint,
    settings: context.settings,
    locale: localeFor(project, path, options),
  });
}

export function isJob(item: FileResult | LintJob): item is LintJob {
  return !('kind' in item);
}
