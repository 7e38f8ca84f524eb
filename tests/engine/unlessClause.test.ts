// existence `unlessClause` (negations cancel only their own clause), clauseAround, and sentences
// that do not end at a title's dot (Mr. Weber).
import { describe, expect, it } from 'vitest';
import { lintDraft, loadRulePack } from '../../server/src/engine/index.js';
import { testRule } from './packs.js';
import { clauseAround, sentenceSpans } from '../../server/src/engine/text/sentences.js';

const PACK = `rules:
${testRule('t/password', '', { severity: 'error', message: 'ask {match}' }).trimEnd()}
    patterns: ['\\bsend me the password\\b', '密码发给我']
    unless: ['\\bscam\\b']
    unlessClause: ['\\bnot\\b', '不会']
`;

describe('existence unlessClause', () => {
  const { rules, errors } = loadRulePack(PACK, 'test.yaml');
  const run = (text: string) => lintDraft(text, rules).diagnostics.map((d) => d.ruleId);
  it('loads', () => expect(errors).toEqual([]));
  it('a negation in the clause of the match cancels it', () => {
    expect(run('Please do not send me the password.')).toEqual([]);
    expect(run('我们不会让您把密码发给我们。')).toEqual([]);
  });
  it('a negation in another clause of the sentence does not', () => {
    expect(run('Please send me the password, so you will not miss the PI.')).toEqual(['t/password']);
    expect(run('请把密码发给我，以后就不会收不到 PI 了。')).toEqual(['t/password']);
  });
  it('`unless` still reads the whole sentence', () => {
    expect(run('It is a scam when they say: send me the password.')).toEqual([]);
  });
});

describe('clauseAround', () => {
  it('spans from the break before the start to the break after the end', () => {
    const text = 'One, two three, four.';
    const [sentence] = sentenceSpans(text);
    const start = text.indexOf('two');
    expect(clauseAround(text, sentence, start, start + 3)).toEqual({ start: 4, end: 14 });
    expect(clauseAround(text, sentence, 0, 3)).toEqual({ start: 0, end: 3 });
  });
  it('a match across a break keeps both clauses', () => {
    const text = '甲乙，丙丁；戊';
    const [sentence] = sentenceSpans(text);
    expect(sentenceSpans(text)).toHaveLength(2); // ； ends a sentence
    expect(clauseAround(text, sentence, 1, 4)).toEqual({ start: 0, end: 5 });
  });
});

describe('sentences and titles', () => {
  it('a title’s dot does not end the sentence', () => {
    expect(sentenceSpans('Ask Mr. Weber for it. Then call Dr. Chen.')).toHaveLength(2);
    expect(sentenceSpans('I met Mrs. Li. She agreed.')).toHaveLength(2);
  });
});
