// CI report formats: GitLab Code Quality (stable fingerprints), JUnit XML, and SARIF
// partialFingerprints. A fingerprint must survive lines added above a finding and differ between
// two identical findings in one file.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from './harness.js';

const require = createRequire(import.meta.url);
// A strict XML parser (a transitive dev dependency): malformed XML is an error, not a guess.
const { parseStringPromise } = require('xml2js') as { parseStringPromise(xml: string, options?: object): Promise<any> };

const DRAFT = '---\nchannel: email\n---\nDear Peter,\n\npls reply, pls <b>&</b> "thx"\n';

interface GitlabIssue {
  type: string;
  check_name: string;
  description: string;
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

async function gitlab(cwd: string): Promise<GitlabIssue[]> {
  const run = await runCli(['--format', 'gitlab', 'drafts'], { cwd });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as GitlabIssue[];
}

describe('--format gitlab', () => {
  it('writes Code Quality issues with the fields GitLab reads, one per finding', async () => {
    const ws = workspace({ 'drafts/a.msg.md': DRAFT, 'drafts/clean.msg.md': 'Dear Peter,\n' });
    const issues = await gitlab(ws);
    expect(issues.map((i) => [i.check_name, i.location.path, i.location.lines.begin])).toEqual([
      ['test/shorthand', 'drafts/a.msg.md', 6],
      ['test/shorthand', 'drafts/a.msg.md', 6],
      ['test/shorthand', 'drafts/a.msg.md', 6],
    ]);
    for (const issue of issues) {
      expect(issue.type).toBe('issue');
      expect(issue.severity).toBe('minor'); // a warning
      expect(issue.description).toMatch(/please|thanks/);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3); // two identical "pls" findings differ
  });

  it('keeps fingerprints when lines are added above the findings, and changes them when the finding changes', async () => {
    const ws = workspace({ 'drafts/a.msg.md': DRAFT });
    const before = await gitlab(ws);
    writeFileSync(join(ws, 'drafts/a.msg.md'), DRAFT.replace('Dear Peter,\n', 'Dear Peter,\n\nThanks for the call.\nSee below.\n'));
    const after = await gitlab(ws);
    expect(after.map((i) => i.location.lines.begin)).toEqual([9, 9, 9]);
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    writeFileSync(join(ws, 'drafts/a.msg.md'), DRAFT.replace('"thx"', ''));
    const fixed = await gitlab(ws);
    expect(fixed.map((i) => i.fingerprint)).toEqual(before.slice(0, 2).map((i) => i.fingerprint));
  });

  it('is an empty array for clean drafts', async () => {
    const ws = workspace({ 'drafts/clean.msg.md': 'Dear Peter,\n' });
    expect(await gitlab(ws)).toEqual([]);
  });
});

describe('--format junit', () => {
  it('is well-formed XML: a suite per draft, a failed case per finding, a passing case for a clean draft', async () => {
    const ws = workspace({ 'drafts/a.msg.md': DRAFT, 'drafts/clean.msg.md': 'Dear Peter,\n' });
    const run = await runCli(['--format', 'junit', 'drafts'], { cwd: ws });
    expect(run.code).toBe(0); // warnings only, below the default fail level
    const doc = await parseStringPromise(run.stdout, { strict: true });
    expect(doc.testsuites.$).toMatchObject({ name: 'msglint', tests: '4', failures: '3' });
    const [a, clean] = doc.testsuites.testsuite;
    expect(a.$).toMatchObject({ name: 'drafts/a.msg.md', tests: '3', failures: '3' });
    expect(a.testcase).toHaveLength(3);
    expect(a.testcase[0].$.name).toBe('test/shorthand at 6:1');
    expect(a.testcase[0].failure[0].$.type).toBe('warning');
    expect(a.testcase[2].failure[0].$.message).toContain('“thx”'); // quotes and markup escaped, not broken
    expect(clean.$).toMatchObject({ name: 'drafts/clean.msg.md', tests: '1', failures: '0' });
    expect(clean.testcase[0].failure).toBeUndefined();
  });
});

describe('--format sarif partialFingerprints', () => {
  it('gives every result a partial fingerprint equal to the GitLab one, stable under inserted lines', async () => {
    const ws = workspace({ 'drafts/a.msg.md': DRAFT });
    const sarif = async () => {
      const run = await runCli(['--format', 'sarif', 'drafts'], { cwd: ws });
      return JSON.parse(run.stdout).runs[0].results as { partialFingerprints: Record<string, string> }[];
    };
    const before = await sarif();
    const issues = await gitlab(ws);
    expect(before.map((r) => r.partialFingerprints['msglintFinding/v1'])).toEqual(issues.map((i) => i.fingerprint));
    writeFileSync(join(ws, 'drafts/a.msg.md'), '\n\n' + DRAFT.replace('---\nchannel: email\n---\n', ''));
    const after = await sarif();
    expect(after.map((r) => r.partialFingerprints)).toEqual(before.map((r) => r.partialFingerprints));
  });
});
