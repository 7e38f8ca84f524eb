import { DETECTORS, detectorNamed } from '../../detectors/index.js';
import type { CompiledRule } from '../compiledRule.js';
import { PatternError } from '../patterns.js';
import type { DetectorRule } from '../ruleSchema.js';

export class DetectorOptionsError extends PatternError {
  constructor(
    message: string,
    readonly path: (string | number)[],
  ) {
    super(message);
  }
}

export function compileDetector(rule: DetectorRule): CompiledRule['run'] {
  const detector = detectorNamed(rule.detector);
  if (!detector) {
    throw new DetectorOptionsError(`unknown detector "${rule.detector}" (known: ${[...DETECTORS.keys()].join(', ')})`, ['detector']);
  }
  const parsed = detector.optionsSchema.safeParse(rule.options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DetectorOptionsError(`detector "${rule.detector}" options: ${issue.message}`, [
      'options',
      ...(issue.path as (string | number)[]),
    ]);
  }
  const options = parsed.data;
  return (draft) => detector.run(draft, options, rule);
}
