// Item 23 of issue 16 (escapes): a front-matter value quoted in a message can hold terminal escape
// sequences; stylish output shows them escaped, never as control characters.
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../cli/harness.js';

describe('stylish output and control characters', () => {
  it('an ESC sequence in a front-matter value is printed as \\x1b, with or without colour', async () => {
    const ws = workspace({ 'a.msg.md': '---\nchannel: "\\e]0;pwned\\a\\e[2J email"\n---\nHi\n' });
    for (const env of [{}, { FORCE_COLOR: '1' }]) {
      const r = await runCli(['a.msg.md'], { cwd: ws, env });
      expect(r.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2J');
      expect(r.stdout.replace(/\u001b\[\d+m/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    }
  });
});
