/// <reference path="./builtinPacks.d.ts" />
// The msglint engine for browsers (a page or a Web Worker): the pure engine plus the built-in
// packs, embedded at build time, so nothing is fetched and no Node built-in is needed.
import snapshot from 'msglint:builtin-packs';
import {
  CHANNELS,
  STAGES,
  applyFixes,
  compileVettedPack,
  lintDraft,
  RuleSet,
  type Channel,
  type DeclaredLang,
  type Diagnostic,
  type Locale,
  type Stage,
} from '../../server/src/engine/index.js';

export { CHANNELS, STAGES, applyFixes };
export type { Channel, Diagnostic, Locale, Stage };

export interface WebLintOptions {
  /** Used when the draft's front matter does not say (front matter always wins, as in the CLI). */
  channel?: Channel;
  stage?: Stage;
  lang?: DeclaredLang;
  /** Language of the messages. */
  locale?: Locale;
}

export interface RuleInfo {
  id: string;
  rationale: string;
  good?: string;
}

let rules: RuleSet | undefined;

/** The built-in rules, compiled on first use (a few milliseconds: the snapshot is already vetted). */
export function builtinRules(): RuleSet {
  return (rules ??= new RuleSet(
    snapshot.packs.map((pack) => ({
      ...compileVettedPack(pack.definitions, `builtin:rules/${pack.file}`, pack.gates),
      fingerprint: pack.fingerprint,
    })),
  ));
}

/** Lints one draft with the built-in rules: the same diagnostics as `msglint --no-config` on it. */
export function lint(text: string, options: WebLintOptions = {}): Diagnostic[] {
  const defaults = { channel: options.channel, stage: options.stage, lang: options.lang };
  return lintDraft(text, builtinRules().rules, { defaults, locale: options.locale ?? 'en' }).diagnostics;
}

/** Why a rule exists and what a good version looks like, in the given language. */
export function describeRule(ruleId: string, locale: Locale): RuleInfo | undefined {
  const definition = builtinRules().get(ruleId)?.definition;
  if (!definition) return undefined;
  return { id: ruleId, rationale: oneLine(definition.rationale[locale]), good: definition.good && oneLine(definition.good[locale]) };
}

/** Folded YAML text on one line, without the spaces folding puts between Chinese characters. */
function oneLine(text: string): string {
  return text
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '$1');
}
