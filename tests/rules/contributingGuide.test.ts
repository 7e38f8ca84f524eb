// CONTRIBUTING.md walks a newcomer through adding a phrase to a list (with examples) and a new rule.
// This test follows the page itself: it takes the YAML shown there, applies it to a copy of rules/
// as the page says, and runs the result through the runner every built-in rule goes through.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { lintDraft, RuleSet } from '../../server/src/engine/index.js';
import { builtinRulesDir, loadPackPaths } from '../../server/src/node/rulePackFiles.js';
import { BUILTIN_PACK_OPTIONS } from '../../server/src/shared/ruleDocs.js';
import { builtinRules, exampleText } from '../helpers/engine.js';
import { exampleChecks } from '../helpers/ruleExamples.js';

const guide = readFileSync(join(builtinRulesDir(), '..', 'CONTRIBUTING.md'), 'utf8');

/** The ```yaml blocks of one `## ` section of the guide. */
function yamlBlocks(heading: string): string[] {
  const start = guide.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`CONTRIBUTING.md has no section "${heading}"`);
  const end = guide.indexOf('\n## ', start + 1);
  const section = guide.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

const [listBlock, examplesBlock] = yamlBlocks('Add a phrase to a list');
const [ruleBlock] = yamlBlocks('Add a rule');
// "# rules/risky-ask.yaml" on the block's first line names the pack it edits.
const phrasePack = /^# rules\/([\w-]+\.yaml)/.exec(listBlock)![1];
const guideLists = parse(listBlock).lists as Record<string, string>;
const guideExamples = parse(examplesBlock) as { id: string; examples: { fail: unknown[]; pass: unknown[] } }[];
const guideRule = parse(ruleBlock) as { id: string }[];

const dir = mkdtempSync(join(tmpdir(), 'msglint-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(builtinRulesDir(), dir, { recursive: true });

function editPack(file: string, edit: (rules: YAMLSeq, doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
  const rules = doc.get('rules') as YAMLSeq;
  edit(rules, doc);
  writeFileSync(join(dir, file), doc.toString());
}
const ruleNode = (rules: YAMLSeq, id: string) => rules.items.find((r) => isMap(r) && r.get('id') === id) as YAMLMap;

// 1. The phrase: each line the guide's list shows that the pack's list lacks is added to it.
const added: string[] = [];
editPack(phrasePack, (_, doc) => {
  for (const [name, block] of Object.entries(guideLists)) {
    const current = doc.getIn(['lists', name]) as string;
    const have = new Set(current.split('\n').map((l) => l.trim()));
    const lines = block.split('\n').filter((l) => l.trim() && !have.has(l.trim()));
    added.push(...lines.map((l) => l.replace(/\s+#.*$/, '').trim()));
    doc.setIn(['lists', name], `${current.replace(/\n?$/, '\n')}${lines.join('\n')}\n`);
  }
  // 2. The examples beside the rule that uses the list.
  const rules = doc.get('rules') as YAMLSeq;
  for (const { id, examples } of guideExamples) {
    const rule = ruleNode(rules, id);
    for (const kind of ['fail', 'pass'] as const) {
      const list = rule.getIn(['examples', kind]) as YAMLSeq;
      for (const example of examples[kind]) list.add(doc.createNode(example));
    }
  }
});

// 3. The new rule, added to the pack of its category.
const newRule = guideRule[0];
const categoryPack = `${newRule.id.split('/')[0]}.yaml`;
editPack(categoryPack, (rules, doc) => {
  if (!isSeq(rules)) throw new Error(`${categoryPack} has no rules list`);
  rules.add(doc.createNode(newRule));
});

const packs = loadPackPaths([dir], BUILTIN_PACK_OPTIONS);
const edited = new RuleSet(packs);

describe('CONTRIBUTING.md, followed to the letter', () => {
  it('shows a phrase, examples beside the rule using it, and a new rule', () => {
    expect(added).toEqual(['Passwort']);
    expect(guideExamples.map((r) => r.id)).toEqual(['risky-ask/credentials']);
    expect(newRule.id).toBe('im-style/all-caps');
  });

  it('the edited packs load without errors', () => {
    expect(packs.flatMap((p) => p.errors)).toEqual([]);
    expect(edited.get(newRule.id)).toBeDefined();
  });

  for (const id of [...guideExamples.map((r) => r.id), newRule.id]) {
    describe(id, () => {
      it('has the examples the guide adds', () => {
        const rule = edited.get(id)!;
        const guideFail = guideExamples.find((r) => r.id === id)?.examples.fail ?? [];
        for (const example of guideFail) expect(rule.definition.examples.fail).toContainEqual(example);
      });
      // Evaluated lazily: the rule may be missing when the guide and the packs have drifted apart.
      for (const check of edited.get(id) ? exampleChecks(edited.get(id)!, edited) : []) it(check.name, check.run);
    });
  }

  it('the added phrase is what makes the new failing example fail (the shipped packs miss it)', () => {
    const rule = builtinRules().get(guideExamples[0].id)!;
    for (const example of guideExamples[0].examples.fail) {
      const text = exampleText(example as string, rule.definition);
      expect(lintDraft(text, builtinRules().rules).diagnostics.map((d) => d.ruleId)).not.toContain(rule.definition.id);
      expect(lintDraft(text, edited.rules).diagnostics.map((d) => d.ruleId)).toContain(rule.definition.id);
    }
  });
});
