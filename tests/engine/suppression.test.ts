import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPack } from './packs.js';
import { lintDraft, parseDraft } from '../../server/src/engine/index.js';
import { readSuppressions } from '../../server/src/engine/lint/suppression.js';

const rules = loadPack('test-pack.yaml').rules;
const found = (text: string) => lintDraft(text, rules).diagnostics.map((d) => `${d.range.start.line}:${d.ruleId}`);

describe('suppression comments', () => {
  it('without comments, every finding is reported', () => {
    expect(found('pls go!!\npls stay!!')).toEqual(['0:test/shorthand', '0:test/bang', '1:test/shorthand', '1:test/bang']);
  });

  it('disable … enable turns every rule off in between', () => {
    const text = 'pls a\n\n<!-- msglint-disable -->\n\npls b!!\n\n<!-- msglint-enable -->\n\npls c';
    expect(found(text)).toEqual(['0:test/shorthand', '8:test/shorthand']);
  });

  it('disable without enable lasts to the end', () => {
    expect(found('pls a\n\n<!-- msglint-disable -->\n\npls b\npls c')).toEqual(['0:test/shorthand']);
  });

  it('names a rule or a whole category', () => {
    expect(found('<!-- msglint-disable test/bang -->\n\npls!!')).toEqual(['2:test/shorthand']);
    expect(found('<!-- msglint-disable test -->\n\npls!!')).toEqual([]);
    // A name that is no rule or category suppresses nothing, and says so.
    expect(found('<!-- msglint-disable tes -->\n\npls!!')).toEqual(['0:msglint/unknown-rule', '2:test/shorthand', '2:test/bang']);
    expect(found('<!-- msglint-disable test/bang, test/shorthand -->\n\npls!! fyi')).toEqual(['2:test/fyi']);
  });

  it('enable of one rule keeps the others disabled', () => {
    const text = '<!-- msglint-disable -->\n\npls!!\n\n<!-- msglint-enable test/bang -->\n\npls!!';
    expect(found(text)).toEqual(['6:test/bang']);
  });

  it('disable-line and disable-next-line cover one line only', () => {
    expect(found('pls!! <!-- msglint-disable-line test/shorthand -->\npls!!')).toEqual(['0:test/bang', '1:test/shorthand', '1:test/bang']);
    expect(found('<!-- msglint-disable-next-line -->\npls!!\npls!!')).toEqual(['2:test/shorthand', '2:test/bang']);
  });

  it('works with CRLF line breaks', () => {
    expect(found('<!-- msglint-disable-next-line -->\r\npls!!\r\npls')).toEqual(['2:test/shorthand']);
    expect(found('pls <!-- msglint-disable-line -->\r\npls')).toEqual(['1:test/shorthand']);
  });

  it('a directive inside code or a quote is not a directive', () => {
    expect(found('```\n<!-- msglint-disable -->\n```\n\npls')).toEqual(['4:test/shorthand']);
    expect(found('`<!-- msglint-disable -->` pls')).toEqual(['0:test/shorthand']);
  });

  it('decides like a walk over every directive in order (random directives)', () => {
    const names = fc.constantFrom('', 'test', 'test/bang', 'test/fyi', 'other', 'test/bang, test/fyi', 'tes');
    const directive = fc.tuple(fc.constantFrom('disable', 'enable', 'disable-line', 'disable-next-line'), names);
    const line = fc.tuple(fc.array(directive, { maxLength: 2 }), fc.constantFrom('pls', 'fyi!!', 'x', ''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.map(([ds, words]) => [words, ...ds.map(([kind, n]) => `<!-- msglint-${kind} ${n} -->`)].join(' ')).join('\n\n');
        const draft = parseDraft(text);
        const fast = readSuppressions(draft);
        for (const ruleId of ['test/bang', 'test/fyi', 'other/x']) {
          for (let offset = 0; offset <= text.length; offset += 3) {
            expect(fast.isSuppressed(ruleId, offset), `${ruleId}@${offset}\n${text}`).toBe(naive(draft, ruleId, offset));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** The obvious reading: the last region directive at or before the offset that covers the rule decides. */
function naive(draft: ReturnType<typeof parseDraft>, ruleId: string, offset: number): boolean {
  const covers = (names: string[]) => names.length === 0 || names.some((n) => n === ruleId || ruleId.startsWith(`${n}/`));
  const events: { at: number; disable: boolean; names: string[] }[] = [];
  for (const c of draft.markdown.comments) {
    const m = /<!--\s*msglint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/.exec(draft.text.slice(c.start, c.end));
    if (!m) continue;
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    if (m[1] === 'disable-line' || m[1] === 'disable-next-line') {
      const line = draft.lines.lineOf(m[1] === 'disable-line' ? c.start : c.end) + (m[1] === 'disable-next-line' ? 1 : 0);
      if (line === draft.lines.lineOf(offset) && covers(names)) return true;
      continue;
    }
    events.push({ at: m[1] === 'disable' ? c.start : c.end, disable: m[1] === 'disable', names });
  }
  let disabled = false;
  for (const e of [...events].sort((a, b) => a.at - b.at)) if (e.at <= offset && covers(e.names)) disabled = e.disable;
  return disabled;
}
