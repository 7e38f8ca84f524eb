// quote: numbers in spans that are not prose (addresses, links, times, dates, versions, postcodes,
// references, shell variables, code, quoted counterpart text) are never prices; money nobody
// offers is an amount, not a quote; prices in the rep's words are still found.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/engine.js';

const RULE = 'quote/incomplete-price';

function flagged(body: string, lang?: 'en' | 'zh'): string[] {
  const text = `---\nchannel: email\n${lang ? `lang: ${lang}\n` : ''}---\n${body}`;
  return lint(text)
    .diagnostics.filter((d) => d.ruleId === RULE)
    .map((d) => text.slice(d.offsets.start, d.offsets.end));
}

describe('numbers that are not prices', () => {
  it.each([
    ['an e-mail address', 'Please send the PI to sunny.chen@163.com, the price is USD 4.60/pc FOB Ningbo.'],
    ['a URL with numbers', 'Price list: http://www.example.com/click/-2,8655713,215/ for details.'],
    ['a port in a URL', 'See http://ontario.indymedia.org:8081/front.php3?article_id=12280'],
    ['a time after @', 'posted by KM on Monday October 07, @09:01 (news), price talk later'],
    ['a date', 'Our offer of 2026-03-05 stands; quote 18-Jun-2001 was older.'],
    ['a version after a product name', 'The price went up when we moved to RH 7.3/Apt 0.3 and RSS 0.91.'],
    ['a three-part version', 'Cost was fine on 2.4.18-10.'],
    ['a US postcode', 'Ship to John Hall, Kirkland WA 98034, at our price.'],
    ['an order number', 'Order No. 20260118 is confirmed at the quoted price.'],
    ['a shell variable', 'Use echo "$1" and mv $1 $2 in the script.'],
    ['a footnote marker', 'Some quotes from the article[1]: prices rose.'],
    ['a messenger handle', 'icq: 2927491 / aim: akaMorbus'],
    ['lower-case try is not the Turkish lira', 'Did you try 7.3 with the compat-glibc first?'],
    ['php is not the Philippine peso', 'front.php3 and php 5 handle the price form.'],
    ['an inline code span', 'Set `price = 4.60` in the config.'],
    ['a quoted counterpart line', '> Can you do 4.60?\n\nLet me check with the factory.'],
    ['money owed, not offered', 'Mr. Salvati owed $400 to a loan shark.'],
    ['a fine', 'Losing his case may mean a year in jail or a $51,000 fine.'],
    ['an income statistic', 'Median family income $21,619 ($35,225).'],
    ['a count per time', 'It was more like 80 per second; about 52 a year.'],
    ['a measure in volts and degrees', 'Charged to 2.5 volts, within 0.03 degrees.'],
    ['a multiplier glued to money', 'Part of their $7.2B portfolio; a $2.5 billion fund.'],
    ['日期、时间与版本 (简体)', '2026年3月5日 10:50 发布了 2.4.18 版本，详见 http://example.cn/a/4,60'],
    ['日期、時間與版本 (繁體)', '2026年3月5日 10:50 發佈了 2.4.18 版本，詳見 http://example.tw/a/4,60'],
    ['邮箱里的数字 (简体)', '请把形式发票发到 sunny.chen@163.com，谢谢。'],
    ['郵箱裡的數字 (繁體)', '請把形式發票發到 sunny.chen@163.com，謝謝。'],
  ])('%s', (_, body) => {
    expect(flagged(body)).toEqual([]);
  });
});

describe('prices in the rep words are still flagged', () => {
  it.each([
    ['a bare price with a cue', 'BX-330 costs 4.60.', '4.60'],
    ['money in a quotation draft', 'MOQ 500 pcs. BX-330: USD 4.60.', 'USD 4.60'],
    ['money with a price word', 'Our price is $4.60 per piece.', '$4.60'],
    ['money right before the address', 'Price USD 4.60, write to sunny.chen@163.com', 'USD 4.60'],
    ['a price after a time', 'At 10:50 we agreed: unit price 4.60.', '4.60'],
    ['单价 (简体)', '单价 4.6，起订量 500 件。', '4.6'],
    ['單價 (繁體)', '單價 4.6，起訂量 500 件。', '4.6'],
    ['美元 without unit (简体)', '报价：4.6 美元。', '4.6 美元'],
  ])('%s', (_, body, price) => {
    expect(flagged(body)).toContain(price);
  });
});

describe('quote: a number that is one group of a longer number is no price', () => {
  it.each(['价格可以再谈，电话 138 2765 4410', 'Price is negotiable, call 0755 2345 6789', '价格好商量，加我：一三八 二七六五 四四一零'])(
    '%s',
    (body) => {
      const text = `---\nchannel: email\n---\n${body}\n`;
      expect(lint(text).diagnostics.filter((d) => d.ruleId.startsWith('quote/'))).toEqual([]);
    },
  );
});

describe('quote: a bare whole number is read as a price from nearby words only in a draft about trade', () => {
  const quote = (body: string) =>
    lint(`---\nchannel: email\n---\n${body}\n`).diagnostics.filter((d) => d.ruleId.startsWith('quote/')).length;
  it.each([
    'The new card is 20% faster than the old one at twice the cost of the 4200, so we kept ours.',
    'Enrollment in the course is down to 800 this year.',
    'A lovely quote from the Forbes 400 list made my day.',
  ])('honest: %s', (body) => {
    expect(quote(body)).toBe(0);
  });
  it.each(['Hi Ben, for 500 pcs the best price we can do is 12, MOQ 500 pcs.', '王总，这款报价 35，起订量 200 件。'])(
    'trade: %s',
    (body) => {
      expect(quote(body)).toBeGreaterThan(0);
    },
  );
});
