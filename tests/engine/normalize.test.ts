import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../server/src/engine/text/normalize.js';

/** Normalizes, finds `needle` in the normalized text and returns the original text it maps back to. */
function backToOriginal(text: string, needle: string): string {
  const n = normalizeText(text);
  const at = n.text.indexOf(needle);
  expect(at, `${JSON.stringify(needle)} in ${JSON.stringify(n.text)}`).toBeGreaterThanOrEqual(0);
  const span = n.toOriginal(at, at + needle.length);
  return text.slice(span.start, span.end);
}

describe('normalizeText', () => {
  it('returns ASCII text unchanged with an identity map', () => {
    const n = normalizeText('Call +86 139 1234 5678.\r\nThanks');
    expect(n.text).toBe('Call +86 139 1234 5678.\r\nThanks');
    expect(n.toOriginal(5, 22)).toEqual({ start: 5, end: 22 });
  });

  it('folds full-width digits, letters and the at sign', () => {
    expect(normalizeText('１３９１２３４５６７８').text).toBe('13912345678');
    expect(normalizeText('ＷｈａｔｓＡｐｐ').text).toBe('WhatsApp');
    expect(normalizeText('amy＠163.com').text).toBe('amy@163.com');
    expect(backToOriginal('电话：１３９１２３４５６７８。', '13912345678')).toBe('１３９１２３４５６７８');
  });

  it('folds circled, parenthesized and dingbat digits', () => {
    expect(normalizeText('①③⑨').text).toBe('139');
    expect(normalizeText('❶❸❾').text).toBe('139');
    expect(normalizeText('⑴⑵').text).toBe('(1)(2)');
    expect(normalizeText('⓪⓿').text).toBe('00');
    expect(backToOriginal('No: ①③⑨①②', '13912')).toBe('①③⑨①②');
  });

  it('folds keycap emoji digits and underlines the whole keycap', () => {
    const text = 'WA 1️⃣3️⃣9️⃣ ok';
    expect(normalizeText(text).text).toBe('WA 139 ok');
    expect(backToOriginal(text, '139')).toBe('1️⃣3️⃣9️⃣');
  });

  it('removes zero-width characters and maps around them', () => {
    const text = '1\u200b3\u200c9\u200d1\u2060234\ufeff5678';
    expect(normalizeText(text).text).toBe('13912345678');
    expect(backToOriginal(text, '13912345678')).toBe(text);
    expect(backToOriginal('We\u200bChat', 'WeChat')).toBe('We\u200bChat');
  });

  it('removes combining marks drawn over digits and letters', () => {
    const text = 'W\u0332e\u0332C\u0332h\u0332a\u0332t\u0332 1\u03363\u03369\u0336';
    expect(normalizeText(text).text).toBe('WeChat 139');
    expect(backToOriginal(text, '139')).toBe('1\u03363\u03369\u0336');
  });

  it('converts Chinese digits, spoken forms included, only inside digit runs', () => {
    expect(normalizeText('手机：幺三九 幺二三四 五六七八').text).toBe('手机：139 1234 5678');
    expect(normalizeText('洞幺两拐勾零八六').text).toBe('01279086');
    expect(normalizeText('壹叁玖贰肆伍陆').text).toBe('1392456');
    expect(normalizeText('我们一起去，三三两两。').text).toBe('我们一起去，三三两两。');
    expect(backToOriginal('电话 幺三九幺二三四五六七八 谢谢', '13912345678')).toBe('幺三九幺二三四五六七八');
  });

  it('simplifies traditional characters (OpenCC), keeping offsets', () => {
    expect(normalizeText('聯繫電話').text).toBe('联系电话');
    expect(normalizeText('郵箱帳戶轉賬').text).toBe('邮箱账户转账');
    expect(normalizeText('參貳陸').text).toBe('参贰陆');
    expect(backToOriginal('請加我微信，謝謝', '加我微信')).toBe('加我微信');
  });

  it('leaves simplified characters alone (OpenCC variant tables would change 么, 叁, 户, 温)', () => {
    const text = '怎么联系你？叁佰元，账户，温度，台湾，吃饭，秘书';
    expect(normalizeText(text).text).toBe(text);
    expect(normalizeText('裡面').text).toBe('里面');
  });

  it('folds Cyrillic and Greek look-alikes of Latin letters', () => {
    expect(normalizeText('WhаtsАpp').text).toBe('WhatsApp'); // Cyrillic а and А
    expect(normalizeText('Skуpe').text).toBe('Skype'); // Cyrillic у
  });

  it('folds mathematical digits (surrogate pairs) and maps them back to both units', () => {
    const text = 'tel 𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖';
    expect(normalizeText(text).text).toBe('tel 13912345678');
    expect(backToOriginal(text, '13912345678')).toBe('𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖');
  });

  it('keeps emoji, other surrogate pairs and CRLF as they are', () => {
    const text = '😀 加我 😀\r\n第二行 𠮷 WeChat';
    const n = normalizeText(text);
    expect(n.text).toBe(text);
    expect(backToOriginal(text, 'WeChat')).toBe('WeChat');
    const mixed = '😀\r\n１２３\r\n𠮷';
    expect(normalizeText(mixed).text).toBe('😀\r\n123\r\n𠮷');
    expect(backToOriginal(mixed, '123')).toBe('１２３');
    expect(backToOriginal(mixed, '\r\n𠮷')).toBe('\r\n𠮷');
  });

  it('a text the tables leave alone maps to itself; only its digit runs change', () => {
    const plain = '您好，样品已寄出😀，请查收。';
    const n = normalizeText(plain);
    expect(n.text).toBe(plain);
    expect(n.toOriginal(3, 8)).toEqual({ start: 3, end: 8 });
    const digits = normalizeText('您好，电话幺三九幺二三四五六七八😀');
    expect(digits.text).toBe('您好，电话13912345678😀');
    expect(digits.toOriginal(5, 16)).toEqual({ start: 5, end: 16 });
    expect(digits.toOriginal(16, 18)).toEqual({ start: 16, end: 18 });
  });

  it('units before the first folded one map to themselves, units after it follow the fold', () => {
    const text = '价格😀 USD 5，電话：１３９';
    const n = normalizeText(text);
    expect(n.text).toBe('价格😀 USD 5，电话：139');
    for (let i = 0; i < text.indexOf('電'); i++) expect(n.toOriginal(i, i + 1)).toEqual({ start: i, end: i + 1 });
    expect(backToOriginal(text, '电话')).toBe('電话');
    expect(backToOriginal(text, '139')).toBe('１３９');
  });

  it('maps every normalized span back inside the original, in order (property)', () => {
    const pieces = ['a', ' ', '\r\n', '１', '①', '1️⃣', '\u200b', '幺', '三', '電', '话', '😀', '𝟗', 'а', '⑩', '\n', '@', '＠', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('');
        const n = normalizeText(text);
        const a = n.text.length === 0 ? 0 : x % (n.text.length + 1);
        const b = n.text.length === 0 ? 0 : a + (y % (n.text.length - a + 1));
        const span = n.toOriginal(a, b);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
        // Monotonic: a later start never maps before an earlier one.
        if (a < n.text.length) expect(n.toOriginal(a + 1, a + 1).start).toBeGreaterThanOrEqual(span.start);
        // The whole normalized text maps to the whole original (minus leading invisible characters).
        const all = n.toOriginal(0, n.text.length);
        expect(all.end === text.length || n.text.length === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeText: spelled-out digits', () => {
  it('turns five or more English digit words into one number, mapped to the words', () => {
    const text = 'Call my cell, one three eight, two seven six five, four four one zero, for questions.';
    const n = normalizeText(text);
    expect(n.text).toBe('Call my cell, 13827654410, for questions.');
    const at = n.text.indexOf('13827654410');
    const span = n.toOriginal(at, at + 11);
    expect(text.slice(span.start, span.end)).toBe('one three eight, two seven six five, four four one zero');
    expect(normalizeText('double four one two three five').text).toBe('441235');
  });

  it('leaves ordinary number words alone', () => {
    expect(normalizeText('one or two samples, three colours').text).toBe('one or two samples, three colours');
    expect(normalizeText('We have one, two, three or four sizes.').text).toBe('We have one, two, three or four sizes.');
  });

  it('works in a Chinese draft too', () => {
    expect(normalizeText('电话 one three nine one two three four').text).toBe('电话 1391234');
  });
});

describe('simplified variants', () => {
  it('folds 帳/帐 to 账 so traditional 轉帳 and 帳戶 read as 转账 and 账户', () => {
    expect(normalizeText('轉帳到我們帳戶，帐号').text).toBe('转账到我们账户，账号');
  });
});
