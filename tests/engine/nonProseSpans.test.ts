// The shared non-prose spans: found once per draft, asked by every detector (and later by rules).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../server/src/engine/index.js';
import { findNonProseSpans, nonProseSpans, SHAPES, type NonProseKind } from '../../server/src/engine/text/spans.js';
import { caseDraft, readCases } from '../helpers/corpusScore.js';
import { GROUPS, readGroup } from '../realtext/mailCorpus.js';

function kinds(text: string): string[] {
  return findNonProseSpans(text).spans.map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
}

describe('non-prose spans', () => {
  it.each<[string, string, NonProseKind, string]>([
    ['an e-mail address', 'mail sunny.chen@163.com now', 'email', 'sunny.chen@163.com'],
    ['a URL', 'see http://www.newsisfree.com/click/-2,8655713,215/ x', 'url', 'http://www.newsisfree.com/click/-2,8655713,215/'],
    ['a time after @', 'posted on Monday, @10:50 (news)', 'time', '@10:50'],
    ['a time with am/pm', 'call at 3:30 pm', 'time', '3:30 pm'],
    ['an ISO date-time', 'Date: 2002-10-08T03:30:53+01:00', 'date', '2002-10-08T03:30:53+01:00'],
    ['a month-name date', 'on August 22, 2002 we met', 'date', 'August 22, 2002'],
    ['a Chinese date (简体)', '交期 2026年3月5日', 'date', '2026年3月5日'],
    ['a Chinese date (繁體)', '交期 2026年3月5號', 'date', '2026年3月5號'],
    ['a three-part version', 'kernel 2.4.18-10 here', 'version', 'kernel 2.4.18-10'],
    ['a product version', 'running RH 7.3/Apt 0.3', 'version', 'RH 7.3/Apt 0.3'],
    ['a US postcode', 'Kirkland WA 98034', 'postcode', 'WA 98034'],
    ['a Chinese postcode', '邮编：518000', 'postcode', '邮编：518000'],
    ['an order number', 'Order No. 20260118 shipped', 'reference', 'Order No. 20260118'],
    ['a tracking number', 'tracking 1Z999AA10123456784', 'reference', 'tracking 1Z999AA10123456784'],
    ['a 运单号', '运单号：SF1234567890', 'reference', '运单号：SF1234567890'],
    ['a shell variable', 'echo "$1" done', 'shell-variable', '$1'],
    ['a base64 run', 'x AqBhAKChTeKXwD8zDMwf+okAKJXnnpknwACgtXZ7v3bB y', 'encoded', 'AqBhAKChTeKXwD8zDMwf+okAKJXnnpknwACgtXZ7v3bB'],
  ])('finds %s', (_, text, kind, span) => {
    expect(kinds(text)).toContain(`${kind}:${span}`);
  });

  it.each([
    ['a price', 'USD 4.60 per pc, FOB Ningbo'],
    ['one dollar', 'It costs $1 each.'],
    ['a phone with dots', 'Phone 139.1234.5678 please'],
    ['a French phone', 'Tél 01.23.45.67.89'],
    ['a quantity', 'MOQ 500 pcs, 2.5 mm thick'],
    ['a price after a capitalized word', 'Price 4.60 and Total 9.20'],
  ])('leaves %s as prose', (_, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('adds code and quoted counterpart text from the draft, once per draft', () => {
    const draft = parseDraft('---\nchannel: email\n---\n> Buyer: 4.60?\n\nSet `price = 4.60` at 10:50.\n');
    const spans = nonProseSpans(draft);
    expect(nonProseSpans(draft)).toBe(spans);
    const text = draft.text;
    expect(spans.spans.map((s) => `${s.kind}:${text.slice(s.start, s.end).trim()}`)).toEqual(
      expect.arrayContaining(['quote:> Buyer: 4.60?', 'code:`price = 4.60`', 'time:10:50']),
    );
    const at = text.indexOf('4.60');
    expect(spans.overlapping(at, at + 4)?.kind).toBe('quote');
    expect(spans.overlapping(at, at + 4, ['url', 'email'])).toBeUndefined();
  });
});

describe('encoded runs', () => {
  // The scan by char code must find what this expression finds, run for run. (Texts with a PGP
  // armour are left out: its own shape covers the runs inside it.)
  const ENCODED = /(?<![A-Za-z0-9+/=$_-])[A-Za-z0-9+/=$_-]{40,}/g;
  const texts = [
    ...readCases(join(import.meta.dirname, '../corpus/regression.yaml')).map(caseDraft),
    ...GROUPS.flatMap((group) => readGroup(group).slice(0, 300)).map((mail) => mail.body),
    `x ${'A'.repeat(39)} y ${'b'.repeat(40)} z ${'=+/$_-9'.repeat(7)}`,
    `${'Q'.repeat(45)}`,
    `é${'Q'.repeat(40)}é${'Q'.repeat(39)}`,
  ];
  const encoded = (text: string) =>
    findNonProseSpans(text)
      .spans.filter((s) => s.kind === 'encoded')
      .map((s) => [s.start, s.end]);

  it('are every whole run of 40 or more, as the expression finds them', () => {
    let runs = 0;
    for (const text of texts.filter((t) => !t.includes('-----BEGIN'))) {
      const expected = [...text.matchAll(ENCODED)].map((m) => [m.index, m.index + m[0].length]);
      expect(encoded(text), text.slice(0, 80)).toEqual(expected);
      runs += expected.length;
    }
    expect(runs).toBeGreaterThan(5);
  });
});

describe('the characters a shape needs', () => {
  // A shape that names them is skipped on a text without any: every match must hold one.
  const texts = [
    ...readCases(join(import.meta.dirname, '../corpus/regression.yaml')).map(caseDraft),
    ...GROUPS.flatMap((group) => readGroup(group).slice(0, 300)).map((mail) => mail.body),
    'at 10:50 or 10：50, 2026年3月5日, Netscape 7.0/Mozilla 1.1, see [12], icq: 2927491, 28611923@icq, $HOME and "$1"',
    '-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----',
  ];
  const named = SHAPES.filter(([, , needs]) => needs);

  it.each(named.map(([kind, re, needs]) => [kind, re.source.slice(0, 40), re, needs!] as const))(
    '%s %s… matches only around one of them',
    (_kind, _source, re, needs) => {
      let matches = 0;
      for (const text of texts) {
        for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
          if (m[0].length === 0) continue;
          matches++;
          expect(
            needs.some((literal) => m[0].includes(literal)),
            m[0],
          ).toBe(true);
        }
      }
      expect(matches).toBeGreaterThan(0);
    },
  );
});
