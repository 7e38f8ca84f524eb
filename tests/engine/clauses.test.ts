// One splitter for sentences and clauses (text/sentences.ts), its variants options. Each preset must
// split exactly as the code its reader had before (issue 11 merged four clause splitters and two
// sentence splitters); the former code is kept here, verbatim, as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTACT_CLAUSE,
  clauseBreaks,
  clauseWithin,
  JOINED_CLAUSE,
  LIST_ITEM_CLAUSE,
  PRICE_CLAUSE,
  RULE_CLAUSE,
  type Span,
  sentenceSpans,
  splitClauses,
} from '../../server/src/engine/text/sentences.js';

// The characters each variant treats specially, with words, digits and spaces around them.
const units = (...u: string[]) => fc.array(fc.constantFrom(...u), { maxLength: 24 }).map((a) => a.join(''));
const clauseText = units(
  'a',
  '5',
  ' ',
  '\t',
  '\u00a0',
  ',',
  '，',
  ';',
  '；',
  ':',
  '：',
  '、',
  '-',
  '–',
  '—',
  '——',
  ' - ',
  '\t–\t',
  ' —\u00a0',
);
const listText = units(
  'a b c',
  'x',
  '5',
  ' ',
  '  ',
  '\n',
  ',',
  '，',
  ';',
  '；',
  'and ',
  ' and',
  'And',
  'also',
  'but also ',
  'plus',
  '并',
  '并且',
  '而且',
  '另外',
  '还有',
);
const sentenceText = units('a', 'Mr', ' ', '\n', '\u00a0', '.', '!', '?', '。', '！', '？', ';', '；', '”');
const text = clauseText;

describe('clause presets split as their readers did before', () => {
  it('RULE_CLAUSE (unlessClause) finds the breaks of /[,，:：;；]|\\s[-–—]\\s|——/', () => {
    fc.assert(
      fc.property(text, (t) => {
        const all = { start: 0, end: t.length };
        expect(clauseBreaks(t, all, RULE_CLAUSE)).toEqual(regexBreaks(/[,，:：;；]|\s[-–—]\s|——/gu, t));
      }),
    );
  });

  it('CONTACT_CLAUSE: the clause around a contact, as detectors/contact/scan.ts found it', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), (t, a, b, r) => {
        const start = t.length === 0 ? 0 : a % t.length;
        const end = Math.min(t.length, start + (b % 6));
        const reach = r % 12;
        const window = { start: Math.max(0, start - reach), end: Math.min(t.length, end + reach) };
        expect(clauseWithin(t, window, start, end, CONTACT_CLAUSE)).toEqual(formerContactClause(t, window, start, end));
      }),
    );
  });

  it('PRICE_CLAUSE: the clause around a price, as detectors/quote/prices.ts found it', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), (t, a, b, r) => {
        const start = t.length === 0 ? 0 : a % t.length;
        const end = Math.min(t.length, start + (b % 6));
        const window = { start: Math.max(0, start - (r % 12)), end: Math.min(t.length, end + (r % 7)) };
        expect(clauseWithin(t, window, start, end, PRICE_CLAUSE)).toEqual({
          start: formerLastPriceBreak(t, window.start, start),
          end: formerNextPriceBreak(t, end, window.end),
        });
      }),
    );
  });

  it('LIST_ITEM_CLAUSE and JOINED_CLAUSE split a list item as im-run-on did', () => {
    fc.assert(
      fc.property(listText, (t) => {
        expect(splitClauses(t, LIST_ITEM_CLAUSE)).toEqual(
          t.split(/[;；]\s*|,\s+(?:and\s+|but\s+also\s+|also\s+|plus\s+)?|，(?:并且|而且|另外|还有|并)?/giu),
        );
        expect(splitClauses(t, JOINED_CLAUSE)).toEqual(t.split(/\s+(?:and|also|plus)\s+(?=\S)|(?:并且|而且|另外)/giu));
      }),
    );
  });

  it('sentences without semicolons and titles split a paragraph as im-run-on did', () => {
    fc.assert(
      fc.property(sentenceText, (t) => {
        const former = t
          .split(/(?<=[.!?])\s+|(?<=[。！？])|\n+/gu)
          .map((s) => s.trim())
          .filter(Boolean);
        expect(sentenceSpans(t, { semicolons: false, titles: false }).map((s) => t.slice(s.start, s.end))).toEqual(former);
      }),
    );
  });

  it('a joining word in a long run of spaces is found in linear time', () => {
    const t = `a${' '.repeat(200_000)}b and c`;
    const started = performance.now();
    expect(splitClauses(t, JOINED_CLAUSE)).toEqual([`a${' '.repeat(200_000)}b`, 'c']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

function regexBreaks(pattern: RegExp, t: string): Span[] {
  const out: Span[] = [];
  for (const m of t.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function formerContactClause(text: string, window: Span, start: number, end: number): Span {
  const isClauseBreak = (i: number) => {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 0xff0c || c === 0xff1b) return true;
    return (c === 45 || c === 0x2013 || c === 0x2014) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32;
  };
  let clauseStart = start;
  while (clauseStart > window.start && !isClauseBreak(clauseStart - 1)) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < window.end && !isClauseBreak(clauseEnd)) clauseEnd++;
  return { start: clauseStart, end: clauseEnd };
}

function isPriceBreakAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 44 && c !== 59 && c !== 0xff0c && c !== 0xff1b && c !== 0x3001) return false;
  const next = text.charCodeAt(i + 1);
  return !(next >= 48 && next <= 57);
}
function formerLastPriceBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isPriceBreakAt(text, i)) return i + 1;
  return from;
}
function formerNextPriceBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isPriceBreakAt(text, i)) return i;
  return to;
}
