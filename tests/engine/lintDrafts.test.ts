// lintDrafts lints a batch rule by rule (the CLI's batches): it must give every draft exactly what
// lintDraft gives it alone, whatever the draft's options, and keep nothing of the batch afterwards.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDraft, lintDrafts, type CompiledRule, type LintOptions, type LintResult } from '../../server/src/engine/index.js';
import { RecentResults, endBatchMemory, withBatchMemory } from '../../server/src/engine/text/recentResults.js';
import { caseDraft, readCases } from '../helpers/corpusScore.js';
import { builtinRules } from '../helpers/engine.js';

const rules = builtinRules().rules;
/** What a result says, in plain data (fixes' lazily computed edits included). */
const plain = (results: LintResult[]) => JSON.parse(JSON.stringify(results.map((r) => r.diagnostics)));

const regressionDrafts = readCases(join(import.meta.dirname, '../corpus/regression.yaml')).map(caseDraft);

describe('lintDrafts', () => {
  it('gives each regression draft what lintDraft gives it alone', () => {
    expect(regressionDrafts.length).toBeGreaterThan(100);
    const alone = regressionDrafts.map((text) => lintDraft(text, rules));
    const together = lintDrafts(
      regressionDrafts.map((text) => ({ text })),
      rules,
    );
    expect(plain(together)).toEqual(plain(alone));
    expect(together.reduce((n, r) => n + r.diagnostics.length, 0)).toBeGreaterThan(100);
  });

  it('keeps each draft to its own options: locale, severity, defaults, size limit, suppressions, line endings', () => {
    const body = 'Hi, pls send me the code asap. The price is 4.60.\n';
    const drafts: { text: string; options: LintOptions }[] = [
      { text: `---\nchannel: email\n---\n${body}`, options: { locale: 'zh' } },
      { text: `---\nchannel: email\n---\n${body}`, options: { severity: { quote: 'error' } } },
      { text: body, options: { defaults: { channel: 'whatsapp' } } },
      { text: `---\nchannel: email\n---\n${body}`, options: { maxLength: 20 } },
      { text: `---\nchannel: email\n---\n<!-- msglint-disable im-style -->\n${body}<!-- msglint-disable no-such-rule -->\n`, options: {} },
      { text: `---\r\nchannel: email\r\n---\r\n${body.replace('\n', '\r\n')}`, options: {} },
    ];
    const alone = drafts.map(({ text, options }) => lintDraft(text, rules, options));
    expect(plain(lintDrafts(drafts, rules))).toEqual(plain(alone));
    // The options did make the drafts differ.
    expect(new Set(alone.map((r) => JSON.stringify(r.diagnostics.map((d) => [d.ruleId, d.severity, d.message, d.offsets])))).size).toBe(
      drafts.length,
    );
  });

  it('a rule that throws is reported on every draft, and the other rules still run', () => {
    const failing: CompiledRule = {
      ...rules[0],
      definition: { ...rules[0].definition, id: 'test/broken', applies: undefined },
      run: () => {
        throw new Error('broken');
      },
    };
    const errors: string[] = [];
    const texts = ['pls reply', '---\nchannel: email\n---\nSend me your password.\n'];
    const results = lintDrafts(
      texts.map((text) => ({ text, options: { onRuleError: (id: string) => errors.push(id) } })),
      [failing, ...rules],
    );
    expect(errors).toEqual(['test/broken', 'test/broken']);
    expect(plain(results)).toEqual(plain(texts.map((text) => lintDraft(text, [failing, ...rules]))));
    expect(results.every((r) => r.diagnostics.some((d) => d.ruleId === 'msglint/internal-error'))).toBe(true);
    expect(results[1].diagnostics.map((d) => d.ruleId)).toContain('risky-ask/credentials');
  });
});

describe('batch memory', () => {
  it('keeps every answer of a batch, and only the last few once it ends', () => {
    const computed: string[] = [];
    const memory = new RecentResults(2, (text) => {
      computed.push(text);
      return text.length;
    });
    const texts = ['a', 'bb', 'ccc', 'dddd'];
    withBatchMemory(() => {
      for (let round = 0; round < 3; round++) for (const text of texts) expect(memory.get(text)).toBe(text.length);
    });
    expect(computed).toEqual(texts); // one computation a text, though the memory holds two outside a batch
    computed.length = 0;
    for (const text of texts) memory.get(text);
    expect(computed).toEqual(texts); // the batch's answers are gone
    memory.get('dddd');
    memory.get('a');
    expect(computed).toEqual([...texts, 'a']); // the last two stay: dddd was one of them, a was not
  });

  it('a batch left open (an interrupted lint runs no finally) is dropped by the next lint', () => {
    const computed: string[] = [];
    const memory = new RecentResults(1, (text) => {
      computed.push(text);
      return text;
    });
    // Stand-in for an interrupted batch: answers stored while the batch mode is on.
    withBatchMemory(() => {
      memory.get('x');
      memory.get('y');
      memory.get('z');
      endBatchMemory(); // what lintDraft does first
      memory.get('x');
    });
    expect(computed).toEqual(['x', 'y', 'z', 'x']);
    lintDraft('pls reply', rules);
    memory.get('x');
    memory.get('y');
    expect(computed).toEqual(['x', 'y', 'z', 'x', 'y']);
  });
});
