import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDraft, loadRulePack, RuleSet } from '../../server/src/engine/index.js';
import { loadPack, PACKS, testRule } from './packs.js';

const at = (e: { line: number; column: number; message: string }) => `${e.line}:${e.column} ${e.message}`;

describe('rule pack loading', () => {
  it('loads the test pack: every kind compiles, no errors', () => {
    const pack = loadPack('test-pack.yaml');
    expect(pack.errors).toEqual([]);
    expect(pack.rules.map((r) => [r.definition.id, r.definition.kind, r.category])).toEqual([
      ['test/shorthand', 'substitution', 'test'],
      ['test/bang', 'existence', 'test'],
      ['test/wire', 'existence', 'test'],
      ['test/fyi', 'existence', 'test'],
      ['test/wechat-email', 'existence', 'test'],
      ['test/incoterm', 'checklist', 'test'],
    ]);
  });

  it('the built-in front-matter pack loads and binds its detector', () => {
    const pack = loadRulePack(readFileSync(join(PACKS, '../../../rules/front-matter.yaml'), 'utf8'), 'front-matter.yaml');
    expect(pack.errors).toEqual([]);
    expect(pack.rules.map((r) => r.definition.id)).toContain('front-matter/invalid-value');
  });

  it('reports a YAML syntax error with its line', () => {
    const pack = loadPack('broken/yaml-syntax.yaml');
    expect(pack.rules).toEqual([]);
    expect(pack.errors.length).toBeGreaterThan(0);
    expect(pack.errors[0].path).toMatch(/yaml-syntax\.yaml$/);
    expect(pack.errors[0].line).toBeGreaterThanOrEqual(3);
  });

  it('reports a pack that is not a mapping with `rules:`', () => {
    const pack = loadPack('broken/not-a-mapping.yaml');
    expect(pack.errors.map(at)).toEqual(['1:1 a rule pack is a mapping with a `rules:` list']);
    expect(loadRulePack('', 'empty.yaml').errors).toHaveLength(1);
    expect(loadRulePack('rules: nope', 'x.yaml').errors).toHaveLength(1);
  });

  it('locates every broken rule at its field and keeps the good ones', () => {
    const pack = loadPack('broken/invalid-rules.yaml');
    expect(pack.rules.map((r) => r.definition.id)).toEqual(['test/ok']);
    const source = readFileSync(join(PACKS, 'broken/invalid-rules.yaml'), 'utf8');
    const pointedAt = pack.errors.map((e) => source.slice(e.start, e.end));
    expect(pointedAt).toEqual(['Bad Id', "['(unclosed']", 'test/ok', 'no-such-detector', 'fatal', 'extra']);
    expect(pack.errors.map((e) => e.line)).toEqual([10, 20, 24, 33, 40, 45]);
    expect(pack.errors[1].message).toMatch(/invalid pattern/);
    expect(pack.errors[2].message).toBe('duplicate rule id "test/ok"');
    expect(pack.errors[3].message).toMatch(/unknown detector "no-such-detector"/);
  });

  it('reports an alias to a missing anchor instead of throwing', () => {
    const { rules, errors } = loadRulePack('rules: *missing\n', 'p.yaml');
    expect(rules).toEqual([]);
    expect(errors.map((e) => [e.line, e.column])).toEqual([[1, 8]]);
  });

  it('points an unknown field of a rule at the field itself', () => {
    const source =
      'rules:\n  - id: t/x\n    kind: existence\n    severity: warning\n    patern: [x]\n    patterns: [x]\n    message: {en: x, zh: x}\n    rationale: {en: x, zh: x}\n    examples: {fail: [x], pass: [y]}\n';
    const { errors, rules } = loadRulePack(source, 'p.yaml');
    expect(rules).toEqual([]);
    expect(errors.map((e) => [e.line, e.column, source.slice(e.start, e.end)])).toEqual([[5, 5, 'patern']]);
  });

  it('refuses a catastrophic pattern at load, pointing at it', () => {
    const pack = loadPack('catastrophic.yaml');
    expect(pack.rules).toEqual([]);
    expect(pack.errors).toHaveLength(1);
    expect(pack.errors[0].message).toMatch(/backtrack catastrophically/);
    expect(pack.errors[0].line).toBe(5);
  });

  it('refuses nested quantifiers in every kind of rule', () => {
    const rule = (body: string) => `rules:\n${testRule('t/x', body).replace('    kind: existence\n', '')}`;
    const bodies = [
      "    kind: substitution\n    swap: { '(\\w+\\s?)+$': x }",
      "    kind: checklist\n    trigger: ['(x+x+)+y']\n    require: [{ id: a, patterns: [a], message: {en: a, zh: a} }]",
      "    kind: checklist\n    trigger: [quote]\n    require: [{ id: a, patterns: ['(a+)+$'], message: {en: a, zh: a} }]",
      "    kind: existence\n    patterns: [ok]\n    unless: ['(.*a){12}']",
    ];
    for (const body of bodies) {
      const pack = loadRulePack(rule(body), 'p.yaml');
      expect(pack.rules, body).toEqual([]);
      expect(pack.errors.map((e) => e.message).join(), body).toMatch(/catastrophic/);
    }
  });

  it('refuses a repeated group whose alternatives can start alike, which safe-regex2 lets through', () => {
    const pack = (pattern: string, caseSensitive = false) =>
      loadRulePack(
        `rules:\n  - id: t/x\n    kind: existence\n    severity: warning\n    caseSensitive: ${caseSensitive}\n    patterns: [${JSON.stringify(pattern)}]\n    message: {en: x, zh: x}\n    rationale: {en: x, zh: x}\n    examples: {fail: [x], pass: [y]}\n`,
        'p.yaml',
      );
    // Conservative: `(?:ab|ac)+` is refused too, though it is only ambiguous for one character
    // (write `a(?:b|c)` instead); no built-in pattern is refused (the built-in packs load without errors).
    for (const bad of ['(a|a)*b', '(a|aa)+$', '(?:\\w|\\d)+$', '(?:[a-z]|\\w){2,}x', '(?:ab|ac)+', '(?<n>\\s|\\u00a0)+$', '(?:x|X)+y']) {
      const { rules, errors } = pack(bad);
      expect(rules, bad).toEqual([]);
      expect(errors.map((e) => e.message).join(), bad).toMatch(/backtrack catastrophically/);
      expect(errors[0].line).toBe(6);
    }
    for (const good of [
      '(?:\\s|,)+',
      '\\b(?:please|pls)\\b',
      '(?:[a-z]|\\d){2,5}',
      '(?:\\.|,|;)*',
      '(?:你|好)+',
      '(?:(?=a)b|a)+',
      '(?:\\b|x)+',
      '(?:[^,]|,)+',
    ]) {
      expect(pack(good).errors, good).toEqual([]);
    }
    // Case matters: x and X only start alike when case is ignored.
    expect(pack('(?:x|X)+y', true).errors).toEqual([]);
  });

  it('a later pack replaces an earlier rule with the same id', () => {
    const base = loadPack('test-pack.yaml');
    const override = loadRulePack(
      "rules:\n  - id: test/fyi\n    kind: existence\n    severity: error\n    patterns: ['\\bFYI\\b']\n    message: {en: 'no {match}', zh: x}\n    rationale: {en: x, zh: x}\n    examples: {fail: [FYI], pass: [y]}\n",
      'team.yaml',
    );
    expect(override.errors).toEqual([]);
    const set = new RuleSet([base, override]);
    expect(set.rules).toHaveLength(base.rules.length);
    expect(set.get('test/fyi')?.source).toBe('team.yaml');
    expect(lintDraft('fyi', set.rules).diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      ['test/fyi', 'error', 'no fyi'],
    ]);
  });

  it('the test pack’s own examples pass and fail as declared', () => {
    for (const rule of loadPack('test-pack.yaml').rules) {
      const { examples, id } = rule.definition;
      const text = (e: (typeof examples.fail)[number]) =>
        typeof e === 'string' ? e : `---\nchannel: ${e.channel ?? 'email'}\n---\n${e.text}`;
      for (const e of examples.fail)
        expect(
          lintDraft(text(e), [rule]).diagnostics.map((d) => d.ruleId),
          id,
        ).toContain(id);
      for (const e of examples.pass) expect(lintDraft(text(e), [rule]).diagnostics, id).toEqual([]);
    }
  });
});

describe('rule links (`link:` on a pack or a rule)', () => {
  const rule = (name: string, extra = '') => testRule(`house/${name}`, `    patterns: ['\\b${name}\\b']\n${extra}`);
  const links = (source: string, options = {}) => {
    const pack = loadRulePack(source, 'house.yaml', options);
    expect(pack.errors).toEqual([]);
    const diagnostics = lintDraft('plain and fancy', pack.rules).diagnostics;
    return Object.fromEntries(diagnostics.map((d) => [d.ruleId, d.link]));
  };

  it('a user pack without `link:` gives its findings no link', () => {
    expect(links(`rules:\n${rule('plain')}`)).toEqual({ 'house/plain': undefined });
  });

  it("a pack's `link:` links every rule; a rule's own `link:` overrides it", () => {
    const source = `link: https://wiki.example.com/house\nrules:\n${rule('plain')}${rule('fancy', '    link: https://wiki.example.com/house#fancy\n')}`;
    expect(links(source)).toEqual({
      'house/plain': 'https://wiki.example.com/house',
      'house/fancy': 'https://wiki.example.com/house#fancy',
    });
  });

  it('the default link (what msglint gives its own packs) applies only where the pack and rule name none', () => {
    const defaultLink = (id: string) => `https://docs.example.com/${id}`;
    expect(links(`rules:\n${rule('plain')}`, { defaultLink })).toEqual({ 'house/plain': 'https://docs.example.com/house/plain' });
    expect(links(`link: https://wiki.example.com/house\nrules:\n${rule('plain')}`, { defaultLink })).toEqual({
      'house/plain': 'https://wiki.example.com/house',
    });
  });

  it('names link among the keys a pack has, and still refuses any other (toString included)', () => {
    const { errors } = loadRulePack('toString: x\nrules: []\n', 'p.yaml');
    expect(errors.map((e) => e.message)).toEqual(['unknown key "toString" (a pack has `description`, `link`, `lists` and `rules`)']);
  });

  it('refuses a link that is not an http(s) URL, located at the value', () => {
    const source = `link: javascript:alert(1)\nrules:\n${rule('plain', '    link: not a url\n')}`;
    const { errors } = loadRulePack(source, 'house.yaml');
    expect(errors.map((e) => [e.line, source.slice(e.start, e.end)])).toEqual([
      [1, 'javascript:alert(1)'],
      [source.split('\n').indexOf('    link: not a url') + 1, 'not a url'],
    ]);
  });
});
