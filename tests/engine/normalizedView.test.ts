// The keyword view every rule kind matches: normalizeText plus disguised watched words undone,
// with a map back to what the rep typed. Rules report ranges of the original text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintDraft, loadRulePack, parseDraft } from '../../server/src/engine/index.js';
import { testRule } from './packs.js';
import { matchView } from '../../server/src/engine/rules/matchView.js';
import { keywordView, WATCHED_WORDS } from '../../server/src/engine/text/normalize.js';

function back(text: string, needle: string): string {
  const v = keywordView(text);
  const at = v.text.indexOf(needle);
  expect(at, `${needle} in ${JSON.stringify(v.text)}`).toBeGreaterThanOrEqual(0);
  const span = v.toOriginal(at, at + needle.length);
  return text.slice(span.start, span.end);
}

describe('keywordView', () => {
  it.each([
    ['send me the p@ssw0rd', 'send me the password', 'p@ssw0rd'],
    ['send me the P@SSW0RD', 'send me the PaSSWoRD', 'P@SSW0RD'],
    ['your p a s s w o r d please', 'your password please', 'p a s s w o r d'],
    ['your pass-word please', 'your password please', 'pass-word'],
    ['your pass.word please', 'your password please', 'pass.word'],
    ['your pass\u200bword please', 'your password please', 'pass\u200bword'],
    ['the l0gin and p1n', 'the login and pin', 'l0gin'],
    ['add me on W-h-a-t-s-A-p-p', 'add me on whatsapp', 'W-h-a-t-s-A-p-p'],
  ])('%s → %s', (text, view, disguised) => {
    const v = keywordView(text);
    expect(v.text.toLowerCase()).toBe(view.toLowerCase());
    const word = view.split(' ').find((w) => !text.includes(w) || w === disguised)!;
    expect(
      back(
        text,
        v.text.slice(view.toLowerCase().indexOf(word.toLowerCase()), view.toLowerCase().indexOf(word.toLowerCase()) + word.length),
      ),
    ).toBe(disguised);
  });

  it('leaves numbers, prices, e-mail addresses and ordinary split words alone', () => {
    for (const text of [
      'USD 1,250.00 per set',
      'sunny.chen@163.com',
      'call +86 138 2765 4410',
      'log in to the portal',
      'a b c d e',
      'v1.2.3',
      'pass code',
      'Room 101, code 7',
    ]) {
      expect(keywordView(text).text).toBe(text);
    }
  });

  it('folds traditional Chinese and full width like normalizeText, and keeps one space of a run', () => {
    expect(keywordView('請把密碼發給我').text).toBe('请把密码发给我');
    expect(keywordView('ｐａｓｓｗｏｒｄ').text).toBe('password');
    expect(keywordView('send   me\t\tit').text).toBe('send me it');
    expect(back('send   me', 'send me')).toBe('send   me');
  });

  it('finds every disguised watched word, whatever its look-alikes, case and surroundings (random disguises)', () => {
    // `1` is read as i or as l, the same way throughout a word, so only l gets it here.
    const LOOK: Record<string, string[]> = { o: ['0'], i: ['!'], l: ['1', '|'], e: ['3'], a: ['4', '@'], s: ['5', '$'], t: ['7'] };
    const word = fc.constantFrom(...WATCHED_WORDS);
    const around = fc.constantFrom('', 'send me your ', '請把 ', 'ok    ', 'the code: ', '\n  ', '密碼 ');
    fc.assert(
      fc.property(
        word,
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        around,
        around,
        (w, picks, spaced, before, after) => {
          // One look-alike or an upper-case letter at a time; spaced out letter by letter, or as written.
          const letters = [...w].map((ch, k) => {
            const options = [ch, ch.toUpperCase(), ...(LOOK[ch] ?? [])];
            return options[picks[k] % options.length];
          });
          const disguised = letters.join(spaced ? ' ' : '');
          if (disguised.toLowerCase() === w) return; // not disguised: the view keeps it as written
          const text = `${before}${disguised} ${after}`;
          expect(keywordView(text).text.toLowerCase()).toContain(w);
        },
      ),
    );
  });

  it('maps every view span inside the original, in order (random text)', () => {
    const unit = fc.constantFrom(
      'p',
      'a',
      's',
      'w',
      'o',
      'r',
      'd',
      '@',
      '0',
      '1',
      ' ',
      '-',
      '.',
      '\u200b',
      '密',
      '碼',
      'Ａ',
      '\n',
      'x',
      '  ',
    );
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 40 }).map((u) => u.join('')),
        (text) => {
          const v = keywordView(text);
          let previous = 0;
          for (let i = 0; i < v.text.length; i++) {
            const span = v.toOriginal(i, i + 1);
            expect(span.start).toBeGreaterThanOrEqual(previous);
            expect(span.start).toBeLessThan(span.end);
            expect(span.end).toBeLessThanOrEqual(text.length);
            previous = span.start;
          }
          expect(v.toOriginal(0, v.text.length).end).toBeLessThanOrEqual(text.length);
        },
      ),
    );
  });
});

const PACK = `rules:
${testRule('t/ask', '').trimEnd()}
    patterns: ['\\bsend me (?:the|your) password\\b', '密码发给我']
    rawPatterns: ['\\bp@ssw0rd\\b']
`;

describe('rules match the view and report the original', () => {
  const { rules, errors } = loadRulePack(PACK, 'p.yaml');
  const found = (text: string) =>
    lintDraft(text, rules).diagnostics.map((d) => ({ at: text.slice(d.offsets.start, d.offsets.end), match: d.message }));
  it('loads', () => expect(errors).toEqual([]));
  it.each([
    ['Please send me your passw0rd.', 'send me your passw0rd'],
    ['Please send me your p a s s w o r d.', 'send me your p a s s w o r d'],
    ['Please send\u200b me your pass\u200bword.', 'send\u200b me your pass\u200bword'],
    ['請把密碼發給我', '密碼發給我'],
    ['ｓｅｎｄ ｍｅ ｔｈｅ ｐａｓｓｗｏｒｄ', 'ｓｅｎｄ ｍｅ ｔｈｅ ｐａｓｓｗｏｒｄ'],
  ])('%s', (text, at) => {
    expect(found(text)).toEqual([{ at, match: `m ${at}` }]);
  });
  it('a raw pattern sees the text as written (the view reads "password" there)', () => {
    expect(found('the p@ssw0rd is on the wiki')).toEqual([{ at: 'p@ssw0rd', match: 'm p@ssw0rd' }]);
  });
});

describe('matchView is built once per draft and text', () => {
  it('serves prose and visible rules from one view when the draft has no code, and from two when it has', () => {
    const plain = parseDraft('---\nchannel: email\n---\nPlease send me the p@ssw0rd.\n');
    expect(matchView(plain, 'visible')).toBe(matchView(plain, 'prose'));
    const withCode = parseDraft('---\nchannel: email\n---\nPlease send me the `p@ssw0rd`.\n');
    const prose = matchView(withCode, 'prose');
    const visible = matchView(withCode, 'visible');
    expect(visible).not.toBe(prose);
    expect(visible.text).toContain('password');
    expect(prose.text).not.toContain('password');
  });
});
