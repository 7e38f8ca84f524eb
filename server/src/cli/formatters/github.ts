import type { Formatter } from './formatter.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/** GitHub Actions workflow commands: one annotation per finding (1-based lines and columns). */
export const formatGithub: Formatter = ({ files }) => {
  const lines: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`msglint ${d.ruleId}`)}`,
      ];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
