// The msglint engine: parse a draft, evaluate rules, produce diagnostics and fixes.
// Pure TypeScript: no file system, no LSP, no VS Code. Adapters (CLI, language server) build on this.
export * from './types.js';
export { parseDraft, type Draft, type DraftDefaults } from './draft/parseDraft.js';
export { isFrontMatterFence } from './draft/frontMatter.js';
export { FRONT_MATTER_KEYS, FRONT_MATTER_VALUES } from './draft/frontMatterSchema.js';
export { FRONT_MATTER_KEY_DOCS, FRONT_MATTER_VALUE_DOCS } from './draft/frontMatterDocs.js';
export { LineIndex } from './text/lineIndex.js';
export {
  lintDraft,
  lintDrafts,
  applySafeFixes,
  withRuleTimeouts,
  RULE_TIMEOUT_ID,
  DEFAULT_MAX_LENGTH,
  type LintOptions,
  type LintResult,
} from './lint/linter.js';
export { atLeast, type SeverityOverrides, type SeveritySetting } from './lint/severity.js';
export { formatMessage } from './lint/messages.js';
export { applyFixes, selectFixes, type EditGroup } from './fixes/applyFixes.js';
export { fixDraft, MAX_FIX_PASSES, type FixedDraft } from './fixes/fixDraft.js';
export { compileVettedPack, loadRulePack, type LoadedPack, type LoadOptions } from './rules/loadRulePack.js';
export { recordingGates, type GateTable } from './rules/literalGates.js';
export { RuleSet } from './rules/ruleSet.js';
export type { CompiledRule } from './rules/compiledRule.js';
export type { RuleDefinition, RuleExample } from './rules/ruleSchema.js';
export { configSchema, type MsglintConfig } from './config/configSchema.js';
export { parseConfig, type ParsedConfig } from './config/parseConfig.js';
export { settingsFor, type EffectiveSettings } from './config/resolveConfig.js';
export { formatSourceError, type SourceError } from './yaml/sourceErrors.js';
