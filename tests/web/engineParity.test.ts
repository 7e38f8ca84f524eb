// The browser build of the engine gives exactly the CLI's diagnostics (messages, ranges, fixes, links)
// on the labelled corpus and the examples, in both message languages.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonDiagnostic } from '../../server/src/cli/formatters/json.js';
import { caseDraft, readCases } from '../helpers/corpusScore.js';
import { buildEngineBundle, realCliBundle, ROOT } from './harness.js';

type WebEngine = typeof import('../../web/engine/index.js');

let engine: WebEngine;
let cli: string;
let drafts: string;

beforeAll(async () => {
  const [engineDir, cliFile] = await Promise.all([buildEngineBundle(), realCliBundle()]);
  engine = (await import(pathToFileURL(join(engineDir, 'engine.js')).href)) as WebEngine;
  cli = cliFile;
  drafts = mkdtempSync(join(tmpdir(), 'msglint-web-parity-'));
  for (const c of readCases(join(ROOT, 'tests/corpus/regression.yaml'))) writeFileSync(join(drafts, `${c.id}.msg.md`), caseDraft(c));
  for (const name of readdirSync(join(ROOT, 'examples')).filter((n) => n.endsWith('.msg.md')))
    copyFileSync(join(ROOT, 'examples', name), join(drafts, `example-${name}`));
}, 120_000);

afterAll(() => rmSync(drafts, { recursive: true, force: true }));

interface CliFile {
  path: string;
  diagnostics: unknown[];
}

function cliResults(locale: 'en' | 'zh'): Map<string, unknown[]> {
  const run = spawnSync(process.execPath, [cli, '--format', 'json', '--no-config', '--locale', locale, '--jobs', '1', drafts], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  expect(run.status, run.stderr).not.toBe(2);
  const files = (JSON.parse(run.stdout) as { files: CliFile[] }).files;
  return new Map(files.map((f) => [basename(f.path), f.diagnostics]));
}

describe.each(['en', 'zh'] as const)('web engine vs CLI, messages in %s', (locale) => {
  it('gives identical diagnostics on every corpus draft and example', () => {
    const expected = cliResults(locale);
    const names = readdirSync(drafts).sort();
    expect(names.length).toBeGreaterThan(150);
    let findings = 0;
    for (const name of names) {
      const web = engine.lint(readFileSync(join(drafts, name), 'utf8'), { locale }).map(jsonDiagnostic);
      findings += web.length;
      expect(web, name).toEqual(expected.get(name) ?? []);
    }
    // The corpus is half violations: a comparison of empty lists would prove nothing.
    expect(findings).toBeGreaterThan(100);
  });
});

describe('web engine', () => {
  it('takes the channel from the caller when the draft has no front matter, and lets front matter win', () => {
    const text = 'Please add me on WhatsApp +86 138 0013 8000 so we can talk price.';
    const categories = (diagnostics: { ruleId: string }[]) => diagnostics.map((d) => d.ruleId.split('/')[0]);
    expect(categories(engine.lint(text, { channel: 'alibaba', stage: 'inquiry' }))).toContain('contact-drop');
    expect(categories(engine.lint(`---\nchannel: email\n---\n${text}`, { channel: 'alibaba' }))).not.toContain('contact-drop');
  });

  it('describes a rule in both languages', () => {
    const ruleId = engine.builtinRules().rules[0].definition.id;
    expect(engine.describeRule(ruleId, 'en')?.rationale).toMatch(/[a-z]/);
    expect(engine.describeRule(ruleId, 'zh')?.rationale).toMatch(/[\u4e00-\u9fff]/);
    expect(engine.describeRule('no/such-rule', 'en')).toBeUndefined();
  });
});
