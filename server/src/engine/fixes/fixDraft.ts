import { lintDraft, type LintOptions, type LintResult } from '../lint/linter.js';
import type { Diagnostic } from '../types.js';
import { applyFixes, selectFixes } from './applyFixes.js';
import type { CompiledRule } from '../rules/compiledRule.js';

/** Safe fixes can enable one another (a key renamed, then its value checked); a few passes reach a fixed point without looping forever. */
export const MAX_FIX_PASSES = 5;

export interface FixedDraft {
  /** The draft with every safe fix applied. */
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** The findings whose fixes were applied, each located in the text of its pass (the first pass: the draft as given). */
  fixes: Diagnostic[];
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
  const fixes: Diagnostic[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const safe = result.diagnostics.filter((d) => d.fix?.safe);
    const lines = result.draft.lines;
    const groups = safe.map((d) => ({
      edits: d.fix!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })),
    }));
    const { taken } = selectFixes(current.length, groups);
    const next = applyFixes(current, groups).text;
    if (taken.length === 0 || next === current) break;
    fixes.push(...taken.map((i) => safe[i]));
    current = next;
    result = lintDraft(current, rules, options);
  }
  return { text: current, applied: fixes.length, fixes, result };
}
