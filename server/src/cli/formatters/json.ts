import type { Formatter } from './formatter.js';

/** The stable machine contract: 0-based, UTF-16 ranges, exactly as LSP. */
export const formatJson: Formatter = ({ files }) =>
  JSON.stringify({
    files: files.map((file) => ({
      path: file.path,
      diagnostics: file.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        range: d.range,
        ...(d.fix ? { fix: d.fix } : {}),
      })),
    })),
  }) + '\n';
