import type { Draft } from '../draft/parseDraft.js';
import type { RawFinding } from '../types.js';
import type { RuleDefinition } from './ruleSchema.js';

/** A rule ready to run: its definition (data, reused for docs and hover) and its matcher. */
export interface CompiledRule {
  definition: RuleDefinition;
  category: string;
  /** Where the rule came from, for error messages ("rules/contact-drop.yaml"). */
  source: string;
  run(draft: Draft): RawFinding[];
}

export function categoryOf(ruleId: string): string {
  return ruleId.slice(0, ruleId.indexOf('/'));
}

/** Whether the rule's `applies` block admits this draft. */
export function ruleApplies(definition: RuleDefinition, draft: Draft): boolean {
  const applies = definition.applies;
  if (!applies) return true;
  if (applies.channels && (!draft.channel || !applies.channels.includes(draft.channel))) return false;
  if (applies.stages && !applies.stages.includes(draft.stage ?? 'none')) return false;
  if (applies.langs && !applies.langs.includes(draft.lang)) return false;
  return true;
}

export function textInScope(definition: RuleDefinition, draft: Draft): string {
  return definition.scope === 'visible' ? draft.visible : draft.prose;
}
