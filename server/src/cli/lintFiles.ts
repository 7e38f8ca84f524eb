import { applySafeFixes, lintDraft, type Diagnostic, type Locale } from '../engine/index.js';
import type { Project } from '../node/project.js';
import { resolve } from 'node:path';
import { readDraftFile } from './readDraftFile.js';

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
      /** Present when fixes changed the text (for --fix and --fix-dry-run). */
      fixed?: { original: string; text: string; bom: boolean };
    }
  | { kind: 'skipped'; path: string; reason: 'binary' | 'ignored' }
  | { kind: 'unreadable'; path: string; reason: string };

/** Safe fixes can enable one another; a few passes reach a fixed point without looping forever. */
const MAX_FIX_PASSES = 5;

export function lintText(path: string, text: string, project: Project, options: LintFileOptions, bom = false): FileResult {
  const context = project.contextFor(resolve(options.cwd, path));
  if (context.settings.ignored) return { kind: 'skipped', path, reason: 'ignored' };
  const lintOptions = {
    defaults: context.settings.defaults,
    severity: context.settings.severity,
    locale: options.locale ?? context.locale ?? options.fallbackLocale,
  };
  let result = lintDraft(text, context.rules.rules, lintOptions);
  if (!options.fix) return { kind: 'linted', path, diagnostics: result.diagnostics };
  let current = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { text: next, applied } = applySafeFixes(result);
    if (applied === 0 || next === current) break;
    current = next;
    result = lintDraft(current, context.rules.rules, lintOptions);
  }
  return {
    kind: 'linted',
    path,
    diagnostics: result.diagnostics,
    fixed: current === text ? undefined : { original: text, text: current, bom },
  };
}

export function lintFile(path: string, project: Project, options: LintFileOptions): FileResult {
  const absolute = resolve(options.cwd, path);
  if (project.contextFor(absolute).settings.ignored) return { kind: 'skipped', path, reason: 'ignored' };
  const read = readDraftFile(absolute);
  if (read.kind === 'binary') return { kind: 'skipped', path, reason: 'binary' };
  if (read.kind === 'error') return { kind: 'unreadable', path, reason: read.reason };
  return lintText(path, read.text, project, options, read.bom);
}
