// Bad input, each with a test: broken front matter, tabs, huge drafts, long lines, NUL, binary files,
// catastrophic patterns. Nothing here asserts timing: "finishes" means within the test timeout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySafeFixes, DEFAULT_MAX_LENGTH, LineIndex, lintDraft, RuleSet, type CompiledRule } from '../../server/src/engine/index.js';
import { loadBuiltinPacks } from '../../server/src/node/rulePackFiles.js';
import { PACKS_DIR, ROOT, runCli, workspace, type JsonOutput } from '../cli/harness.js';
import { loadPack } from '../engine/packs.js';

const testRules = loadPack('test-pack.yaml').rules;
const builtin = new RuleSet(loadBuiltinPacks()).rules;
const frontMatterRules = builtin.filter((r) => r.definition.id.startsWith('front-matter/'));
const rules: CompiledRule[] = [...frontMatterRules, ...testRules];
const json = (stdout: string) => JSON.parse(stdout) as JsonOutput;

describe('broken front matter: reported where it is, the body is still checked', () => {
  const cases: [string, string, string][] = [
    ['yaml syntax', '---\nchannel: [email\n---\npls reply', 'front-matter/yaml-syntax'],
    ['a list', '---\n- email\n- order\n---\npls reply', 'front-matter/not-a-mapping'],
    ['a scalar', '---\nemail, inquiry\n---\npls reply', 'front-matter/not-a-mapping'],
    ['tabs as indentation', '---\nchannel: email\n\tstage: order\n---\npls reply', 'front-matter/yaml-syntax'],
    ['a tab after the colon', '---\nchannel:\temial\n---\npls reply', 'front-matter/invalid-value'],
    ['unclosed', '---\nchannel: email\npls reply', 'front-matter/unclosed'],
    ['a missing anchor', '---\nchannel: *x\n---\npls reply', 'front-matter/yaml-syntax'], // an alias: reported as one (issue 16, item 21)
    ['a NUL byte', '---\nchannel: em\0ail\n---\npls reply', 'front-matter/invalid-value'],
  ];
  for (const [name, text, ruleId] of cases) {
    it(name, () => {
      const { diagnostics } = lintDraft(text, rules);
      expect(diagnostics.map((d) => d.ruleId)).toEqual([ruleId, 'test/shorthand']);
      const [fm, body] = diagnostics;
      expect(fm.offsets.end).toBeLessThanOrEqual(text.indexOf('pls'));
      expect(fm.offsets.end).toBeGreaterThan(fm.offsets.start);
      expect(text.slice(body.offsets.start, body.offsets.end)).toBe('pls');
    });
  }

  it('through the CLI: exit 1, with the body’s findings too', async () => {
    const ws = workspace({ 'tabs.msg.md': '---\nchannel: email\n\tstage: order\n---\npls reply\n' });
    const r = await runCli(['--format', 'json', 'tabs.msg.md'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(json(r.stdout).files[0].diagnostics.map((d) => d.ruleId)).toEqual(['front-matter/yaml-syntax', 'test/shorthand']);
  });
});

describe('size', () => {
  it('a 10 MB draft gets one notice through the CLI (exit 0), not a hang or a crash', async () => {
    const big = '---\nchannel: email\n---\n' + 'Dear Peter, pls find the quote attached. 您好，报价如下。😀\n'.repeat(180_000);
    expect(Buffer.byteLength(big)).toBeGreaterThan(10_000_000);
    const ws = workspace({ 'big.msg.md': big });
    const r = await runCli(['--format', 'json', 'big.msg.md'], { cwd: ws });
    expect(r.code).toBe(0);
    const [d] = json(r.stdout).files[0].diagnostics;
    expect(json(r.stdout).files[0].diagnostics).toHaveLength(1);
    expect(d).toMatchObject({ ruleId: 'msglint/too-large', severity: 'info', range: { start: { line: 0, character: 0 } } });
  });

  it('a draft just under the size limit is fully linted, with exact positions at its end', () => {
    const line = 'Dear Peter, please find the quote FOB attached. 您好，报价如下。😀\n';
    const head = line.repeat(Math.floor((DEFAULT_MAX_LENGTH - 100) / line.length));
    const text = head + 'pls!!';
    expect(text.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    const { diagnostics } = lintDraft(text, rules);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['test/shorthand', 'test/bang']);
    const lines = new LineIndex(text);
    expect(diagnostics[0].range.start).toEqual({ line: lines.lineCount - 1, character: 0 });
    expect(text.slice(diagnostics[1].offsets.start, diagnostics[1].offsets.end)).toBe('!!');
  });

  it('a 1 MB single line: findings at its far end have exact UTF-16 columns', () => {
    const text = '😀你好 '.repeat(200_000) + 'pls reply!!';
    expect(text.length).toBeGreaterThan(1_000_000);
    const { diagnostics } = lintDraft(text, [...builtin, ...testRules]);
    const own = diagnostics.filter((d) => d.ruleId.startsWith('test/'));
    expect(own.map((d) => [d.ruleId, d.range.start.line, d.range.start.character])).toEqual([
      ['test/shorthand', 0, 1_000_000],
      ['test/bang', 0, 1_000_009],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === 'msglint/internal-error')).toEqual([]);
  });

  it('a 1 MB single line through the CLI with every built-in rule finishes', async () => {
    // (Prices are left out: quote/incomplete-price is quadratic in the findings of one long sentence; reported.)
    const text = 'pls reply asap, wire the money to my personal account, WeChat me at 13800138000, 您好 请发验证码 😀 '.repeat(11_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const ws = workspace({ 'line.msg.md': text }, false);
    // The test bundle's built-in folder holds only the front-matter pack: load the real ones as a pack.
    const r = await runCli(['--format', 'json', '--no-config', '--rule-pack', join(ROOT, 'rules'), 'line.msg.md'], { cwd: ws });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const ids = json(r.stdout).files[0].diagnostics.map((d) => d.ruleId);
    expect(ids.filter((id) => !id.startsWith('front-matter/')).length).toBeGreaterThan(0);
  });

  it('a 1 MB draft with 24 000 suppression comments and 40 000 findings is linted', () => {
    const block =
      'pls pls pls <!-- msglint-disable test/bang --> pls!! <!-- msglint-enable test/bang -->\n<!-- msglint-disable-next-line test/fyi -->\npls fyi\n';
    const text = Array.from({ length: 8000 }, () => block).join('\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const ids = lintDraft(text, testRules).diagnostics.map((d) => d.ruleId);
    expect(ids.filter((id) => id === 'test/shorthand')).toHaveLength(40_000);
    expect(ids.filter((id) => id !== 'test/shorthand')).toEqual([]);
  });

  it('100 000 safe fixes in one draft apply in one pass', () => {
    const text = 'pls '.repeat(100_000);
    const { text: fixed, applied } = applySafeFixes(lintDraft(text, testRules));
    expect(applied).toBe(100_000);
    expect(fixed).toBe('please '.repeat(100_000));
  });
});

describe('odd bytes', () => {
  it('NUL, lone surrogates, BOM inside the text and control characters do not break positions', () => {
    const text = 'a\0b \uD800 pls \uFEFF thx \u0085 fyi\u2028!!';
    const { diagnostics } = lintDraft(text, rules);
    expect(diagnostics.map((d) => text.slice(d.offsets.start, d.offsets.end))).toEqual(['pls', 'thx', 'fyi', '!!']);
  });

  it('a NUL byte after the first 8000 bytes is text, not binary', async () => {
    const ws = workspace({ 'late-nul.msg.md': 'x'.repeat(9000) + '\0 pls\n' });
    const r = await runCli(['--format', 'json', 'late-nul.msg.md'], { cwd: ws });
    expect(r.stderr).toBe('');
    const [d] = json(r.stdout).files[0].diagnostics;
    expect(d).toMatchObject({ ruleId: 'test/shorthand', range: { start: { line: 0, character: 9002 } } });
  });

  it('invalid UTF-8 is decoded with replacement characters and linted', async () => {
    const ws = workspace({ 'latin1.msg.md': Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' pls\n')]) });
    const r = await runCli(['--format', 'json', 'latin1.msg.md'], { cwd: ws });
    expect(json(r.stdout).files[0].diagnostics.map((d) => [d.ruleId, d.range.start.character])).toEqual([['test/shorthand', 5]]);
  });
});

describe('catastrophic patterns', () => {
  it('(a+)+$ in a pack given with --rule-pack: rejected at load, exit 2 naming the pack and line', async () => {
    const ws = workspace({ 'a.msg.md': 'a'.repeat(50_000) + '!' });
    const pack = join(PACKS_DIR, 'catastrophic.yaml');
    const r = await runCli(['--rule-pack', pack, 'a.msg.md'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`msglint: ${pack}:5:15: pattern may backtrack catastrophically (nested quantifiers): "(a+)+$"\n`);
  });

  it('(?:\\w|\\d)+$ (overlapping alternatives, which star height misses): rejected, the run finishes with exit 2', async () => {
    const ws = workspace({
      'a.msg.md': '1'.repeat(50_000) + '!',
      'pack.yaml':
        "rules:\n  - id: t/digits\n    kind: existence\n    severity: warning\n    patterns: ['(?:\\w|\\d)+$']\n    message: {en: x, zh: x}\n    rationale: {en: x, zh: x}\n    examples: {fail: [x], pass: [y]}\n",
    });
    const r = await runCli(['--rule-pack', 'pack.yaml', 'a.msg.md'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /pack\.yaml:5:15: pattern may backtrack catastrophically \(alternatives of the repeated \(\?:\\w\|\\d\)\+ can start alike\)/,
    );
  });

  it('the same pack named in a config: rejected, the run stops with exit 2', async () => {
    const pack = join(PACKS_DIR, 'catastrophic.yaml');
    const ws = workspace({ 'a.msg.md': 'aaaa' }, `rulePacks: [${JSON.stringify(pack)}]\n`);
    const r = await runCli(['a.msg.md'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('catastrophic.yaml:5:15:');
    expect(readFileSync(pack, 'utf8')).toContain('(a+)+$');
  });
});
