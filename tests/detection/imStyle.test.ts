// im-style/*: texting shorthand and run-on quotes on chat channels.
import { describe, expect, it } from 'vitest';
import { applyFixes, LineIndex } from '../../server/src/engine/index.js';
import { asNumberedList } from '../../server/src/engine/detectors/im-run-on/index.js';
import { lint } from '../helpers/engine.js';

function draft(body: string, channel = 'whatsapp', lang?: 'en' | 'zh'): string {
  return `---\nchannel: ${channel}\n${lang ? `lang: ${lang}\n` : ''}---\n${body}`;
}
function own(text: string, prefix = 'im-style/') {
  return lint(text).diagnostics.filter((d) => d.ruleId.startsWith(prefix));
}
function matches(body: string, channel = 'whatsapp', lang?: 'en' | 'zh'): string[] {
  const text = draft(body, channel, lang);
  return own(text, 'im-style/shorthand').map((d) => text.slice(d.offsets.start, d.offsets.end).trim());
}
function fixAll(text: string, prefix = 'im-style/'): string {
  const lines = new LineIndex(text);
  const ds = own(text, prefix).filter((d) => d.fix);
  return applyFixes(
    text,
    ds.map((d) => ({
      edits: d.fix!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })),
    })),
  ).text;
}

describe('im-style shorthand: flagged on chat channels', () => {
  it.each([
    ['thx dear, will chk n reply u l8r', ['thx', 'chk', 'reply u']],
    ['Hi Peter, pls check the drawing and confirm tmr.', ['pls', 'tmr']],
    ['Plz send ur address.', ['Plz', 'ur']],
    ['Btw, the samples left today lol', ['Btw', 'lol']],
    ['r u free tomorrow?', ['r u']],
    ['We r ready to ship.', ['We r']],
    ['np, c u tomorrow', ['np', 'c u']],
    ['Sorry abt the delay, coz the factory was closed.', ['abt', 'coz']],
    ['Thanks, I rcvd the payment b4 noon.', ['rcvd']],
    ['Thx!', ['Thx']],
    ['thank u.', ['thank u']],
    ['(pls confirm)', ['pls']],
    ['kk, thx', ['kk', 'thx']],
    ['pls cfm the PI, ty!', ['pls', 'cfm', 'ty']],
    ['im checking with the factory, will hv the answer soon', ['im checking', 'hv']],
  ])('%s', (body, expected) => {
    expect(matches(body)).toEqual(expected);
  });

  it.each(['whatsapp', 'wechat', 'telegram', 'sms', 'linkedin'])('applies on %s', (channel) => {
    expect(matches('thx, will reply tmr', channel)).toEqual(['thx', 'tmr']);
  });

  it('Chinese drafts: Chinese net slang on word boundaries; English swaps stay in English drafts', () => {
    expect(matches('刘总，木有问题，明天发货。', 'wechat', 'zh')).toEqual(['木有']);
    expect(matches('神马时候发货？介个价格可以吗', 'wechat', 'zh')).toEqual(['神马', '介个']);
    expect(matches('好的 thx，明天发您。', 'wechat', 'zh')).toEqual([]);
    expect(matches('大米有现货，红木有限公司，玉米有机肥，中介个人', 'wechat', 'zh')).toEqual([]);
    expect(matches('刘总，木有问题', 'wechat', 'en')).toEqual([]);
  });
});

describe('im-style shorthand: not flagged', () => {
  it.each([
    'Thanks, Peter. I will check the drawing and confirm tomorrow.',
    'The U-bolt kit is n/a this week; Model N ships on Friday.',
    'The bracket is u-shaped and 2 U high; type u and series u are in stock.',
    'Size: 40 x n mm, n = 5 pieces.',
    'Order n days before shipment.',
    'See the PDF (page 2, item u).',
    'Contact: u.lee@buyer.com, www.u-parts.com, @pls_team',
    'The R&D team will visit on Monday.',
    'Tolerances: r 0.5 mm, R2 radius.',
    'The plastic is PLS-grade, the THX model is discontinued.',
    'Plsss is a brand name? No: Please, thanks, tomorrow, later.',
    'Our cotton is 100% natural; btwn is not a word.',
    'Order 5k pcs, the KK series; I am fine.',
    'The IM team uses an HV cable.',
    'Each 1 ltr bottle holds 0.5 kg; MSG-free sauce.',
  ])('%s', (body) => {
    expect(matches(body)).toEqual([]);
  });

  it('does not apply to email or marketplace channels', () => {
    expect(matches('thx, will reply tmr', 'email')).toEqual([]);
    expect(matches('thx, will reply tmr', 'alibaba')).toEqual([]);
  });

  it('single letters never fire in Chinese drafts (Latin fragments)', () => {
    expect(matches('U盘已经寄出，n个样品明天到，型号 u 和 r 都有。', 'wechat', 'zh')).toEqual([]);
    expect(matches('这个 u 型螺栓 n 件起订。', 'wechat', 'zh')).toEqual([]);
  });

  it('quoted counterpart text and code are not the rep’s words', () => {
    expect(matches('> thx, pls send it tmr\n\nThank you, I will send it tomorrow.')).toEqual([]);
    expect(matches('Use the code `pls-2026` at checkout.')).toEqual([]);
  });
});

describe('im-style shorthand: fixes', () => {
  it('replaces each shorthand, keeping the capital, and re-lints clean', () => {
    const text = draft('thx dear, will chk n reply u l8r. Btw pls confirm tmr lol');
    const fixed = fixAll(text, 'im-style/shorthand');
    expect(fixed).toBe(draft('thanks dear, will check n reply to you l8r. By the way please confirm tomorrow'));
    expect(own(fixed, 'im-style/shorthand')).toEqual([]);
  });

  it('shorthand fixes are suggestions, never applied by --fix', () => {
    const [d] = own(draft('pls confirm'), 'im-style/shorthand');
    expect(d.fix?.safe).toBe(false);
    expect(d.severity).toBe('warning');
  });
});

const RUN_ON =
  'Hi Peter, for BX-330 the price is USD 4.60 per piece FOB Ningbo and MOQ is 2000 pcs and delivery is 35 days and we can add your logo for free above 5000 pcs and samples are free but you pay the courier.';
const RUN_ON_ZH =
  '刘总您好，BX-330单价4.6美元/件FOB宁波，起订量2000件，交期35天，可以免费加印您的logo，样品免费但运费需要您承担，包装是每箱36件的出口纸箱。';

describe('im-style run-on', () => {
  function runOn(body: string, channel = 'whatsapp', lang?: 'en' | 'zh') {
    return own(draft(body, channel, lang), 'im-style/run-on');
  }

  it.each([
    RUN_ON,
    'Dear Ana, our best offer is USD 2.10 per piece, the minimum order is 500 pieces, production takes about 25 days after the deposit, and we pack 50 pieces in each carton with a printed label.',
    'Hello, thanks for your inquiry! The price is USD 12 per set FOB Xiamen. Minimum order 100 sets. We need 20 days for production. Samples cost USD 30 and we refund it with the order.',
    'Price USD 4.6/pc FOB Ningbo, MOQ 2000pcs, lead time 35 days, samples free, packing 36pcs/ctn.',
  ])('flags a quote crammed into one message: %s', (body) => {
    expect(runOn(body)).toHaveLength(1);
  });

  it.each([
    RUN_ON_ZH,
    '王经理，这个轴承座单价18块，起订1000个，交期三周，样品免费，每箱50个，您看行的话今天就可以排产。',
    '陈总您好那款亚麻桌布我们现在做的价格是每条二十八块起订量三百条颜色可以混交期二十天左右样品可以先寄两条包装是每条一个透明袋十条一箱',
  ])('flags a Chinese run-on: %s', (body) => {
    expect(runOn(body, 'wechat', 'zh')).toHaveLength(1);
  });

  it.each([
    'Hi Peter, our offer for BX-330:\n\n- Price: USD 4.60/pc FOB Ningbo\n- MOQ: 2000 pcs\n- Delivery: 35 days\n\nThank you!',
    'Hi Peter, our offer for BX-330:\n1. Price: USD 4.60/pc FOB Ningbo\n2. MOQ: 2000 pcs\n3. Delivery: 35 days',
    'Hi Peter, BX-330 is USD 4.60/pc FOB Ningbo, MOQ 2000 pcs, delivery 35 days.',
    'Good morning Peter, thank you for your message. I am out of the office today and will reply with all the details tomorrow morning. Have a nice day!',
    'Hi Ana, the samples left our factory this morning by DHL; the tracking number is 1234567890 and they should arrive on Thursday. Please let me know when you receive them.',
    'Hi Mr. Weber, the sample fee is USD 50 and we refund it with your first order. The samples will be ready in 5 days.',
  ])('passes lists, short quotes and polite messages: %s', (body) => {
    expect(runOn(body)).toEqual([]);
  });

  it('a complete one-line Chinese quote is not a run-on (工厂交货 is the Incoterm, not a lead time)', () => {
    expect(runOn('刘总您好，那款折叠椅的报价是人民币 135 元/把，EXW 佛山工厂交货，含普通纸箱包装。', 'wechat', 'zh')).toEqual([]);
  });

  it('an order confirmation in short sentences is not a crammed quote', () => {
    expect(
      runOn(
        '魏总您好，订单 PO-2026-0411 共 2400 件，12月3日开始生产，约25天完成，每箱24件，共100箱，12月28日宁波出运。尾款 7728 美元（70%）见提单副本付清。',
        'wechat',
        'zh',
      ),
    ).toEqual([]);
  });

  it('does not apply to email', () => {
    expect(runOn(RUN_ON, 'email')).toEqual([]);
  });

  it('the run-on inside a counterpart quote is not flagged', () => {
    expect(runOn(`> ${RUN_ON}\n\nThank you Peter, I will check with my team.`)).toEqual([]);
  });

  it('fix: a numbered list built from the clauses, greeting kept on top; re-lint is clean', () => {
    const text = draft(RUN_ON);
    const fixed = fixAll(text, 'im-style/run-on');
    expect(fixed).toBe(
      draft(
        'Hi Peter:\n1. For BX-330 the price is USD 4.60 per piece FOB Ningbo\n2. MOQ is 2000 pcs\n3. Delivery is 35 days\n4. We can add your logo for free above 5000 pcs\n5. Samples are free but you pay the courier',
      ),
    );
    expect(own(fixed, 'im-style/run-on')).toEqual([]);
    expect(lint(fixed).diagnostics.filter((d) => d.ruleId.startsWith('quote/'))).toEqual([]);
  });

  it('fix keeps a closing sentence after the list', () => {
    const body =
      'Hello, thanks for your inquiry! The price is USD 12 per set FOB Xiamen. Minimum order 100 sets. We need 20 days for production. Samples cost USD 30 and we refund it with the order. Have a nice day!';
    const fixed = fixAll(draft(body), 'im-style/run-on');
    expect(fixed).toContain('Hello, thanks for your inquiry!\n1. The price is USD 12 per set FOB Xiamen\n2. Minimum order 100 sets\n');
    expect(fixed.endsWith('\nHave a nice day!')).toBe(true);
    expect(own(fixed, 'im-style/run-on')).toEqual([]);
  });

  it('Chinese fix: numbered list, re-lint clean', () => {
    const fixed = fixAll(draft(RUN_ON_ZH, 'wechat', 'zh'), 'im-style/run-on');
    expect(fixed).toContain('刘总您好：\n1. BX-330单价4.6美元/件FOB宁波\n2. 起订量2000件\n3. 交期35天\n');
    expect(own(fixed, 'im-style/run-on')).toEqual([]);
  });

  it('asNumberedList never splits numbers such as 4.60 or 20,000', () => {
    const list = asNumberedList('the price is USD 20,000.50 per lot and the MOQ is 2 lots and delivery is 35 days', 'en')!;
    expect(list).toContain('USD 20,000.50 per lot');
  });

  it('messages in both languages', () => {
    const text = draft(RUN_ON);
    const [en] = lint(text).diagnostics.filter((d) => d.ruleId === 'im-style/run-on');
    const [zh] = lint(text, { locale: 'zh' }).diagnostics.filter((d) => d.ruleId === 'im-style/run-on');
    expect(en.message).toMatch(/numbered list/);
    expect(zh.message).toMatch(/编号列表/);
    expect(en.severity).toBe('warning');
  });
});

describe('im-style run-on: traditional Chinese counts its topics like simplified', () => {
  const simplified =
    '王总您好，TX-300 的价格是每台 52 美元 FOB 宁波，起订量 100 台，交货期 30 天，付款方式 30% 订金、70% 发货前付清，样品免费，运费您承担。';
  const traditional =
    '王總您好，TX-300 的價格是每台 52 美元 FOB 寧波，起訂量 100 台，交貨期 30 天，付款方式 30% 訂金、70% 發貨前付清，樣品免費，運費您承擔。';
  it.each([simplified, traditional])('%s', (body) => {
    expect(own(draft(body, 'wechat', 'zh'), 'im-style/run-on').map((d) => d.ruleId)).toEqual(['im-style/run-on']);
  });
});
