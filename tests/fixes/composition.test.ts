// Quick fixes that compose (issue 9): where inserted text lands, and that clicking through the
// fixes in either order gives one clean draft.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/engine.js';
import { applyOne, quickFixes } from './helpers.js';

/** Applies the quick fixes of one rule as a rep clicks them: re-lint after each, pick first or last. */
function clickThrough(text: string, ruleId: string, order: 'first' | 'last'): string {
  for (let step = 0; step < 10; step++) {
    const fixes = quickFixes(text).filter((d) => d.ruleId === ruleId);
    if (fixes.length === 0) break;
    text = applyOne(text, order === 'first' ? fixes[0] : fixes[fixes.length - 1]);
  }
  return text;
}

describe('quick fixes compose', () => {
  it.each(['first', 'last'] as const)('call-prep fields land in checklist order, clicked %s-first', (order) => {
    const fixed = clickThrough(
      '---\nchannel: phone\n---\nAsk the hotline why our account is blocked.\n',
      'call-prep/missing-details',
      order,
    );
    const labels = fixed
      .split('\n')
      .filter((l) => /^(Company|Reference|Since|Need):/.test(l))
      .map((l) => l.split(':')[0]);
    // "why our account is blocked" already says what is needed: no Need field.
    expect(labels).toEqual(['Company', 'Reference', 'Since']);
    expect(fixed.endsWith('Ask the hotline why our account is blocked.\n')).toBe(true);
  });

  it('a thank-you goes before the sign-off, never after the signature', () => {
    const text = '---\nchannel: email\n---\nHi Peter,\n\nPlease send me the verification code.\n\nBest regards,\nAmy\n';
    const thanks = quickFixes(text).find((d) => d.fix!.edits.some((e) => /Thank you!/.test(e.newText)));
    expect(thanks, 'a thank-you fix is offered').toBeDefined();
    expect(applyOne(text, thanks!)).toContain('\nThank you!\nBest regards,\nAmy\n');
  });

  it('the context sentence goes after the greeting (李总好), not before it', () => {
    const text = '---\nchannel: wechat\nlang: zh\n---\n李总好，验证码发我一下。\n';
    const context = quickFixes(text).find((d) => d.fix!.edits.some((e) => e.newText.startsWith('按照您的安排')));
    expect(context, 'a context fix is offered').toBeDefined();
    expect(applyOne(text, context!)).toContain('李总好，按照您的安排');
  });

  it('two sentences with one problem never get the same sentence twice', () => {
    const text =
      "---\nchannel: alibaba\nstage: negotiation\n---\nDear Mr. Hughes, Trade Assurance takes too long to confirm. Let's do T/T directly to our bank outside Alibaba, and production starts the same day.\n";
    for (const order of ['first', 'last'] as const) {
      let fixed = text;
      for (let step = 0; step < 5; step++) {
        const fixes = quickFixes(fixed).filter((d) => d.ruleId.startsWith('off-platform-payment/'));
        if (fixes.length === 0) break;
        fixed = applyOne(fixed, order === 'first' ? fixes[0] : fixes[fixes.length - 1]);
      }
      expect(fixed.split('Please pay through Trade Assurance').length - 1, fixed).toBe(1);
      expect(lint(fixed).diagnostics.filter((d) => d.ruleId.startsWith('off-platform-payment/'))).toEqual([]);
    }
  });

  it('an inserting fix is not offered for text the draft already has', () => {
    const text =
      '---\nchannel: alibaba\nstage: inquiry\n---\nHi Ana, you can get our contact details through the name card exchange on this platform. Or mail me at amy@factory.example.\n';
    const cards = quickFixes(text).filter((d) => d.fix!.edits.some((e) => /name card exchange/.test(e.newText)));
    expect(cards).toEqual([]);
  });
});
