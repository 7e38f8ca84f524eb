import type { Formatter } from './formatter.js';

/**
 * JUnit XML for CI test-report views (GitLab `reports: junit`, Jenkins, Azure): one test suite per
 * draft, one failed test case per finding, and one passing case for a clean draft.
 */
export const formatJunit: Formatter = ({ files }) => {
  const suites = files.map((file) => {
    const cases =
      file.diagnostics.length === 0
        ? [`    <testcase name="msglint" classname="${xml(file.path)}"/>`]
        : file.diagnostics.map((d) => {
            const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
            return [
              `    <testcase name="${xml(`${d.ruleId} at ${where}`)}" classname="${xml(file.path)}">`,
              `      <failure type="${d.severity}" message="${xml(d.message)}">${xml(`${file.path}:${where} ${d.severity} ${d.message} (${d.ruleId})`)}</failure>`,
              '    </testcase>',
            ].join('\n');
          });
    const failures = file.diagnostics.length;
    return [
      `  <testsuite name="${xml(file.path)}" tests="${Math.max(failures, 1)}" failures="${failures}" errors="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = files.reduce((n, f) => n + Math.max(f.diagnostics.length, 1), 0);
  const failures = files.reduce((n, f) => n + f.diagnostics.length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="msglint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

/** Escapes for attributes and text; drops characters XML 1.0 cannot hold at all. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}
