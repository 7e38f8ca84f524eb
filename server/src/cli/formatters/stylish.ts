import type { Formatter } from './formatter.js';
import { CLI_TEXT } from '../messages.js';

const SEVERITY_COLOR = { error: 31, warning: 33, info: 36, hint: 90 } as const;

/** Human output, like ESLint's stylish: a block per file, then a summary line. */
export const formatStylish: Formatter = ({ files, color, locale = 'en' }) => {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text);
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  const blocks: string[] = [];
  for (const file of files) {
    if (file.diagnostics.length === 0) continue;
    const rows = file.diagnostics.map((d) => {
      counts[d.severity]++;
      if (d.fix?.safe) fixable++;
      return [`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.severity, printable(d.message), printable(d.ruleId)];
    });
    const width = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
    const lines = rows.map(
      (r) =>
        `  ${dim(r[0].padEnd(width[0]))}  ${paint(SEVERITY_COLOR[r[1] as keyof typeof SEVERITY_COLOR], r[1].padEnd(width[1]))}  ${r[2]}  ${dim(r[3])}`,
    );
    const path = printable(file.path);
    blocks.push(`${color ? `\u001b[4m${path}\u001b[24m` : path}\n${lines.join('\n')}`);
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return '';
  const text = CLI_TEXT[locale];
  const summary = text.summary(total, counts.error, counts.warning, counts.info + counts.hint);
  const fixLine = fixable > 0 ? `\n  ${text.fixable(fixable)}` : '';
  return `${blocks.join('\n\n')}\n\n${paint(counts.error > 0 ? 31 : 33, `✖ ${summary}`)}${fixLine}\n`;
};

/**
 * Messages quote draft text (a front-matter value) and paths come from the disk: control characters
 * (ESC starts terminal sequences that can rewrite the screen or the title) are shown escaped, never sent.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
