// Issue 16 (per-rule time budget): a rule that runs away on a draft — here a test pack's pattern the
// regex guard lets through, `(a*)\1*b`, which backtracks for minutes on a few thousand "a" — becomes
// one `msglint/rule-timeout` finding instead of a hang, in the CLI and in the language server, and
// every other rule and draft is still checked.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInOneWindow, runWithinBudget, type BudgetTask } from '../../server/src/node/ruleBudget.js';
import { FIXTURES, TEST_PACK, runCli, workspace, type JsonOutput } from '../cli/harness.js';
import { startClient, type TestClient } from '../lsp/helpers/client.js';
import { makeWorkspace } from '../lsp/helpers/workspace.js';

const RUNAWAY_PACK = join(FIXTURES, 'packs/runaway/runaway.yaml');
/** Minutes of backtracking for the runaway rule; `zebra` is for the rule after it. */
const RUNAWAY_DRAFT = `---\nchannel: email\n---\nb ${'a'.repeat(8000)} zebra\n`;
const config = `rulePacks: [${JSON.stringify(TEST_PACK)}, ${JSON.stringify(RUNAWAY_PACK)}]\n`;

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('runWithinBudget', () => {
  it('a window closing on ordinary work is no timeout: every result once, in order', () => {
    // Eight drafts of two 40 ms rules in a 100 ms budget: the batch outlasts many windows.
    const tasks: BudgetTask<number>[] = Array.from({ length: 8 }, (_, i) => ({
      run: (onRuleStart) => {
        for (let rule = 0; rule < 2; rule++) {
          onRuleStart(rule);
          busy(40);
        }
        return i;
      },
      ruleId: (rule) => `r${rule}`,
    }));
    const seen: [number, number, readonly string[]][] = [];
    runWithinBudget(tasks, 100, (index, result, timedOut) => seen.push([index, result, timedOut]));
    expect(seen).toEqual(Array.from({ length: 8 }, (_, i) => [i, i, []]));
  });

  it('a rule that never ends is stopped, switched off for that draft only, and named', () => {
    const ran: string[] = [];
    const tasks: BudgetTask<string>[] = ['a', 'b', 'c'].map((name) => ({
      run: (onRuleStart, off) => {
        for (let rule = 0; rule < 3; rule++) {
          if (off.includes(`r${rule}`)) continue;
          onRuleStart(rule);
          if (name === 'b' && rule === 1) for (;;);
          ran.push(`${name}${rule}`);
        }
        return name;
      },
      ruleId: (rule) => `r${rule}`,
    }));
    const seen: [number, string, readonly string[]][] = [];
    runWithinBudget(tasks, 200, (index, result, timedOut) => seen.push([index, result, [...timedOut]]));
    expect(seen).toEqual([
      [0, 'a', []],
      [1, 'b', ['r1']],
      [2, 'c', []],
    ]);
    // b's other rules ran (b0 before the timeout and again in the lint without r1; more often when a
    // loaded machine closes a window on ordinary work and the draft is retried), r1 never finished.
    expect(new Set(ran.filter((r) => r.startsWith('b')))).toEqual(new Set(['b0', 'b2']));
    expect(ran.filter((r) => r === 'b0').length).toBeGreaterThanOrEqual(2);
  });
});

describe('runInOneWindow (a batch of drafts linted together)', () => {
  it('gives the batch its result when it ends within the window, or when there is no budget', () => {
    expect(runInOneWindow(() => 'done', 200)).toBe('done');
    expect(runInOneWindow(() => 'plain', 0)).toBe('plain');
  });

  it('gives nothing when the window runs out (a runaway rule): the caller lints the drafts one by one', () => {
    const started = performance.now();
    expect(
      runInOneWindow(() => {
        for (;;);
      }, 100),
    ).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('passes errors other than the timeout on', () => {
    expect(() =>
      runInOneWindow(() => {
        throw new Error('not a timeout');
      }, 100),
    ).toThrow('not a timeout');
  });
});

describe('CLI', () => {
  it.each([[[]], [['--jobs', '1']]])(
    'the runaway rule is one finding; the draft and the next are still checked (%j)',
    async (jobs) => {
      const ws = workspace({ 'a.msg.md': RUNAWAY_DRAFT, 'b.msg.md': '---\nchannel: email\n---\nHello zebra, pls reply\n' }, config);
      const r = await runCli([...jobs, '--rule-timeout', '300', '--format', 'json', 'a.msg.md', 'b.msg.md'], { cwd: ws });
      const out = JSON.parse(r.stdout) as JsonOutput;
      const [a, b] = out.files;
      expect(a.diagnostics.map((d) => [d.ruleId, d.severity, d.range.start])).toEqual([
        ['msglint/rule-timeout', 'warning', { line: 0, character: 0 }],
        ['test/after-runaway', 'warning', { line: 3, character: 8003 }],
      ]);
      expect(a.diagnostics[0].message).toBe(
        'Rule test/runaway took longer than 0.3 s on this draft and was stopped; the draft was checked without it.',
      );
      expect(b.diagnostics.map((d) => d.ruleId)).not.toContain('msglint/rule-timeout');
      expect(b.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['test/after-runaway', 'test/runaway']));
    },
    60_000,
  );

  it('with --jobs 2 on a run large enough for workers, every draft still comes back, in order', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1100; i++) files[`d${String(i).padStart(4, '0')}.msg.md`] = `---\nchannel: email\n---\nHello zebra ${i}\n`;
    // Two runaway drafts, in different batches: whichever thread lints them stops the rule.
    files['d0040.msg.md'] = RUNAWAY_DRAFT;
    files['d1050.msg.md'] = RUNAWAY_DRAFT;
    const ws = workspace(files, config);
    const r = await runCli(['--jobs', '2', '--rule-timeout', '300', '--format', 'json', '.'], { cwd: ws });
    const out = JSON.parse(r.stdout) as JsonOutput;
    expect(out.files).toHaveLength(1100);
    const timedOut = out.files.filter((f) => f.diagnostics.some((d) => d.ruleId === 'msglint/rule-timeout')).map((f) => f.path);
    expect(timedOut).toEqual(['d0040.msg.md', 'd1050.msg.md']);
    expect(out.files.every((f) => f.diagnostics.some((d) => d.ruleId === 'test/after-runaway'))).toBe(true);
  }, 60_000);

  it('the default budget (2 s) applies without the option; messages in Chinese with --locale zh', async () => {
    const ws = workspace({ 'a.msg.md': RUNAWAY_DRAFT }, config);
    const r = await runCli(['--locale', 'zh', '--format', 'json', 'a.msg.md'], { cwd: ws });
    const [a] = (JSON.parse(r.stdout) as JsonOutput).files;
    expect(a.diagnostics[0]).toMatchObject({
      ruleId: 'msglint/rule-timeout',
      message: '规则 test/runaway 在此草稿上运行超过 2 秒，已停止；草稿已在不运行该规则的情况下检查。',
    });
  }, 60_000);

  it('--fix is protected too: the draft is fixed by the other rules', async () => {
    const ws = workspace({ 'a.msg.md': RUNAWAY_DRAFT.replace('zebra', 'pls') }, config);
    const r = await runCli(['--rule-timeout', '300', '--fix', '--format', 'json', 'a.msg.md'], { cwd: ws });
    const [a] = (JSON.parse(r.stdout) as JsonOutput).files;
    expect(a.diagnostics.map((d) => d.ruleId)).toContain('msglint/rule-timeout');
    expect(r.stderr).toContain('a.msg.md: 1 fix applied');
  }, 60_000);

  it('--stdin is protected too', async () => {
    const ws = workspace({}, config);
    const r = await runCli(['--rule-timeout', '300', '--stdin', '--format', 'json'], { cwd: ws, stdin: RUNAWAY_DRAFT });
    const [a] = (JSON.parse(r.stdout) as JsonOutput).files;
    expect(a.diagnostics[0].ruleId).toBe('msglint/rule-timeout');
  }, 60_000);
});

describe('language server', () => {
  const clients: TestClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.stop()));
  });

  it('publishes the timeout finding and answers a hover sent while the rule runs', async () => {
    const ws = makeWorkspace({ '.msglintrc.yaml': `rulePacks: [${JSON.stringify(RUNAWAY_PACK)}]\n` });
    const client = await startClient({ rootDir: ws.root, settings: { debounceMs: 0, ruleTimeoutMs: 300 } });
    clients.push(client);
    const uri = ws.uri('a.msg.md');
    client.open(uri, RUNAWAY_DRAFT);
    // Sent at once: it reaches the server while the runaway rule is running.
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    expect(hover).not.toBeNull();
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 30_000);
    expect(published.diagnostics.map((d) => [d.code, d.range.start])).toEqual([
      ['msglint/rule-timeout', { line: 0, character: 0 }],
      ['test/after-runaway', { line: 3, character: 8003 }],
    ]);
    expect(client.logs.some((l) => l.includes('rule test/runaway ran longer than 300 ms'))).toBe(true);
    // And it still answers later requests at once (the runaway rule is not run again for this version).
    const again = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 8004 } });
    expect(again).not.toBeNull();
  }, 60_000);
});
