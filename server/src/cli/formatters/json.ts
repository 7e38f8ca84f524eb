import type { Diagnostic } from '../../engine/index.js';
import type { Formatter } from './formatter.js';

/** The stable machine contract: 0-based, UTF-16 ranges, exactly as LSP. */
export const formatJson: Formatter = ({ files, fixDryRun }) =>
  JSON.stringify({
    files: files.map((file) => ({
      path: file.path,
      diagnostics: file.diagnostics.map(jsonDiagnostic),
      // --fix-dry-run: the findings whose safe fixes would be applied, and the draft they give.
      ...(fixDryRun ? { fixes: (file.fixed?.fixes ?? []).map(jsonDiagnostic), output: file.fixed ? file.fixed.text : null } : {}),
    })),
  }) + '\n';

/** One diagnostic as the JSON format prints it. */
export function jsonDiagnostic(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    range: d.range,
    ...(d.fix ? { fix: d.fix } : {}),
    ...(d.link ? { link: d.link } : {}),
  };
}
