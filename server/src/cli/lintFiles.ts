import { resolve } from 'node:path';
import {
  fixDraft,
  lintDraft,
  lintDrafts,
  withRuleTimeouts,
  type CompiledRule,
  type Diagnostic,
  type LintOptions,
  type Locale,
} from '../engine/index.js';
import type { Project } from '../node/project.js';
import { DEFAULT_RULE_TIMEOUT_MS, runInOneWindow, runWithinBudget, switchedOff, type BudgetTask } from '../node/ruleBudget.js';
import { readDraftFile, type DraftEncoding } from './readDraftFile.js';
import { ResultCache, type CacheKey } from './resultCache.js';

export interface LintFileOptions {
  /** Relative paths are read from here; results keep the path as given. */
  cwd: string;
  fix: boolean;
  locale?: Locale;
  fallbackLocale: Locale;
  /** Per-rule time budget per draft, in ms (`--rule-timeout`; 0: none). Default DEFAULT_RULE_TIMEOUT_MS. */
  ruleTimeoutMs?: number;
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

/**
 * Lints drafts already read, each rule within the time budget (a rule that overruns is switched off
 * for that draft and reported as `msglint/rule-timeout`). Results go to `done` in order.
 */
export function lintJobs(
  jobs: readonly { index: number; job: LintJob }[],
  project: Project,
  options: LintFileOptions,
  done: (index: number, result: FileResult) => void,
): void {
  const budget = options.ruleTimeoutMs ?? DEFAULT_RULE_TIMEOUT_MS;
  // Configs and packs are loaded and compiled before the timed window (a worker's first batch
  // compiles them): only linting is ever interrupted, never a cache being filled.
  for (const { job } of jobs) project.contextFor(resolve(options.cwd, job.path));
  // Without --fix, the batch is linted rule by rule in one window; if a rule runs away (or the
  // batch is slow), the window closes and the drafts are linted one by one below.
  const batch = options.fix ? undefined : runInOneWindow(() => lintBatch(jobs, project, options), budget);
  if (batch) {
    for (let i = 0; i < jobs.length; i++) done(jobs[i].index, batch[i]);
    return;
  }
  const tasks: BudgetTask<FileResult>[] = jobs.map(({ job }) => ({
    run: (onRuleStart, off) => lintText(job.path, job.text, project, options, job.bom, job.encoding, { onRuleStart, off }),
    ruleId: (i) => project.contextFor(resolve(options.cwd, job.path)).rules.rules[i].definition.id,
  }));
  runWithinBudget(tasks, budget, (i, result, timedOut) => {
    if (timedOut.length > 0 && result.kind === 'linted') {
      const locale = localeFor(project, jobs[i].job.path, options);
      result = { ...result, diagnostics: withRuleTimeouts(result.diagnostics, timedOut, budget, locale) };
    }
    done(jobs[i].index, result);
  });
}

/** `lintText` of each job (without --fix), the drafts that share rules linted together (`lintDrafts`). */
function lintBatch(jobs: readonly { job: LintJob }[], project: Project, options: LintFileOptions): FileResult[] {
  const results: FileResult[] = new Array(jobs.length);
  const groups = new Map<readonly CompiledRule[], { at: number; text: string; options: LintOptions }[]>();
  for (let at = 0; at < jobs.length; at++) {
    const { job } = jobs[at];
    const context = project.contextFor(resolve(options.cwd, job.path));
    if (context.settings.ignored) {
      results[at] = { kind: 'skipped', path: job.path, reason: 'ignored' };
      continue;
    }
    const group = groups.get(context.rules.rules) ?? [];
    groups.set(context.rules.rules, group);
    group.push({ at, text: job.text, options: lintOptionsFor(project, job.path, options) });
  }
  for (const [rules, group] of groups) {
    const linted = lintDrafts(group, rules);
    for (let i = 0; i < group.length; i++) {
      const { at } = group[i];
      results[at] = { kind: 'linted', path: jobs[at].job.path, diagnostics: linted[i].diagnostics };
    }
  }
  return results;
}

export function lintText(
  path: string,
  text: string,
  project: Project,
  options: LintFileOptions,
  bom = false,
  encoding?: DraftEncoding,
  budget?: { onRuleStart: (ruleIndex: number) => void; off: readonly string[] },
): FileResult {
  const context = project.contextFor(resolve(options.cwd, path));
  if (context.settings.ignored) return { kind: 'skipped', path, reason: 'ignored' };
  const lintOptions = { ...lintOptionsFor(project, path, options, budget?.off), onRuleStart: budget?.onRuleStart };
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

/** The engine's options for a draft at `path`: its config's defaults and severities, and its locale. */
function lintOptionsFor(project: Project, path: string, options: LintFileOptions, off: readonly string[] = []): LintOptions {
  const { settings } = project.contextFor(resolve(options.cwd, path));
  // Rules that overran their budget on this draft are switched off for it.
  return { defaults: settings.defaults, severity: switchedOff(settings.severity, off), locale: localeFor(project, path, options) };
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
