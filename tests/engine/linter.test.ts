import { describe, expect, it } from 'vitest';
import { applySafeFixes, lintDraft, LineIndex, type CompiledRule } from '../../server/src/engine/index.js';
import { loadPack } from './packs.js';

const rules = loadPack('test-pack.yaml').rules;
const lint = (text: string, options = {}) => lintDraft(text, rules, options);
const named = (text: string, d: { offsets: { start: number; end: number } }) => text.slice(d.offsets.start, d.offsets.end);

describe('lintDraft', () => {
  it('reports each finding with exact UTF-16 ranges in CJK, emoji and CRLF text', () => {
    const text = '---\r\nchannel: wechat\r\n---\r\n😀你好 pls reply!!\r\n𠮷 thx, email me\r\n';
    const { diagnostics } = lint(text);
    expect(diagnostics.map((d) => [d.ruleId, named(text, d), d.range])).toEqual([
      ['test/shorthand', 'pls', { start: { line: 3, character: 5 }, end: { line: 3, character: 8 } }],
      ['test/bang', '!!', { start: { line: 3, character: 14 }, end: { line: 3, character: 16 } }],
      ['test/shorthand', 'thx', { start: { line: 4, character: 3 }, end: { line: 4, character: 6 } }],
      ['test/wechat-email', 'email me', { start: { line: 4, character: 8 }, end: { line: 4, character: 16 } }],
    ]);
  });

  it('fills message placeholders, in the requested locale', () => {
    const [en] = lint('pls').diagnostics;
    const [zh] = lint('pls', { locale: 'zh' }).diagnostics;
    expect(en.message).toBe('Write “please” instead of “pls”.');
    expect(zh.message).toBe('请写“please”，不要写“pls”。');
  });

  it('keeps the first letter’s case in substitutions', () => {
    expect(lint('Pls reply').diagnostics[0].fix?.edits[0].newText).toBe('Please');
  });

  it('honours `unless` in the same sentence only', () => {
    expect(lint('Please do not wire the money.').diagnostics).toEqual([]);
    expect(lint('Not now. Wire the money.').diagnostics.map((d) => d.ruleId)).toEqual(['test/wire']);
  });

  it('applies rules by channel, from the front matter or the defaults', () => {
    expect(lint('email me').diagnostics).toEqual([]);
    expect(lint('email me', { defaults: { channel: 'wechat' } }).diagnostics.map((d) => d.ruleId)).toEqual(['test/wechat-email']);
    expect(lint('---\nchannel: email\n---\nemail me', { defaults: { channel: 'wechat' } }).diagnostics).toEqual([]);
  });

  it('severity overrides: a rule id beats its category, `off` turns a rule off', () => {
    const text = 'pls fyi!!';
    const sev = (severity: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'>) =>
      lint(text, { severity }).diagnostics.map((d) => `${d.ruleId}:${d.severity}`);
    expect(sev({})).toEqual(['test/shorthand:warning', 'test/fyi:info', 'test/bang:warning']);
    expect(sev({ test: 'error', 'test/fyi': 'off' })).toEqual(['test/shorthand:error', 'test/bang:error']);
    expect(sev({ test: 'off', 'test/bang': 'hint' })).toEqual(['test/bang:hint']);
  });

  it('checklist: reports the missing part at the triggering sentence, with an insertion at the body end', () => {
    const text = '---\nchannel: email\n---\nHello.\nOur quote is 3 USD per piece.';
    const [d] = lint(text).diagnostics;
    expect(d.ruleId).toBe('test/incoterm');
    expect(named(text, d)).toBe('Our quote is 3 USD per piece.');
    expect(d.message).toBe('The quote lacks an Incoterm.');
    expect(d.fix).toMatchObject({ safe: false, edits: [{ newText: '\nTerms: FOB.', range: { start: { line: 4, character: 29 } } }] });
    expect(lint(text + ' FOB Ningbo.').diagnostics).toEqual([]);
  });

  it('fix text follows the draft’s line endings', () => {
    const text = 'Our quote is 3 USD.\r\nWe ship weekly';
    expect(lint(text).diagnostics[0].fix?.edits[0].newText).toBe('\r\nTerms: FOB.');
    expect(lint('Our quote is 3 USD.\rWe ship weekly').diagnostics[0].fix?.edits[0].newText).toBe('\rTerms: FOB.');
    expect(lint('Our quote is 3 USD.\nWe ship weekly').diagnostics[0].fix?.edits[0].newText).toBe('\nTerms: FOB.');
    // A draft that already ends with a line break gets no extra one.
    expect(lint('Our quote is 3 USD.\r').diagnostics[0].fix?.edits[0].newText).toBe('Terms: FOB.');
    expect(lint('Our quote is 3 USD.\r\n').diagnostics[0].fix?.edits[0].newText).toBe('Terms: FOB.');
  });

  it('sorts diagnostics by position', () => {
    const offsets = lint('fyi pls!! thx wire the money fyi').diagnostics.map((d) => d.offsets.start);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(offsets).toHaveLength(6);
  });

  it('a draft over the size limit gets one notice instead of a lint', () => {
    const { diagnostics } = lint('pls '.repeat(100), { maxLength: 50 });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'msglint/too-large', severity: 'info' });
    expect(diagnostics[0].message).toContain('400');
  });

  it('a rule that throws is reported and skipped; the other rules still run; the message has no draft text', () => {
    const secret = 'SECRET-DRAFT-TEXT';
    const failing: CompiledRule = {
      ...rules[0],
      definition: { ...rules[0].definition, id: 'test/broken' },
      run: (draft) => {
        throw new Error(`failed on ${draft.text}`);
      },
    };
    const errors: string[] = [];
    const { diagnostics } = lintDraft(`pls ${secret}`, [failing, ...rules], { onRuleError: (id) => errors.push(id) });
    expect(errors).toEqual(['test/broken']);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['msglint/internal-error', 'test/shorthand']);
    expect(diagnostics[0].message).toContain('test/broken');
    expect(JSON.stringify(diagnostics)).not.toContain(secret);
  });

  it('clamps a finding outside the document, or inside a CRLF or a surrogate pair', () => {
    const text = 'hel😀o\r\nworld';
    const rogue: CompiledRule = {
      ...rules[0],
      run: () => [
        { start: 5, end: 999 },
        { start: 3, end: 1 },
        { start: 4, end: 7 },
        { start: -2, end: 4 },
      ],
    };
    const { diagnostics } = lintDraft(text, [rogue]);
    for (const d of diagnostics) {
      expect(d.offsets.start).toBeLessThanOrEqual(d.offsets.end);
      expect(d.offsets.end).toBeLessThanOrEqual(text.length);
      const lines = new LineIndex(text);
      expect(d.range).toEqual(lines.rangeOf(d.offsets.start, d.offsets.end));
      expect(lines.offsetAt(d.range.start)).toBe(d.offsets.start);
      expect(lines.offsetAt(d.range.end)).toBe(d.offsets.end);
    }
    expect(diagnostics.map((d) => [d.offsets.start, d.offsets.end])).toEqual([
      [0, 3],
      [3, 3],
      [3, 6],
      [5, 13],
    ]);
  });
});

describe('applySafeFixes', () => {
  it('applies safe fixes only, and a re-lint finds no fixable finding again', () => {
    const text = '---\r\nchannel: wechat\r\n---\r\n😀 pls reply!! 你好 thx！！\r\nOur quote is 3 USD.\r\n';
    const first = lint(text);
    const { text: fixed, applied } = applySafeFixes(first);
    expect(applied).toBe(4);
    expect(fixed).toBe('---\r\nchannel: wechat\r\n---\r\n😀 please reply! 你好 thanks!\r\nOur quote is 3 USD.\r\n');
    const again = lint(fixed).diagnostics;
    expect(again.filter((d) => d.fix?.safe)).toEqual([]);
    expect(again.map((d) => d.ruleId)).toEqual(['test/incoterm']);
  });
});
