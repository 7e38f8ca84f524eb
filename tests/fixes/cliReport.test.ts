// What --fix and --fix-dry-run report (issue 9): a count per draft, a diff followed by the findings
// that remain, and with --format json the report listing the fixes it would apply.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from '../cli/harness.js';

const DRAFT = '---\nchanel: email\nstage: ordr\n---\nDear Peter, thank you for your order.\n';

describe('fix reporting', () => {
  it('--fix names each changed draft with its count of fixes', async () => {
    const ws = workspace({ 'a.msg.md': DRAFT, 'clean.msg.md': '---\nchannel: email\n---\nDear Peter,\n' }, false);
    const r = await runCli(['--fix', 'a.msg.md', 'clean.msg.md'], { cwd: ws });
    expect(r.stderr).toBe('msglint: a.msg.md: 2 fixes applied\n');
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe(
      '---\nchannel: email\nstage: order\n---\nDear Peter, thank you for your order.\n',
    );
  });

  it('--fix-dry-run prints the diff, then the findings that would remain, and changes nothing', async () => {
    const text = '---\nchanel: email\ncc: x\nsubjet: hi\nsubjekt: hi\n---\nDear Peter,\n';
    const ws = workspace({ 'a.msg.md': text }, false);
    const r = await runCli(['--fix-dry-run', 'a.msg.md'], { cwd: ws });
    expect(r.stdout).toContain('-chanel: email\n+channel: email\n');
    // subjet and subjekt would both become subject: left for the writer, and still reported after the diff.
    expect(r.stdout.indexOf('+channel: email')).toBeLessThan(r.stdout.indexOf('front-matter/unknown-key'));
    expect(r.stdout).toMatch(/subjet/);
    expect(r.stderr).toBe('msglint: a.msg.md: 1 fix would be applied\n');
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe(text);
  });

  it('--fix-dry-run --format json prints the report with the fixes it would apply, not a diff', async () => {
    const ws = workspace({ 'a.msg.md': DRAFT }, false);
    const r = await runCli(['--fix-dry-run', '--format', 'json', 'a.msg.md'], { cwd: ws });
    const [file] = JSON.parse(r.stdout).files;
    expect(file.fixes.map((f: { ruleId: string }) => f.ruleId)).toEqual(['front-matter/unknown-key', 'front-matter/invalid-value']);
    expect(file.output).toBe('---\nchannel: email\nstage: order\n---\nDear Peter, thank you for your order.\n');
    expect(file.diagnostics).toEqual([]);
    expect(readFileSync(join(ws, 'a.msg.md'), 'utf8')).toBe(DRAFT);
  });
});
