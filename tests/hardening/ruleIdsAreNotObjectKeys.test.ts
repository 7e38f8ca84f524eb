// Item 15 of issue 16: ids and categories from user data never index plain objects. A category
// named `constructor` (or `toString`) resolved its severity to Object.prototype.constructor.
import { describe, expect, it } from 'vitest';
import { settingsFor } from '../../server/src/engine/index.js';
import { resolveSeverity } from '../../server/src/engine/lint/severity.js';
import { runCli, workspace, type JsonOutput } from '../cli/harness.js';

const PACK = `rules:
  - id: constructor/pls
    kind: existence
    severity: warning
    patterns: ['\\bpls\\b']
    message: {en: say please, zh: say please}
    rationale: {en: x, zh: x}
    examples: {fail: [pls], pass: [please]}
`;

describe('ids as keys', () => {
  it('a category named constructor keeps its own severity', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(resolveSeverity(`${name}/x`, name, 'warning', settingsFor({}, 'a.msg.md').severity)).toBe('warning');
      expect(resolveSeverity(`${name}/x`, name, 'warning', {})).toBe('warning');
    }
    expect(
      resolveSeverity(
        'constructor/x',
        'constructor',
        'warning',
        settingsFor({ severity: { constructor: 'error' as const } }, 'a').severity,
      ),
    ).toBe('error');
  });

  it('stylish, json and github output of a constructor/… rule', async () => {
    const ws = workspace({ 'a.msg.md': 'pls\n', 'pack.yaml': PACK }, 'rulePacks: [pack.yaml]\n');
    const stylish = await runCli(['a.msg.md'], { cwd: ws });
    expect(stylish.stderr).toBe('');
    expect(stylish.stdout).toMatch(/1:1\s+warning\s+say please\s+constructor\/pls/);
    const json = await runCli(['--format', 'json', 'a.msg.md'], { cwd: ws });
    expect((JSON.parse(json.stdout) as JsonOutput).files[0].diagnostics.map((d) => d.severity)).toEqual(['warning']);
    const github = await runCli(['--format', 'github', 'a.msg.md'], { cwd: ws });
    expect(github.stdout).toMatch(/^::warning /);
  });
});
