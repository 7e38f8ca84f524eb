import type { Formatter } from './formatter.js';
import { findingFingerprints } from './fingerprints.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info', hint: 'info' } as const;

/**
 * GitLab Code Quality report (`artifacts: reports: codequality`): a JSON array of issues with
 * stable fingerprints, so a merge request shows what it added or fixed. Paths as given (relative to
 * the repository root when msglint runs there); lines 1-based.
 */
export const formatGitlab: Formatter = ({ files }) => {
  const issues = files.flatMap((file) => {
    const fingerprints = findingFingerprints(file);
    return file.diagnostics.map((d, i) => ({
      type: 'issue',
      check_name: d.ruleId,
      description: d.message,
      categories: ['Style'],
      severity: SEVERITY[d.severity],
      fingerprint: fingerprints[i],
      location: { path: file.path.split('\\').join('/'), lines: { begin: d.range.start.line + 1, end: d.range.end.line + 1 } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
};
