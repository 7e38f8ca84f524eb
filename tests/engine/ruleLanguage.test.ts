// Issue 16 items 9 and 18: a rule's patterns are matched one by one (back-references and group
// names stay inside their pattern), and `unless` / `unlessClause` read each sentence and clause once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintDraft, loadRulePack } from '../../server/src/engine/index.js';
import { testRule } from './packs.js';
import { clauseAround, clauseBreaks, clauseIn, sentenceSpans, type Span } from '../../server/src/engine/text/sentences.js';
import { lint } from '../helpers/engine.js';

const rule = (body: string) => `rules:\n${testRule('t/r', body)}`;

describe('patterns are matched separately', () => {
  it('a back-reference refers to its own pattern’s group', () => {
    const { rules, errors } = loadRulePack(rule("    patterns: ['\\bfoo\\b', '\\b(and)\\s+\\1\\b']"), 'p.yaml');
    expect(errors).toEqual([]);
    const at = (text: string) => lintDraft(text, rules).diagnostics.map((d) => text.slice(d.offsets.start, d.offsets.end));
    expect(at('salt and and pepper')).toEqual(['and and']);
    expect(at('salt and pepper, foo')).toEqual(['foo']);
  });
  it('two patterns may name a group alike', () => {
    const { rules, errors } = loadRulePack(rule("    patterns: ['(?<w>alpha)\\s\\k<w>', '(?<w>beta)\\s\\k<w>']"), 'p.yaml');
    expect(errors).toEqual([]);
    expect(lintDraft('alpha alpha, beta beta', rules).diagnostics).toHaveLength(2);
  });
  it('overlapping matches of two patterns are reported once, the leftmost longest', () => {
    const { rules } = loadRulePack(rule("    patterns: ['send me', 'me the password']"), 'p.yaml');
    const text = 'send me the password';
    expect(lintDraft(text, rules).diagnostics.map((d) => text.slice(d.offsets.start, d.offsets.end))).toEqual(['send me']);
  });
});

describe('clauseIn', () => {
  it('agrees with clauseAround on random sentences and spans', () => {
    const unit = fc.constantFrom('a', ' ', ',', '，', ':', ' - ', '——', 'b', ';');
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 1, maxLength: 30 }).map((u) => u.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const sentence: Span = { start: 0, end: text.length };
          const start = a % text.length;
          const end = Math.min(text.length, start + (b % 5));
          expect(clauseIn(clauseBreaks(text, sentence), sentence, start, end)).toEqual(referenceClause(text, sentence, start, end));
          expect(clauseAround(text, sentence, start, end)).toEqual(referenceClause(text, sentence, start, end));
        },
      ),
    );
  });
});

/** The straightforward scan clauseAround used to do for every match. */
function referenceClause(text: string, sentence: Span, start: number, end: number): Span {
  const BREAK = /[,，:：;；]|\s[-–—]\s|——/gu;
  let from = sentence.start;
  let to = sentence.end;
  BREAK.lastIndex = sentence.start;
  for (let m = BREAK.exec(text); m && m.index < sentence.end; m = BREAK.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { start: from, end: to };
}

describe('many matches in one long sentence', () => {
  it('finish (issue 16 item 9: a sentence-long run of asks)', () => {
    // One sentence, 80k characters, an ask every 8: each match must not rescan the sentence.
    const text = `---\nchannel: wechat\nlang: zh\n---\n${'您的密码是多少 '.repeat(10_000)}`;
    const result = lint(text);
    expect(result.diagnostics.filter((d) => d.ruleId === 'risky-ask/credentials').length).toBe(10_000);
    expect(sentenceSpans(result.draft.prose)).toHaveLength(1);
  });
});
