import { closeSync, openSync, writeSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Locale, RuleDefinition, RuleExample } from '../engine/index.js';
import type { DraftContext } from '../node/project.js';
import { closest, CLI_TEXT } from './messages.js';

// The commands that answer a question instead of linting: --list-rules, --explain, --print-config, --init.

const placeholders = (text: string) => text.replace(/\{\w+\}/g, '…');

/** The severity a rule has under a config: its id, then its category, then the pack's default. */
export function effectiveSeverity(context: DraftContext, definition: RuleDefinition): string {
  const overrides = context.settings.severity;
  const category = definition.id.split('/')[0];
  return (
    (Object.hasOwn(overrides, definition.id)
      ? overrides[definition.id]
      : Object.hasOwn(overrides, category)
        ? overrides[category]
        : undefined) ?? definition.severity
  );
}

export function listRules(context: DraftContext, locale: Locale, json: boolean): string {
  const rules = context.rules.rules.map((r) => r.definition).sort((a, b) => a.id.localeCompare(b.id));
  if (json) {
    return (
      JSON.stringify(
        rules.map((d) => ({ id: d.id, severity: effectiveSeverity(context, d), description: placeholders(d.message[locale]) })),
      ) + '\n'
    );
  }
  const width = [Math.max(...rules.map((d) => d.id.length)), 7];
  return (
    rules
      .map((d) => `${d.id.padEnd(width[0])}  ${effectiveSeverity(context, d).padEnd(width[1])}  ${placeholders(d.message[locale])}`)
      .join('\n') + '\n'
  );
}

const EXPLAIN = {
  en: { why: 'Why', good: 'A good version', flagged: 'Flagged', fine: 'Fine', docs: 'More' },
  zh: { why: '原因', good: '更好的写法', flagged: '会被标出', fine: '没有问题', docs: '详见' },
};

/** `--explain <rule>`: the text, or undefined with a "did you mean" error for an unknown id. */
export function explainRule(context: DraftContext, id: string, locale: Locale): { text?: string; error?: string } {
  const definition = context.rules.get(id)?.definition;
  if (!definition)
    return {
      error: CLI_TEXT[locale].noSuchRule(
        id,
        closest(
          id,
          context.rules.rules.map((r) => r.definition.id),
        ),
      ),
    };
  const words = EXPLAIN[locale];
  const example = (e: RuleExample) => (typeof e === 'string' ? e : e.text).trim().replace(/\n/g, '\n      ');
  const lines = [
    `${definition.id} (${effectiveSeverity(context, definition)})`,
    `  ${placeholders(definition.message[locale])}`,
    '',
    `${words.why}:`,
    `  ${definition.rationale[locale]}`,
  ];
  if (definition.good) lines.push('', `${words.good}:`, `  ${definition.good[locale]}`);
  lines.push('', `${words.flagged}:`, ...definition.examples.fail.map((e) => `  ✗ ${example(e)}`));
  lines.push('', `${words.fine}:`, ...definition.examples.pass.map((e) => `  ✓ ${example(e)}`));
  const docs = definition.link;
  if (docs) lines.push('', `${words.docs}: ${docs}`);
  return { text: lines.join('\n') + '\n' };
}

/** `--print-config <file>`: what is in force for a draft, as JSON. */
export function printConfig(context: DraftContext, file: string, cwd: string): string {
  const rel = (path: string) => relative(cwd, path) || '.';
  return (
    JSON.stringify(
      {
        file,
        config: context.configPath ? rel(context.configPath) : null,
        ignored: context.settings.ignored,
        locale: context.locale ?? null,
        defaults: context.settings.defaults,
        severity: context.settings.severity,
        rulePacks: context.rules.packs.map((pack) => pack.path),
        rules: Object.fromEntries(context.rules.rules.map((r) => [r.definition.id, effectiveSeverity(context, r.definition)])),
      },
      null,
      2,
    ) + '\n'
  );
}

const STARTER_CONFIG = `# msglint config: applies to drafts in this folder and below (https://github.com/msglint/msglint#configuration).
# Defaults for drafts whose front matter does not say (channel, stage, lang):
# channel: email
# stage: inquiry
# lang: en

# Severity per rule id or category: error | warning | info | hint | off (msglint --list-rules names them)
# severity:
#   im-style: warning
#   risky-ask/credentials: error

# Extra rule packs (YAML files or folders), relative to this file:
# rulePacks: [./rules]

# Drafts not to lint (globs relative to this file):
ignore:
  - "archive/**"

# Parent folders' configs apply too unless this says root: true; extends: applies other files first.
# root: true
# extends: ../shared/sales-base.yaml
`;

/** `--init`: a commented starter config, never over an existing file (exclusive create). */
export function initConfig(cwd: string, locale: Locale): { message: string; ok: boolean } {
  const path = resolve(cwd, '.msglintrc.yaml');
  const text = CLI_TEXT[locale];
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { ok: false, message: code === 'EEXIST' ? text.initExists('.msglintrc.yaml') : text.cannotWrite('.msglintrc.yaml', code) };
  }
  try {
    writeSync(fd, STARTER_CONFIG);
  } finally {
    closeSync(fd);
  }
  return { ok: true, message: text.initWritten('.msglintrc.yaml') };
}

/** Severity keys of a config that name no rule and no category in force, with a suggestion each. */
export function unknownSeverityKeys(context: DraftContext): { id: string; suggestion?: string }[] {
  const ids = context.rules.rules.map((r) => r.definition.id);
  const known = new Set([...ids, ...ids.map((id) => id.split('/')[0])]);
  return Object.keys(context.settings.severity)
    .filter((key) => !known.has(key))
    .map((id) => ({ id, suggestion: closest(id, known) }));
}
