import { z } from 'zod';
import { defineDetector } from '../detector.js';

/** Reports the front-matter problems the parser found, one check per rule. */
export const frontMatterDetector = defineDetector({
  name: 'front-matter',
  optionsSchema: z.object({ check: z.enum(['yaml-syntax', 'not-a-mapping', 'unclosed', 'unknown-key', 'invalid-value']) }).strict(),
  fixes: ({ check }) =>
    check === 'unknown-key' || check === 'invalid-value'
      ? {
          when: 'sometimes',
          why: 'when one known name is close to the typo; applied without asking (a safe fix) when that correction is certain',
        }
      : { when: 'never', why: 'only the writer knows what the front matter should say' },
  run(draft, options) {
    return draft.frontMatter.problems
      .filter((problem) => problem.check === options.check)
      .map((problem) => ({
        start: problem.start,
        end: problem.end,
        params: problem.params,
        fix:
          problem.suggestion === undefined
            ? undefined
            : {
                title: `Change to “${problem.suggestion}”`,
                edits: [{ start: problem.start, end: problem.end, newText: problem.suggestion }],
                // Only a certain correction (one typo from one candidate) is applied without asking.
                safe: problem.certain === true,
              },
      }));
  },
});
