import { parseDraft, type Draft, type DraftDefaults } from '../draft/parseDraft.js';
import { applyFixes } from '../fixes/applyFixes.js';
import { ruleApplies, type CompiledRule } from '../rules/compiledRule.js';
import { DEFAULT_MAX_LENGTH, type Diagnostic, type Locale, type Localized, type RawFinding } from '../types.js';
import { lazyFix } from './lazyFix.js';
import { formatMessage } from './messages.js';
import { resolveSeverity, type SeverityOverrides } from './severity.js';
import { readSuppressions, type Suppressions } from './suppression.js';
import { closestName } from './closestName.js';
import { endBatchMemory, withBatchMemory } from '../text/recentResults.js';

export interface LintOptions {
  defaults?: DraftDefaults;
  severity?: SeverityOverrides;
  /** Language of the messages (not of the draft: fixes follow the draft's language). */
  locale?: Locale;
  /** Drafts longer than this (UTF-16 units) get one notice instead of a full lint. */
  maxLength?: number;
  /** Called when a rule throws; the adapter logs it (never with draft text). */
  onRuleError?: (ruleId: string, error: unknown) => void;
  /**
   * Called just before each rule runs, with its index in `rules`: an adapter's watchdog uses it to
   * tell which rule overran its time budget (server/src/node/ruleBudget.ts). Cheap; optional.
   */
  onRuleStart?: (ruleIndex: number) => void;
}

export interface LintResult {
  draft: Draft;
  diagnostics: Diagnostic[];
}

export { DEFAULT_MAX_LENGTH };

const TOO_LARGE: Localized = {
  en: 'This draft is too large to check ({size} characters; the limit is {limit}). Split it into separate drafts.',
  zh: '草稿过大（{size} 个字符，上限 {limit}），未检查。请拆分为多个草稿。',
};
const UNKNOWN_RULE: Localized = {
  en: 'No rule or category “{name}” to disable{suggestion}.',
  zh: '没有可停用的规则或类别“{name}”{suggestion}。',
};
const DID_YOU_MEAN: Localized = { en: ' (did you mean “{name}”?)', zh: '（是不是“{name}”？）' };
const INTERNAL_ERROR: Localized = {
  en: 'Rule {rule} failed on this draft and was skipped. Please report it.',
  zh: '规则 {rule} 在此草稿上出错，已跳过。请报告此问题。',
};

/** Lints one draft with a set of compiled rules. Never throws for any input text. */
export function lintDraft(text: string, rules: readonly CompiledRule[], options: LintOptions = {}): LintResult {
  endBatchMemory(); // one draft at a time: the last few answers serve it
  const lint = beginLint(text, options);
  if (!('draft' in lint)) return lint.result;
  for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++) runRule(lint, rules, ruleIndex);
  return finishLint(lint, rules);
}

/**
 * Lints several drafts with one set of rules: the same results as `lintDraft` on each, in order,
 * but rule by rule across the drafts, so each rule's code, patterns and tables serve the whole
 * batch while they are in the processor's caches (batches of 32: about 10% less time on the dense
 * corpus). For many drafts at once (the CLI's batches); an editor lints one draft at a time.
 */
export function lintDrafts(drafts: readonly { text: string; options?: LintOptions }[], rules: readonly CompiledRule[]): LintResult[] {
  return withBatchMemory(() => {
    const lints = drafts.map(({ text, options }) => beginLint(text, options ?? {}));
    for (let ruleIndex = 0; ruleIndex < rules.length; ruleIndex++)
      for (const lint of lints) if ('draft' in lint) runRule(lint, rules, ruleIndex);
    return lints.map((lint) => ('draft' in lint ? finishLint(lint, rules) : lint.result));
  });
}

/** A lint under way: the parsed draft and the diagnostics so far. */
interface Lint {
  text: string;
  draft: Draft;
  options: LintOptions;
  locale: Locale;
  suppressions: Suppressions;
  eol: string;
  diagnostics: Diagnostic[];
}

/** Parses the draft (or answers at once for one too large to check). */
function beginLint(text: string, options: LintOptions): Lint | { result: LintResult } {
  const locale = options.locale ?? 'en';
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    const draft = parseDraft('', options.defaults);
    const message = formatMessage(TOO_LARGE, locale, { size: String(text.length), limit: String(maxLength) });
    return {
      result: {
        draft,
        diagnostics: [{ ruleId: 'msglint/too-large', severity: 'info', message, range: zeroRange(), offsets: { start: 0, end: 0 } }],
      },
    };
  }
  const draft = parseDraft(text, options.defaults);
  // Line breaks in fix text follow the draft: CRLF if it has any, a lone CR if that is all it uses.
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  return { text, draft, options, locale, suppressions: readSuppressions(draft), eol, diagnostics: [] };
}

/** Runs one rule on the draft and records its findings as diagnostics. */
function runRule(lint: Lint, rules: readonly CompiledRule[], ruleIndex: number): void {
  const { text, draft, options, locale, suppressions, eol, diagnostics } = lint;
  const rule = rules[ruleIndex];
  const { definition } = rule;
  const severity = resolveSeverity(definition.id, rule.category, definition.severity, options.severity ?? {});
  if (severity === 'off' || !ruleApplies(definition, draft)) return;
  let findings: RawFinding[];
  try {
    options.onRuleStart?.(ruleIndex);
    findings = rule.run(draft);
  } catch (error) {
    options.onRuleError?.(definition.id, error);
    diagnostics.push({
      ruleId: 'msglint/internal-error',
      severity: 'warning',
      message: formatMessage(INTERNAL_ERROR, locale, { rule: definition.id }),
      range: zeroRange(),
      offsets: { start: 0, end: 0 },
    });
    return;
  }
  for (const finding of findings) {
    if (suppressions.isSuppressed(definition.id, finding.start)) continue;
    const start = clamp(finding.start, text);
    const end = Math.max(start, clamp(Math.max(finding.end, finding.start), text));
    diagnostics.push({
      ruleId: definition.id,
      severity,
      message: formatMessage(finding.message ?? definition.message, locale, finding.params),
      range: draft.lines.rangeOf(start, end),
      offsets: { start, end },
      fix: finding.fix && lazyFix(finding.fix, draft.lines, eol),
      ...(definition.link ? { link: definition.link } : {}),
    });
  }
}

/** Adds the warnings about unknown directive names and puts the diagnostics in order. */
function finishLint(lint: Lint, rules: readonly CompiledRule[]): LintResult {
  const { draft, diagnostics, suppressions, locale, options } = lint;
  diagnostics.push(...unknownDirectiveNames(suppressions.names, rules, draft, locale, options.severity ?? {}));
  diagnostics.sort(byPosition);
  return { draft, diagnostics };
}

/**
 * Position, then rule id by UTF-16 code units: the same order on every machine (`localeCompare`
 * follows the host's locale, and its first call loads ICU's collator, ~10 ms of the first lint).
 */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.offsets.start - b.offsets.start || a.offsets.end - b.offsets.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export const RULE_TIMEOUT_ID = 'msglint/rule-timeout';
const RULE_TIMEOUT: Localized = {
  en: 'Rule {rule} took longer than {seconds} s on this draft and was stopped; the draft was checked without it.',
  zh: '规则 {rule} 在此草稿上运行超过 {seconds} 秒，已停止；草稿已在不运行该规则的情况下检查。',
};

/**
 * The diagnostics of a lint that ran with `ruleIds` switched off because each overran its time
 * budget: one `msglint/rule-timeout` warning per rule, at the start of the draft, in order.
 */
export function withRuleTimeouts(
  diagnostics: readonly Diagnostic[],
  ruleIds: readonly string[],
  budgetMs: number,
  locale: Locale = 'en',
): Diagnostic[] {
  if (ruleIds.length === 0) return [...diagnostics];
  const seconds = String(Math.round(budgetMs / 100) / 10);
  const timeouts: Diagnostic[] = ruleIds.map((rule) => ({
    ruleId: RULE_TIMEOUT_ID,
    severity: 'warning',
    message: formatMessage(RULE_TIMEOUT, locale, { rule, seconds }),
    range: zeroRange(),
    offsets: { start: 0, end: 0 },
  }));
  return [...timeouts, ...diagnostics].sort(byPosition);
}

/** A disable/enable comment naming no rule or category in force (a typo suppresses nothing): a warning. */
function unknownDirectiveNames(
  names: Suppressions['names'],
  rules: readonly CompiledRule[],
  draft: Draft,
  locale: Locale,
  overrides: SeverityOverrides,
): Diagnostic[] {
  if (names.length === 0) return [];
  const severity = resolveSeverity(UNKNOWN_RULE_ID, 'msglint', 'warning', overrides);
  if (severity === 'off') return [];
  const known = new Set<string>();
  for (const { definition } of rules) {
    known.add(definition.id);
    for (let i = definition.id.indexOf('/'); i > 0; i = definition.id.indexOf('/', i + 1)) known.add(definition.id.slice(0, i));
  }
  return names
    .filter(({ name }) => !known.has(name))
    .map(({ name, start, end }) => {
      const suggestion = closestName(name, known);
      return {
        ruleId: UNKNOWN_RULE_ID,
        severity,
        message: formatMessage(UNKNOWN_RULE, locale, {
          name,
          suggestion: suggestion ? formatMessage(DID_YOU_MEAN, locale, { name: suggestion }) : '',
        }),
        range: draft.lines.rangeOf(start, end),
        offsets: { start, end },
      };
    });
}

const UNKNOWN_RULE_ID = 'msglint/unknown-rule';

/** Applies every safe fix of a lint result; `--fix` and "fix all" both use this. */
export function applySafeFixes(result: LintResult): { text: string; applied: number } {
  const { draft } = result;
  const fixes = result.diagnostics
    .filter((d) => d.fix?.safe)
    .map((d) => ({
      edits: d.fix!.edits.map((e) => ({
        start: draft.lines.offsetAt(e.range.start),
        end: draft.lines.offsetAt(e.range.end),
        newText: e.newText,
      })),
    }));
  const { text, applied } = applyFixes(draft.text, fixes);
  return { text, applied };
}

/**
 * Into the document, and never between the halves of a \r\n or a surrogate pair (no LSP position
 * names such an offset: `range` and `offsets` would disagree).
 */
function clamp(offset: number, text: string): number {
  const o = Math.max(0, Math.min(offset, text.length));
  if (o === 0 || o === text.length) return o;
  const before = text.charCodeAt(o - 1);
  const after = text.charCodeAt(o);
  if (before === 13 && after === 10) return o - 1;
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return o - 1;
  return o;
}

function zeroRange() {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
