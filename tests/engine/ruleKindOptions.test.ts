// Options added to the rule kinds for the detection packs: checklist `triggerAlso` and `weakTrigger`,
// existence `fix.target: sentence`, and lookbehind patterns passing the backtracking check.
import { describe, expect, it } from 'vitest';
import { applyFixes, lintDraft, loadRulePack } from '../../server/src/engine/index.js';
import { testRule } from './packs.js';

function pack(rule: string) {
  const loaded = loadRulePack(`rules:\n${rule}`, 'test.yaml');
  return loaded;
}

const CHECKLIST = `
  - id: t/code
    kind: checklist
    severity: warning
    message: { en: 'missing {missing}', zh: '缺少{missing}' }
    rationale: { en: r, zh: r }
    examples: { fail: [x], pass: [y] }
    trigger: ['\\bverification code\\b']
    triggerAlso: ['\\b(?:send|share)\\b|[?]']
    weakTrigger:
      patterns: ['\\bthe code\\b']
      context: ['\\bportal\\b']
    require:
      - id: thanks
        patterns: ['\\bthanks?\\b']
        message: { en: thanks, zh: 致谢 }
`;

describe('checklist triggerAlso', () => {
  const { rules, errors } = pack(CHECKLIST);
  const run = (text: string) => lintDraft(text, rules).diagnostics;
  it('loads', () => expect(errors).toEqual([]));
  it('a trigger sentence without a request cue does not count', () => {
    expect(run('The verification code worked.')).toEqual([]);
  });
  it('a trigger sentence with a cue, in any order, counts', () => {
    expect(run('The verification code, could you send it.')).toHaveLength(1);
    expect(run('Send me the verification code.')).toHaveLength(1);
    expect(run('What is the verification code?')).toHaveLength(1);
  });
  it('reports at the first sentence that qualifies', () => {
    const text = 'The verification code arrived. Please send the verification code.';
    const [d] = run(text);
    expect(text.slice(d.offsets.start, d.offsets.end)).toBe('Please send the verification code.');
  });
});

describe('checklist weakTrigger', () => {
  const { rules } = pack(CHECKLIST);
  const run = (text: string) => lintDraft(text, rules).diagnostics;
  it('an ambiguous trigger needs its context somewhere in the draft', () => {
    expect(run('Please send me the code.')).toEqual([]);
    expect(run('The portal emailed you. Please send me the code.')).toHaveLength(1);
  });
  it('context in the counterpart quote counts too', () => {
    expect(run('> I got a code from the portal\n\nPlease send me the code.')).toHaveLength(1);
  });
  it('the earlier of a strong and a weak trigger wins', () => {
    const text = 'On the portal: send the code. Send the verification code.';
    const [d] = run(text);
    expect(text.slice(d.offsets.start, d.offsets.end)).toBe('On the portal: send the code.');
  });
});

describe('existence fix target: sentence', () => {
  const { rules, errors } = pack(`
  - id: t/pw
    kind: existence
    severity: error
    message: { en: 'no {match}', zh: '不要{match}' }
    rationale: { en: r, zh: r }
    examples: { fail: [x], pass: [y] }
    patterns: ['\\bpassword\\b']
    fix:
      title: { en: Replace, zh: 替换 }
      target: sentence
      replace: { en: 'Please add me as a user.', zh: '请添加我为用户。' }
`);
  it('replaces the whole sentence holding the match', () => {
    expect(errors).toEqual([]);
    const text = 'Hi. Send me the password now. Bye.';
    const [d] = lintDraft(text, rules).diagnostics;
    const fixed = applyFixes(text, [
      { edits: d.fix!.edits.map((e) => ({ start: text.indexOf('Send'), end: text.indexOf(' Bye'), newText: e.newText })) },
    ]).text;
    expect(fixed).toBe('Hi. Please add me as a user. Bye.');
    expect(d.fix!.edits[0].range.start.character).toBe(4);
    expect(d.fix!.edits[0].range.end.character).toBe(29);
  });
});

describe('pattern safety check and lookbehind', () => {
  const rule = (pattern: string) => `
  - id: t/x
    kind: existence
    severity: warning
    message: { en: m, zh: m }
    rationale: { en: r, zh: r }
    examples: { fail: [x], pass: [y] }
    patterns: ['${pattern}']
`;
  it('accepts a linear pattern with lookbehind', () => {
    expect(pack(rule('(?<![\\p{L}])pls(?![\\p{L}])')).errors).toEqual([]);
    expect(pack(rule('(?<=we )r\\b')).errors).toEqual([]);
  });
  it('still refuses nested quantifiers, inside a lookbehind too', () => {
    expect(pack(rule('(a+)+$')).errors).toHaveLength(1);
    expect(pack(rule('(?<=(a+)+)b')).errors).toHaveLength(1);
  });
  it('does not mistake a named group for a lookbehind', () => {
    expect(pack(rule('(?<word>pls)')).errors).toEqual([]);
  });
});

describe('substitution swap maps', () => {
  it('limits apply per entry: a long map whose combined pattern passes 2000 characters loads', () => {
    // Letters only: a word mixing letters and digits is never swapped.
    const suffix = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
    const entries = Array.from(
      { length: 40 },
      (_, i) => `      '(?<![\\p{L}\\p{N}_/.@#&-])w${'x'.repeat(30)}${suffix(i)}(?![\\p{L}\\p{N}_/@#&-])': r${i}`,
    ).join('\n');
    const { rules, errors } = loadRulePack(
      `rules:\n${testRule('t/s', `    swap:\n${entries}`, { kind: 'substitution', message: 'm' })}`,
      't.yaml',
    );
    expect(errors).toEqual([]);
    const [d] = lintDraft(`say w${'x'.repeat(30)}${suffix(7)} now`, rules).diagnostics;
    expect(d.fix!.edits[0].newText).toBe('r7');
  });
});

describe('pattern flags', () => {
  it('keeps `u` only where the pattern needs it', async () => {
    const { needsUnicode } = await import('../../server/src/engine/rules/patterns.js');
    for (const astral of ['anywhere', 'in-class'] as const) {
      expect(needsUnicode('\\bpls\\b|验证码', astral)).toBe(false);
      expect(needsUnicode('(?<![\\p{L}])u', astral)).toBe(true);
      expect(needsUnicode('\\u{1F600}', astral)).toBe(true);
      expect(needsUnicode('[😀]', astral)).toBe(true);
      expect(needsUnicode('\\\\p{L}', astral)).toBe(false); // an escaped backslash then "p{L}"
    }
    // An astral character outside a class: a pack pattern keeps `u` (its `.` or `[^…]` beside it may
    // mean one character); the engine's own expressions, written knowing it, do not need it.
    expect(needsUnicode('☎|📞', 'anywhere')).toBe(true);
    expect(needsUnicode('☎|📞', 'in-class')).toBe(false);
  });
  it('the engine builds its own expressions with one definition of the flag (fastRegExp)', async () => {
    const { fastRegExp } = await import('../../server/src/engine/rules/patterns.js');
    expect(fastRegExp('☎|📞', 'giu').flags).toBe('gi');
    expect(fastRegExp('[☎📞]', 'giu').flags).toBe('giu');
    expect(fastRegExp('\\\\p{L}', 'giu').flags).toBe('gi'); // was kept by a second copy that did not skip escapes
  });
  it('a BMP pattern matches the same with or without `u`', () => {
    const { rules } = loadRulePack(`rules:\n${testRule('t/x', "    patterns: ['\\bOTP\\b|验证码']", { message: 'm' })}`, 't.yaml');
    const found = lintDraft('otp, OTP, 验证码, hotpot', rules).diagnostics.map((d) => d.offsets.start);
    expect(found).toEqual([0, 5, 10]);
  });
  it('a pattern invalid in Unicode mode is still refused', () => {
    const { errors } = loadRulePack(`rules:\n${testRule('t/x', "    patterns: ['\\-x']", { message: 'm' })}`, 't.yaml');
    expect(errors).toHaveLength(1);
  });
});

describe('checklist weakTrigger as a list of groups', () => {
  const { rules, errors } = pack(`
  - id: t/code
    kind: checklist
    severity: warning
    message: { en: 'missing {missing}', zh: '缺少{missing}' }
    rationale: { en: r, zh: r }
    examples: { fail: [x], pass: [y] }
    trigger: ['\\bverification code\\b']
    weakTrigger:
      - patterns: ['\\bthe code\\b']
        context: ['\\bportal\\b']
      - patterns: ['\\bsend it to me\\b']
        context: ['\\bgot a code\\b']
    require:
      - id: thanks
        patterns: ['\\bthanks?\\b']
        message: { en: thanks, zh: 致谢 }
`);
  const run = (text: string) => lintDraft(text, rules).diagnostics;
  it('each group needs its own context', () => {
    expect(errors).toEqual([]);
    expect(run('Please send it to me.')).toEqual([]);
    expect(run('> I got a code\n\nPlease send it to me.')).toHaveLength(1);
    expect(run('The portal is open. Send it to me.')).toEqual([]);
    expect(run('The portal is open. Send me the code.')).toHaveLength(1);
  });
});
