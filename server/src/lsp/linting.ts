import { join } from 'node:path';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CHANNELS,
  lintDraft,
  parseDraft,
  withRuleTimeouts,
  type Channel,
  type CompiledRule,
  type LintOptions,
  type LintResult,
  type Locale,
} from '../engine/index.js';
import type { DraftContext, Project } from '../node/project.js';
import { runWithinBudget, switchedOff } from '../node/ruleBudget.js';
import type { MsglintSettings } from '../shared/protocol.js';
import { toLspDiagnostic } from './diagnostics.js';
import { resolveLocale } from './locale.js';
import { describeError, type Logger } from './log.js';
import type { SettingsStore } from './settings.js';
import { uriToPath } from './files.js';

/** One lint of one document version, with everything the other features read from it. */
export interface LintEntry {
  uri: string;
  version: number;
  /** Settings generation: bumped whenever settings, config files or rule packs change. */
  generation: number;
  settings: MsglintSettings;
  locale: Locale;
  context: DraftContext;
  result: LintResult;
  /** The rules and options of this lint, so fix-all re-lints between passes exactly as `msglint --fix` does. */
  fixWith?: { rules: readonly CompiledRule[]; options: LintOptions; budgetMs: number };
  diagnostics: LspDiagnostic[];
  /** Why nothing was checked, if so. */
  skipped?: 'disabled' | 'ignored';
  millis: number;
}

export interface LintingEnv {
  project(): Project;
  settings: SettingsStore;
  clientLocale(): string | undefined;
  workspaceRoot(): string;
  log: Logger;
  /** Called with every context used, so problems in config files and packs are shown. */
  onContext(context: DraftContext): void;
  /** The rules to run for a context; tests inject failing rules here. Default: the context's own. */
  rules?(context: DraftContext): readonly CompiledRule[];
}

/**
 * Lints documents and keeps the latest result per document. A result is only ever handed out for
 * the version it was computed for, and under the settings generation in force.
 */
export class Linting {
  generation = 0;
  private readonly entries = new Map<string, LintEntry>();
  /** Rule failures already logged: a rule failing on every keystroke is still one log line. */
  private readonly loggedFailures = new Set<string>();

  constructor(private readonly env: LintingEnv) {}

  /** Settings or config changed: every cached result is stale. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  cached(doc: TextDocument): LintEntry | undefined {
    const entry = this.entries.get(doc.uri);
    return entry && entry.version === doc.version && entry.generation === this.generation ? entry : undefined;
  }

  /** The last result kept for the document, whatever its version (for lint-on-save). */
  last(uri: string): LintEntry | undefined {
    const entry = this.entries.get(uri);
    return entry && entry.generation === this.generation ? entry : undefined;
  }

  /**
   * Lints the document as it is once its settings are known. Returns undefined when the document
   * changed (or closed) in the meantime: that result would be for an older version.
   */
  async lint(doc: TextDocument, current: () => TextDocument | undefined): Promise<LintEntry | undefined> {
    const { version } = doc;
    const generation = this.generation;
    const settings = await this.env.settings.get(doc.uri);
    const now = current();
    if (!now || now.version !== version || generation !== this.generation) return undefined;
    return this.lintSync(now, settings);
  }

  /** The current result, linting now if there is none. */
  async current(doc: TextDocument, current: () => TextDocument | undefined): Promise<LintEntry | undefined> {
    return this.cached(doc) ?? (await this.lint(doc, current));
  }

  lintSync(doc: TextDocument, settings: MsglintSettings): LintEntry {
    const started = performance.now();
    const path = uriToPath(doc.uri) ?? join(this.env.workspaceRoot(), 'untitled.msg.md');
    const project = this.env.project();
    const context = project.contextFor(path);
    this.env.onContext(context);
    const locale = resolveLocale(settings.locale, context.locale, this.env.clientLocale());
    const text = doc.getText();
    let result: LintResult;
    let skipped: LintEntry['skipped'];
    let fixWith: LintEntry['fixWith'];
    if (!settings.enable || context.settings.ignored) {
      skipped = settings.enable ? 'ignored' : 'disabled';
      result = {
        draft: parseDraft(text.length > (settings.maxLength ?? Infinity) ? '' : text, context.settings.defaults),
        diagnostics: [],
      };
    } else {
      const defaults = { ...context.settings.defaults };
      if (!defaults.channel && settings.defaultChannel && (CHANNELS as readonly string[]).includes(settings.defaultChannel)) {
        defaults.channel = settings.defaultChannel as Channel;
      }
      const severity = { ...context.settings.severity, ...settings.severity };
      try {
        const options: LintOptions = {
          defaults,
          severity,
          locale,
          maxLength: settings.maxLength,
          onRuleError: (ruleId, error) => {
            const described = describeError(error);
            if (this.loggedFailures.has(`${ruleId} ${described}`)) return;
            this.loggedFailures.add(`${ruleId} ${described}`);
            this.env.log.error(`rule ${ruleId} failed on ${doc.uri} (version ${doc.version}), skipped: ${described}`);
          },
        };
        const rules = this.rules(context);
        const budgetMs = settings.ruleTimeoutMs;
        // Each rule within its time budget: a runaway rule is stopped and switched off for this
        // version, and the server keeps answering (server/src/node/ruleBudget.ts).
        let linted: LintResult | undefined;
        let timedOut: readonly string[] = [];
        runWithinBudget(
          [
            {
              run: (onRuleStart, off) => lintDraft(text, rules, { ...options, severity: switchedOff(severity, off), onRuleStart }),
              ruleId: (i) => rules[i].definition.id,
            },
          ],
          budgetMs,
          (_, r, t) => {
            linted = r;
            timedOut = t;
          },
        );
        result = linted!;
        if (timedOut.length > 0) {
          this.env.log.warn(`rule ${timedOut.join(', ')} ran longer than ${budgetMs} ms on ${doc.uri} (version ${doc.version}); stopped`);
          result = { ...result, diagnostics: withRuleTimeouts(result.diagnostics, timedOut, budgetMs, locale) };
        }
        fixWith = { rules, options: { ...options, severity: switchedOff(severity, timedOut) }, budgetMs };
      } catch (error) {
        this.env.log.error(`lint failed on ${doc.uri}: ${describeError(error)}`);
        result = {
          draft: parseDraft('', defaults),
          diagnostics: [
            {
              ruleId: 'msglint/internal-error',
              severity: 'warning',
              message:
                locale === 'zh' ? 'msglint 检查此草稿时出错，请报告此问题。' : 'msglint failed to check this draft. Please report it.',
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              offsets: { start: 0, end: 0 },
            },
          ],
        };
      }
    }
    const bodyStart = result.draft.bodyStart;
    const entry: LintEntry = {
      uri: doc.uri,
      version: doc.version,
      generation: this.generation,
      settings,
      locale,
      context,
      result,
      fixWith,
      diagnostics: result.diagnostics.map((d) => toLspDiagnostic(d, doc.version, bodyStart)),
      skipped,
      millis: performance.now() - started,
    };
    this.entries.set(doc.uri, entry);
    this.env.log.debug(`linted ${doc.uri} v${doc.version}: ${entry.diagnostics.length} findings in ${entry.millis.toFixed(1)} ms`);
    return entry;
  }

  private rules(context: DraftContext): readonly CompiledRule[] {
    return this.env.rules ? this.env.rules(context) : context.rules.rules;
  }
}
