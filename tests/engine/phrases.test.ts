// Phrase lists: `phrases:` and pack `lists:` become patterns; `{{list}}` slots are shared by every
// rule of the pack; a phrase is literal, space- and boundary-aware.
import { describe, expect, it } from 'vitest';
import { lintDraft, loadRulePack } from '../../server/src/engine/index.js';
import { testRule } from './packs.js';
import { phraseToPattern, readPhrases } from '../../server/src/engine/rules/phrases.js';

const rule = (id: string, body: string) => testRule(`t/${id}`, body);

const PACK = `lists:
  secret: |
    password   # the word
    passcode
    PIN code
    c++        # symbols are literal
  ask: |
    send me
    give me
    把
rules:
${rule(
  'ask',
  `    phrases: |
      # a comment line
      {{ask}} ... {{secret}}
      {{secret}}发我`,
)}
${rule('regex', `    patterns: ['\\bwhat is (?:your|the) {{secret}}\\?']`)}
`;

function ids(text: string, pack = PACK) {
  const { rules, errors } = loadRulePack(pack, 'p.yaml');
  expect(errors).toEqual([]);
  return lintDraft(text, rules).diagnostics.map((d) => `${d.ruleId}:${text.slice(d.offsets.start, d.offsets.end)}`);
}

describe('phrase blocks', () => {
  it('one phrase a line; comments and blank lines are skipped; a # inside a phrase stays', () => {
    expect(readPhrases('a b  # note\n\n# only a comment\nPO #7\n')).toEqual(['a b', 'PO #7']);
  });
  it('escapes regex characters and puts word boundaries only on word edges', () => {
    const re = new RegExp(phraseToPattern('c++ code', new Map()), 'i');
    expect(re.test('my c++ code')).toBe(true);
    expect(re.test('my cc code')).toBe(false);
    const pin = new RegExp(phraseToPattern('pin', new Map()), 'i');
    expect(pin.test('spinning')).toBe(false);
    expect(pin.test('the PIN.')).toBe(true);
  });
});

describe('pack lists', () => {
  it('a list is shared by phrases and regular expressions of every rule', () => {
    expect(ids('Please send me your passcode.')).toEqual(['t/ask:send me your passcode']);
    expect(ids('What is your PIN code?')).toEqual(['t/regex:What is your PIN code?']);
    expect(ids('What is the c++?')).toEqual(['t/regex:What is the c++?']);
  });
  it('a phrase space matches any run of spaces, tabs or a line break', () => {
    expect(ids('Give   me the\tpassword now')).toEqual(['t/ask:Give   me the\tpassword']);
    expect(ids('give\nme password')).toEqual(['t/ask:give\nme password']);
  });
  it('`...` is a short gap inside one sentence', () => {
    expect(ids('send me. The password is on the wiki')).toEqual([]);
    expect(ids('send me, when you have a spare minute this week, the password')).toEqual([]);
    expect(ids('send me, when you can, the password')).toEqual(['t/ask:send me, when you can, the password']);
  });
  it('Chinese phrases have no word boundaries', () => {
    expect(ids('这个passcode发我')).toEqual(['t/ask:passcode发我']);
    expect(ids('请把 PIN code 发我')).toEqual(['t/ask:把 PIN code']);
  });
  it('an unknown list is a located error and the other rules still load', () => {
    const { rules, errors } = loadRulePack(PACK.replace('{{secret}}\\?', '{{secrets}}\\?'), 'p.yaml');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/unknown phrase list "\{\{secrets\}\}"/);
    expect(rules.map((r) => r.definition.id)).toEqual(['t/ask']);
  });
  it('a list that refers to itself is refused', () => {
    const { errors } = loadRulePack(PACK.replace('    passcode\n', '    {{secret}}\n'), 'p.yaml');
    expect(errors[0].message).toMatch(/refers to itself/);
  });
  it('a bad list name is a located error', () => {
    const { errors } = loadRulePack(PACK.replace('  secret: |', '  Secret: |'), 'p.yaml');
    // the key itself, then each rule that refers to the list it meant
    expect(errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/Secret/) });
    expect(errors.slice(1).map((e) => e.message)).toEqual([
      expect.stringMatching(/unknown phrase list/),
      expect.stringMatching(/unknown phrase list/),
    ]);
  });
  it('a rule needs patterns, phrases or raw patterns', () => {
    const { errors } = loadRulePack(`rules:\n${rule('none', '    unless: [x]')}`, 'p.yaml');
    expect(errors[0].message).toMatch(/needs `patterns`, `phrases` or `rawPatterns`/);
  });
});

describe('prefilter', () => {
  const definition = (body: string) => {
    const { rules, errors } = loadRulePack(PACK.replace(/rules:\n[\s\S]*/, `rules:\n${rule('g', body)}`), 'p.yaml');
    expect(errors).toEqual([]);
    return rules[0].definition as { prefilter?: string };
  };
  it('is the phrases every match needs when each pattern requires a list', () => {
    const { prefilter } = definition(
      `    patterns: ['{{ask}}\\s(?:it|them)', '\\bwhat is {{secret}}\\?']\n    phrases: |\n      hand it over`,
    );
    expect(prefilter).toBeDefined();
    const re = new RegExp(prefilter!, 'i');
    for (const text of ['send me', 'a passcode', 'hand it over']) expect(re.test(text), text).toBe(true);
    expect(re.test('nothing relevant here')).toBe(false);
  });
  it('is absent when one pattern can match without any list (an optional slot, an alternative, a group)', () => {
    expect(definition(`    patterns: ['{{ask}}?\\sthe thing']`).prefilter).toBeUndefined();
    expect(definition(`    patterns: ['{{ask}} it|plain']`).prefilter).toBeUndefined();
    expect(definition(`    patterns: ['(?:{{ask}}) it', '{{secret}}']`).prefilter).toBeUndefined();
  });
  it('gives the same findings as matching without it', () => {
    const body = `    patterns: ['{{ask}}\\s(?:the\\s)?{{secret}}']`;
    const { rules } = loadRulePack(PACK.replace(/rules:\n[\s\S]*/, `rules:\n${rule('g', body)}`), 'p.yaml');
    expect((rules[0].definition as { prefilter?: string }).prefilter).toBeDefined();
    expect(lintDraft('please send me the password', rules).diagnostics).toHaveLength(1);
    expect(lintDraft('please send me the invoice', rules).diagnostics).toHaveLength(0);
  });
});
