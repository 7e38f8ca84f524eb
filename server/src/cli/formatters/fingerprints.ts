import { createHash } from 'node:crypto';
import type { LintedFile } from './formatter.js';

/**
 * A fingerprint per finding that survives unrelated edits (lines added above it): rule, file and
 * message (which names what was found), plus its rank among identical findings in that file.
 * No line numbers. GitLab Code Quality and SARIF `partialFingerprints` use it to track a finding
 * across commits.
 */
export function findingFingerprints(file: LintedFile): string[] {
  const seen = new Map<string, number>();
  return file.diagnostics.map((d) => {
    const identity = `${d.ruleId}\0${file.path.split('\\').join('/')}\0${d.message}`;
    const rank = seen.get(identity) ?? 0;
    seen.set(identity, rank + 1);
    return createHash('sha256').update(`${identity}\0${rank}`).digest('hex');
  });
}
