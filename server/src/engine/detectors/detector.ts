import type { z } from 'zod';
import type { Draft } from '../draft/parseDraft.js';
import type { RuleDefinition } from '../rules/ruleSchema.js';
import type { RawFinding } from '../types.js';

/**
 * Code for what patterns cannot express. A rule binds to a detector by name (`kind: detector`)
 * and passes options, which the detector's schema validates when the pack loads.
 */
export interface Detector<Options = unknown> {
  name: string;
  optionsSchema: z.ZodType<Options>;
  run(draft: Draft, options: Options, rule: RuleDefinition): RawFinding[];
}

export function defineDetector<Options>(detector: Detector<Options>): Detector<Options> {
  return detector;
}
