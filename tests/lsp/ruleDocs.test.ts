// docs/rules/*.md is generated from the rule packs; every diagnostic links there. Both must hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSet } from '../../server/src/engine/index.js';
import { ruleDocsUrl } from '../../server/src/shared/ruleDocs.js';
import { loadBuiltinPacks } from '../../server/src/node/rulePackFiles.js';
import { repoRoot } from './helpers/build.js';

type Generator = { staleRuleDocs(): string[]; generateRuleDocs(): Map<string, string> };
const generator = (): Promise<Generator> => import(join(repoRoot, 'scripts', 'generate-rule-docs.mjs'));

describe('rule documentation', () => {
  it('docs/rules is up to date with the rule packs (run node scripts/generate-rule-docs.mjs)', async () => {
    expect((await generator()).staleRuleDocs()).toEqual([]);
  });

  it('every built-in rule has the section its diagnostics link to', () => {
    for (const rule of new RuleSet(loadBuiltinPacks()).rules) {
      const url = ruleDocsUrl(rule.definition.id)!;
      expect(url).toMatch(/^https:\/\/github\.com\/msglint\/msglint\/blob\/main\/docs\/rules\/[a-z0-9-]+\.md#[a-z0-9-]+$/);
      const [file, anchor] = url.slice(url.lastIndexOf('/') + 1).split('#');
      const page = readFileSync(join(repoRoot, 'docs', 'rules', file), 'utf8');
      expect(page).toContain(`<a id="${anchor}"></a>`);
      expect(page).toContain(`## ${anchor}\n`);
    }
  });
});
