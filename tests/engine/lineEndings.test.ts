// LF, CRLF, lone CR and mixed line endings read identically: front matter, fences, quotes and
// suppression comments; fixes keep the draft's own line endings (issue 13, issue 16 items 8 and 23).
import { describe, expect, it } from 'vitest';
import { applySafeFixes } from '../../server/src/engine/index.js';
import { lint } from '../helpers/engine.js';

// Every construct whose reading depends on line breaks: front matter (with a typo the safe fix
// corrects), a fenced code block and a quote that must stay unchecked, a suppression comment for the
// next line, and findings in the body (shorthand on WhatsApp, a password ask).
const LF_DRAFT = [
  '---',
  'channel: whatsap',
  'stage: inquiry',
  '---',
  'Hi Peter, pls send the PIN of your card.',
  '',
  '```',
  'pls thx',
  '```',
  '',
  '> pls send your password',
  '',
  '<!-- msglint-disable-next-line -->',
  'pls send your login password',
  '',
  'thx',
  '',
].join('\n');

const ENDINGS: Record<string, (text: string) => string> = {
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  cr: (t) => t.replace(/\n/g, '\r'),
  // Alternating LF, CRLF and CR, line by line.
  mixed: (t) =>
    t
      .split('\n')
      .map((line, i, all) => (i === all.length - 1 ? line : line + ['\n', '\r\n', '\r'][i % 3]))
      .join(''),
};

/** What a reader sees: rule, LSP range and the matched text, independent of the line-break bytes. */
function reading(text: string) {
  const result = lint(text);
  return {
    channel: result.draft.channel,
    stage: result.draft.stage,
    frontMatterProblems: result.draft.frontMatter.problems.map((p) => [p.check, p.params.key]),
    findings: result.diagnostics.map((d) => [d.ruleId, d.range, text.slice(d.offsets.start, d.offsets.end)]),
  };
}

describe('line endings', () => {
  const expected = reading(LF_DRAFT);

  it('the LF reference draft exercises front matter, fences, quotes and suppression', () => {
    expect(expected.frontMatterProblems).toEqual([['invalid-value', 'channel']]);
    expect(expected.stage).toBe('inquiry');
    const lines = expected.findings.map(([, range]) => (range as { start: { line: number } }).start.line);
    expect(lines).toContain(1); // the channel typo
    expect(lines).toContain(4); // the body
    expect(lines).not.toContain(7); // code
    expect(lines).not.toContain(10); // quote
    expect(lines).not.toContain(13); // suppressed
  });

  for (const [name, convert] of Object.entries(ENDINGS)) {
    it(`${name} drafts read exactly as LF drafts`, () => {
      expect(reading(convert(LF_DRAFT))).toEqual(expected);
    });

    it(`${name}: safe fixes keep the front matter and the draft's line breaks`, () => {
      const text = convert(LF_DRAFT);
      const fixed = applySafeFixes(lint(text)).text;
      expect(fixed).toBe(convert(applySafeFixes(lint(LF_DRAFT)).text));
      expect(fixed.length - text.length).toBe(applySafeFixes(lint(LF_DRAFT)).text.length - LF_DRAFT.length);
      expect(lint(fixed).draft.channel).toBe('whatsapp');
    });
  }

  it('a CR-only front matter gives its channel to the body (no yaml-syntax problem)', () => {
    const draft = lint('---\rchannel: alibaba\rstage: inquiry\r---\rAdd me on WhatsApp +86 138 0013 8000\r').draft;
    expect(draft.frontMatter.problems).toEqual([]);
    expect(draft.channel).toBe('alibaba');
    expect(draft.stage).toBe('inquiry');
  });

  it('the fix of an invalid value in a CR-only front matter replaces only the value', () => {
    const text = '---\rchannel: emial\r---\rHello\r';
    const fixed = applySafeFixes(lint(text)).text;
    expect(fixed).toBe('---\rchannel: email\r---\rHello\r');
  });
});
