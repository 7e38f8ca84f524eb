import type { z } from 'zod';
import type { Draft } from '../draft/parseDraft.js';
import type { RuleDefinition } from '../rules/ruleSchema.js';
import type { RawFinding } from '../types.js';

/**
 * Whether a detector's findings carry a fix: on `always` every finding has one, on `never` none
 * does, on `sometimes` some do. `why` says in one line what the fix is and when it is offered; the
 * rule docs print it (scripts/generate-rule-docs.mjs) and tests/detection/detectorFixes.test.ts
 * holds every built-in rule's examples to it.
 */
export interface FixDeclaration {
  when: 'always' | 'sometimes' | 'never';
  why: string;
}

/**
 * Code for what patterns cannot express. A rule binds to a detector by name (`kind: detector`)
 * and passes options, which the detector's schema validates when the pack loads. The name is the
 * detector's folder: `detectors/<name>/index.ts` (a test holds them together).
 */
export interface Detector<Options = unknown> {
  name: string;
  optionsSchema: z.ZodType<Options>;
  /**
   * Whether it fixes: for every rule, or depending on the rule's options as the pack writes them
   * (before validation and `{{list}}` expansion: read only what decides the answer).
   */
  fixes: FixDeclaration | ((packOptions: Readonly<Record<string, unknown>>) => FixDeclaration);
  run(draft: Draft, options: Options, rule: RuleDefinition): RawFinding[];
}

export function defineDetector<Options>(detector: Detector<Options>): Detector<Options> {
  return detector;
}

/** What `detector` declares about fixes for a rule with these options (as the pack writes them). */
export function fixesOf(detector: Detector<unknown>, packOptions: Readonly<Record<string, unknown>> = {}): FixDeclaration {
  return typeof detector.fixes === 'function' ? detector.fixes(packOptions) : detector.fixes;
}
