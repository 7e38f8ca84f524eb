// docs/rules/*.md is generated from the rule packs; every diagnostic links there. Both must hold.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSet } from '../../server/src/engine/index.js';
import { ruleDocsUrl } from '../../server/src/shared/ruleDocs.js';
import { loadBuiltinPacks } from '../../server/src/node/rulePackFiles.js';
import { repoRoot } from './helpers/build.js';

type Generator = { staleRuleDocs(): string[]; generateRuleDocs(rulesDir?: string): Map<string, string> };
const generator = (): Promise<Generator> => import(join(repoRoot, 'scripts', 'generate-rule-docs.mjs'));

describe('rule documentation', () => {
  it('docs/rules is up to date with the rule packs (run npm run docs:rules)', async () => {
    expect((await generator()).staleRuleDocs()).toEqual([]);
  });

  it("reads the packs through msglint's loader: an invalid pack fails the docs build with its located error", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msglint-docs-'));
    try {
      cpSync(join(repoRoot, 'rules'), dir, { recursive: true });
      const pack = readFileSync(join(dir, 'im-style.yaml'), 'utf8');
      // A severity msglint refuses, on the first rule's severity line.
      writeFileSync(join(dir, 'im-style.yaml'), pack.replace(/^( {4}severity: )\w+/m, '$1loud'));
      const line = pack.slice(0, pack.search(/^ {4}severity: /m)).split('\n').length;
      const { generateRuleDocs } = await generator();
      expect(() => generateRuleDocs(dir)).toThrow(new RegExp(`im-style\\.yaml:${line}:\\d+: .*(severity|loud|Invalid enum)`, 'i'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every built-in rule has the section its diagnostics link to', () => {
    for (const rule of new RuleSet(loadBuiltinPacks()).rules) {
      const url = rule.definition.link!;
      expect(url).toBe(ruleDocsUrl(rule.definition.id));
      expect(url).toMatch(/^https:\/\/github\.com\/msglint\/msglint\/blob\/main\/docs\/rules\/[a-z0-9-]+\.md#[a-z0-9-]+$/);
      const [file, anchor] = url.slice(url.lastIndexOf('/') + 1).split('#');
      const page = readFileSync(join(repoRoot, 'docs', 'rules', file), 'utf8');
      expect(page).toContain(`<a id="${anchor}"></a>`);
      expect(page).toContain(`## ${anchor}\n`);
    }
  });
});
