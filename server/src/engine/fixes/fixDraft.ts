import { applySafeFixes, lintDraft, type LintOptions, type LintResult } from '../lint/linter.js';
import type { CompiledRule } from '../rules/compiledRule.js';

/** Safe fixes can enable one another (a key renamed, then its value checked); a few passes reach a fixed point without looping forever. */
export const MAX_FIX_PASSES = 5;

export interface FixedDraft {
  /** The draft with every safe fix applied. */
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** The lint of `text`: what is left to report. */
  result: LintResult;
}

/**
 * The one way safe fixes are applied: `msglint --fix` and the editor's fix-all (on save) both call
 * this, so they always give the same draft. `first` is a lint of `text` already made with the same rules and options.
 */
export function fixDraft(text: string, rules: readonly CompiledRule[], options: LintOptions = {}, first?: LintResult): FixedDraft {
  let result = first ?? lintDraft(text, rules, options);
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const next = applySafeFixes(result);
    if (next.applied === 0 || next.text === current) break;
    applied += next.applied;
    current = next.text;
    result = lintDraft(current, rules, options);
  }
  return { text: current, applied, result };
}
