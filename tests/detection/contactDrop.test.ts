import { describe, expect, it } from 'vitest';
import { applyFixes, LineIndex } from '../../server/src/engine/index.js';
import { builtinRules, lint } from '../helpers/engine.js';

type Fm = { channel?: string; stage?: string | null; lang?: string };

function draft(body: string, fm: Fm = {}): string {
  const channel = fm.channel ?? 'alibaba';
  const stage = fm.stage === undefined ? 'inquiry' : fm.stage;
  const keys = [`channel: ${channel}`, stage ? `stage: ${stage}` : '', fm.lang ? `lang: ${fm.lang}` : ''].filter(Boolean);
  return `---\n${keys.join('\n')}\n---\n${body}`;
}

function findings(body: string, fm: Fm = {}) {
  const text = draft(body, fm);
  return lint(text)
    .diagnostics.filter((d) => d.ruleId.startsWith('contact-drop/'))
    .map((d) => ({ rule: d.ruleId, severity: d.severity, text: text.slice(d.offsets.start, d.offsets.end), fix: d.fix }));
}

function rules(body: string, fm: Fm = {}): string[] {
  return [
    ...new Set(
      findings(body, fm)
        .filter((f) => f.severity === 'error' || f.severity === 'warning')
        .map((f) => f.rule),
    ),
  ].sort();
}

/** Applies every contact-drop fix and re-lints: no fixable contact-drop finding may remain. */
function fixAndRelint(body: string, fm: Fm = {}): string {
  const text = draft(body, fm);
  const diags = lint(text).diagnostics.filter((d) => d.ruleId.startsWith('contact-drop/') && d.fix);
  expect(diags.length, text).toBeGreaterThan(0);
  const lines = new LineIndex(text);
  const fixed = applyFixes(
    text,
    diags.map((d) => ({
      edits: d.fix!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })),
    })),
  ).text;
  let current = fixed;
  // Overlapping fixes are applied over successive rounds, as "fix all" does.
  for (let round = 0; round < 3; round++) {
    const again = lint(current).diagnostics.filter((d) => d.ruleId.startsWith('contact-drop/') && d.fix && d.severity !== 'info');
    if (again.length === 0) break;
    const idx = new LineIndex(current);
    current = applyFixes(
      current,
      again.map((d) => ({
        edits: d.fix!.edits.map((e) => ({ start: idx.offsetAt(e.range.start), end: idx.offsetAt(e.range.end), newText: e.newText })),
      })),
    ).text;
  }
  expect(
    lint(current).diagnostics.filter((d) => d.ruleId.startsWith('contact-drop/') && d.severity === 'error'),
    current,
  ).toEqual([]);
  return current.slice(current.indexOf('---\n', 4) + 4);
}

describe('contact-drop and off-platform-payment packs', () => {
  // A pattern refused at load (e.g. nested quantifiers) silently drops its whole rule: guard it here.
  it('load without errors and with every rule', () => {
    const set = builtinRules();
    expect(set.errors.filter((e) => /contact-drop|off-platform-payment/.test(e.path))).toEqual([]);
    const ids = set.rules.map((r) => r.definition.id);
    for (const id of [
      'contact-drop/phone',
      'contact-drop/email',
      'contact-drop/messenger',
      'contact-drop/link',
      'contact-drop/move-off-platform',
      'contact-drop/ask-buyer-contact',
      'contact-drop/buyer-asked',
      'off-platform-payment/personal-account',
      'off-platform-payment/direct-payment',
      'off-platform-payment/avoid-trade-assurance',
    ])
      expect(ids).toContain(id);
  });
});

describe('contact-drop/phone', () => {
  it.each([
    ['international with spaces', 'Please message my WhatsApp 0086 139 1234 5678.', '0086 139 1234 5678'],
    ['plus and dashes', 'Call me: +86 139-1234-5678', '+86 139-1234-5678'],
    ['Chinese mobile, bare', 'For details 13912345678 anytime.', '13912345678'],
    ['dotted digits', 'Phone 139.1234.5678 please.', '139.1234.5678'],
    ['spaced digits', 'Mobile 1 3 9 1 2 3 4 5 6 7 8 for details.', '1 3 9 1 2 3 4 5 6 7 8'],
    ['line-split digits', 'Tel:\n139\n1234\n5678', '139\n1234\n5678'],
    ['US number with a phone word', 'You can call me at (415) 555-2671 tomorrow.', '(415) 555-2671'],
    ['UK number international', 'My mobile is +44 7911 123456.', '+44 7911 123456'],
    ['landline with a phone word', 'Office tel 020-8888 6666', '020-8888 6666'],
    ['full-width digits', 'Tel: １３９１２３４５６７８', '１３９１２３４５６７８'],
    ['circled digits', 'Phone ①③⑨①②③④⑤⑥⑦⑧', '①③⑨①②③④⑤⑥⑦⑧'],
    ['keycap emoji digits', 'WhatsApp 1️⃣3️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣', '1️⃣3️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣'],
    ['zero-width characters', 'Call 139\u200b1234\u200b5678', '139\u200b1234\u200b5678'],
    ['letter O for zero', 'Call me 139O1234567', '139O1234567'],
  ])('flags %s (EN)', (_, body, underlined) => {
    const found = findings(body).filter((f) => f.rule === 'contact-drop/phone');
    expect(found.map((f) => f.text)).toEqual([underlined]);
    expect(found[0].severity).toBe('error');
  });

  it.each([
    ['spoken Chinese digits 幺', '手机：幺三九 幺二三四 五六七八', '幺三九 幺二三四 五六七八'],
    ['两 and 洞', '电话 幺三八 两洞两洞 两洞两洞', '幺三八 两洞两洞 两洞两洞'],
    ['financial numerals, traditional', '電話：壹參玖壹貳參肆伍陸柒捌', '壹參玖壹貳參肆伍陸柒捌'],
    ['mixed Arabic and Chinese digits', '手机139 幺二三四 5678，随时联系', '139 幺二三四 5678'],
    ['traditional label with full-width digits', '聯繫電話：１３９１２３４５６７８', '１３９１２３４５６７８'],
    ['WeChat homophone with a number', '威信同号 13912345678', '13912345678'],
    ['bare mobile in Chinese', '有需要打13912345678找我', '13912345678'],
  ])('flags %s (ZH)', (_, body, underlined) => {
    const found = findings(body, { lang: 'zh' }).filter((f) => f.rule === 'contact-drop/phone');
    expect(found.map((f) => f.text)).toEqual([underlined]);
  });

  it.each([
    ['sizes, weights, quantities', 'Model BX-330 ships in cartons of 36 pcs, 52 x 38 x 40 cm, 21.4 kg. For 12000 pcs we need 35 days.'],
    ['order, tracking and container numbers', 'Your order 2026030212345 has shipped; tracking number 7781234567, container MSCU1234567.'],
    ['HS code dotted and plain', 'HS code 8471.30.00 (HS 8471300000), ETD 2026-03-02.'],
    ['prices', 'Price USD 13912.50 for 5000 pcs, total USD 1391234.00.'],
    ['dates and times', 'We ship on 2026-03-02 at 14:00 and arrive 03/15/2026.'],
    ['model numbers', 'Item SKU-13912345678 and model HX13912345678 are in stock.'],
    ['invoice and PO numbers', 'Invoice No. 13912345678 and PO #2026031801 are attached.'],
    ['quantities in Chinese', '订单号 13912345678 已发货，数量 12000 件，单价 4.60 美元。'],
    ['Chinese idioms with numerals', '我们一起三三两两地来参观，一五一十说清楚。'],
    ['a year in Chinese numerals', '二〇二六年三月发货。'],
    ['bank amount', 'The deposit is 30%, balance 13912345 RMB before shipment.'],
  ])('passes %s', (_, body) => {
    expect(rules(body)).not.toContain('contact-drop/phone');
  });

  it('does not flag on other channels or after the order', () => {
    for (const channel of ['email', 'whatsapp', 'wechat', 'linkedin', 'sms']) {
      expect(rules('Call me on +86 139 1234 5678 if anything is unclear.', { channel })).toEqual([]);
    }
    expect(rules('Call me on +86 139 1234 5678 if anything is unclear.', { stage: 'order' })).toEqual([]);
    expect(rules('Call me on +86 139 1234 5678 if anything is unclear.', { stage: 'after-sales' })).toEqual([]);
  });

  it('flags on the marketplace channel and without a stage', () => {
    expect(rules('Call me on +86 139 1234 5678.', { channel: 'marketplace', stage: 'negotiation' })).toContain('contact-drop/phone');
    expect(rules('Call me on +86 139 1234 5678.', { stage: null })).toContain('contact-drop/phone');
  });

  it("does not flag the counterpart's quoted text", () => {
    expect(rules('> Buyer: my number is +1 415 555 2671\n\nThank you, we will reply here with the quotation.')).toEqual([]);
  });

  it('fix replaces the contact clause with the name-card wording (EN and ZH)', () => {
    const en = fixAndRelint('Dear buyer, for more pictures please message my WhatsApp 0086 139 1234 5678.');
    expect(en).toContain('name card exchange');
    expect(en).not.toContain('139');
    const zh = fixAndRelint('您好，有问题请打我手机 13912345678。', { lang: 'zh' });
    expect(zh).toContain('交换名片');
    expect(zh).toContain('您好');
    expect(zh).not.toContain('139');
  });
});

describe('contact-drop/email', () => {
  it.each([
    ['plain address', 'Send your drawings to amy.sourcing@gmail.com and I will quote today.', 'amy.sourcing@gmail.com'],
    ['(at) and (dot)', 'You may write to amy (at) brightsource (dot) cn for the catalog.', 'amy (at) brightsource (dot) cn'],
    ['[at] [dot]', 'mail: amy[at]brightsource[dot]com', 'amy[at]brightsource[dot]com'],
    ['spelled at and dot', 'write amy at gmail dot com', 'amy at gmail dot com'],
    ['full-width at', 'Email amy＠brightsource.cn', 'amy＠brightsource.cn'],
    ['zero-width inside', 'Email amy@bright\u200bsource.cn', 'amy@bright\u200bsource.cn'],
    ['webmail without domain', 'My gmail is amy.sourcing2026', 'gmail is amy.sourcing2026'],
  ])('flags %s', (_, body, underlined) => {
    expect(
      findings(body)
        .filter((f) => f.rule === 'contact-drop/email')
        .map((f) => f.text),
    ).toEqual([underlined]);
  });

  it.each([
    ['艾特 and 点', '目录发您邮箱，或者您发到 amy艾特qq点com。', 'amy艾特qq点com'],
    ['glued to Chinese words', '请发到amy2026@163.com谢谢', 'amy2026@163.com'],
    ['traditional label and full-width at', '郵箱：amy2026＠163.com', 'amy2026＠163.com'],
    ['# for @', '邮箱 amy#qq.com', 'amy#qq.com'],
  ])('flags %s (ZH)', (_, body, underlined) => {
    expect(
      findings(body, { lang: 'zh' })
        .filter((f) => f.rule === 'contact-drop/email')
        .map((f) => f.text),
    ).toEqual([underlined]);
  });

  it.each([
    ['meeting at a place', 'We will meet you at the Canton Fair. Come to booth 3.1 C21.'],
    ['at home', 'I am at home. Me and my team will reply tomorrow.'],
    ['platform notification address', 'The platform notice came from service@alibaba.com.'],
    ['PO with hash', 'PO#7781.2 is confirmed.'],
  ])('passes %s', (_, body) => {
    expect(rules(body)).not.toContain('contact-drop/email');
  });

  it('fix removes the address', () => {
    const fixed = fixAndRelint('You may write to amy (at) brightsource (dot) cn for the catalog.');
    expect(fixed).not.toMatch(/brightsource/);
  });
});

describe('contact-drop/messenger', () => {
  it.each([
    ['WeChat id', 'My WeChat ID is amy_sourcing, add me for the video.'],
    ['invitation without id', 'Add me on WhatsApp, it is faster.'],
    ['Skype id', 'Skype: amy.sourcing'],
    ['Telegram', 'Find me on Telegram @amy_sourcing'],
    ['LINE id', 'LINE ID: amy2026'],
    ['same number on WhatsApp', 'The number is on our name card; same number on WhatsApp.'],
    ['WhatsApp me', 'WhatsApp me for the price list.'],
    ['Cyrillic look-alike', 'Add me on WhаtsАpp please.'],
    ['zero-width inside the name', 'Add me on What\u200bsApp please.'],
    ['full-width name', 'ＷｅＣｈａｔ：amy_sourcing'],
    ['asking the buyer for WhatsApp', 'Do you have WhatsApp? I can send you more videos.'],
    ['spaced letters', 'Add me on W h a t s A p p please.'],
    ['dotted letters', 'My W.e.C.h.a.t: amy_sourcing'],
    ['hyphenated name', 'Message me on whats-app for the video.'],
  ])('flags %s (EN)', (_, body) => {
    expect(rules(body)).toContain('contact-drop/messenger');
  });

  it.each([
    ['微信 + id', '您好，更多视频加我微信 amy_sourcing 看。'],
    ['威信 homophone', '详细报价加威信 amy2026 发您。'],
    ['薇信 homophone', '薇信：amy2026'],
    ['V信', '加V信 amy2026 详聊'],
    ['vx', '有问题可以加vx：amy2026'],
    ['WX', 'WX: amy_2026'],
    ['微❤', '微❤：amy2026'],
    ['扣扣', '扣扣 12345678 找我'],
    ['QQ number', 'QQ：12345678'],
    ['微信同号', '手机号码见名片，微信同号。'],
    ['traditional 微信', '請加我微信 amy_sourcing'],
    ['飞机 (Telegram) with id', '飞机号 @amy_sourcing'],
    ['加V without id', '价格不方便说，加V详聊'],
    ['绿泡泡 (slang for WeChat)', '加我绿泡泡 brightsource88，视频更清楚。'],
    ['卫星 (slang for WeChat)', '加个卫星：brightsource88'],
  ])('flags %s (ZH)', (_, body) => {
    expect(rules(body, { lang: 'zh' })).toContain('contact-drop/messenger');
  });

  it.each([
    ['negated mention', 'We keep every conversation here on Alibaba, not on WhatsApp.'],
    ['WeChat Pay as a payment method', 'We accept WeChat Pay through the platform checkout.'],
    ['the word line', 'Our production line runs 24 hours; line 2 makes BX-330.'],
    ['the word signal', 'The signal cable is 1.5 m long.'],
  ])('passes %s (EN)', (_, body) => {
    expect(rules(body)).not.toContain('contact-drop/messenger');
  });

  it.each([
    ['提高威信 (prestige)', '我们公司非常重视提高威信和口碑。'],
    ['为新客户 (for new customers)', '为新客户提供免费样品。'],
    ['口口声声', '他口口声声说要下单。'],
    ['不要加微信', '请不要加微信，我们在平台上沟通。'],
    ['维新 in a name', '维新路的仓库已经备货。'],
    ['卫星 as a satellite', '我们的产品用于卫星通信设备。'],
  ])('passes %s (ZH)', (_, body) => {
    expect(rules(body, { lang: 'zh' })).not.toContain('contact-drop/messenger');
  });

  it('reports a messenger given with a phone number once (as the phone)', () => {
    const found = findings('WhatsApp: +86 139 1234 5678');
    expect(found.map((f) => f.rule)).toEqual(['contact-drop/phone']);
  });

  it('underlines the name and id in the original text', () => {
    const found = findings('請加我微信 amy_sourcing', { lang: 'zh' }).filter((f) => f.rule === 'contact-drop/messenger');
    expect(found.map((f) => f.text)).toEqual(['微信 amy_sourcing']);
  });

  it('fix offers the name card (ZH)', () => {
    const fixed = fixAndRelint('您好，更多视频加我微信 amy_sourcing 看。', { lang: 'zh' });
    expect(fixed).toContain('交换名片');
    expect(fixed).not.toContain('amy_sourcing');
  });
});

describe('contact-drop/link', () => {
  it.each([
    ['wa.me', 'Chat with me here: https://wa.me/8613912345678', 'https://wa.me/8613912345678'],
    ['t.me without scheme', 'Join my channel t.me/amy_sourcing for new models.', 't.me/amy_sourcing'],
    ['LinkedIn profile', 'My profile: linkedin.com/in/amy-sourcing', 'linkedin.com/in/amy-sourcing'],
    ['LINE', 'line.me/ti/p/abc123', 'line.me/ti/p/abc123'],
    ['WeChat', 'Scan u.wechat.com/abc123 to add me', 'u.wechat.com/abc123'],
    ['QQ', 'qm.qq.com/q/xyz123', 'qm.qq.com/q/xyz123'],
    ['Skype scheme', 'skype:amy.sourcing?chat', 'skype:amy.sourcing?chat'],
    ['disguised dot', '点这个链接直接聊：wa(dot)me/8613912345678', 'wa(dot)me/8613912345678'],
    ['Chinese dot', '加我 t点me/amy_sourcing', 't点me/amy_sourcing'],
  ])('flags %s', (_, body, underlined) => {
    expect(
      findings(body)
        .filter((f) => f.rule === 'contact-drop/link')
        .map((f) => f.text),
    ).toEqual([underlined]);
  });

  it.each([
    ['official website', 'More about our factory on our official website www.brightsource.cn.'],
    ['official website (ZH)', '工厂介绍请看官网 www.brightsource.cn'],
    ['the platform shop', 'Our shop: https://brightsource.en.alibaba.com/productlist.html'],
  ])('passes %s', (_, body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('contact-drop/move-off-platform', () => {
  it.each([
    ['skip the platform', 'Let us skip the platform, contact me directly and we save the commission.'],
    ['order directly to save the fee', 'To save the platform fee, you can order directly from our factory.'],
    ['move the chat', 'Can we move this conversation to WhatsApp?'],
  ])('flags %s (EN), also at the order stage', (_, body) => {
    expect(rules(body, { stage: 'order' })).toContain('contact-drop/move-off-platform');
    expect(rules(body, { stage: 'inquiry' })).toContain('contact-drop/move-off-platform');
  });

  it.each([
    ['这里不方便', '这里说话不方便，我们私聊吧。'],
    ['绕过平台', '可以绕过平台直接交易，价格更便宜。'],
    ['traditional', '可以繞過平台直接交易，價格更便宜。'],
    ['平台外', '我们平台外联系更方便。'],
  ])('flags %s (ZH)', (_, body) => {
    expect(rules(body, { lang: 'zh', stage: 'order' })).toContain('contact-drop/move-off-platform');
  });

  it.each([
    ['keep it on the platform', 'Please keep all communication on the platform so your order stays protected.'],
    ['never leave', 'We never ask buyers to leave the platform.'],
    ['请在平台上沟通', '请在平台上沟通，订单受平台保障。'],
    ['contact me directly here', 'Feel free to contact me directly here if anything is unclear.'],
  ])('passes %s', (_, body) => {
    expect(rules(body)).not.toContain('contact-drop/move-off-platform');
  });

  it('its fix keeps the conversation on the platform', () => {
    const fixed = fixAndRelint('这里说话不方便，我们私聊吧。', { lang: 'zh' });
    expect(fixed).toContain('平台上联系我');
  });
});

describe('contact-drop/ask-buyer-contact', () => {
  it("warns on asking the buyer's phone or e-mail before an order", () => {
    expect(rules('Could you give me your phone number so I can explain the details?')).toContain('contact-drop/ask-buyer-contact');
    expect(rules('方便留个您的电话吗？我打给您详细说。', { lang: 'zh' })).toContain('contact-drop/ask-buyer-contact');
    expect(findings('What is your email?').find((f) => f.rule === 'contact-drop/ask-buyer-contact')?.severity).toBe('warning');
  });

  it('does not warn on delivery contacts at the order stage', () => {
    expect(rules('Please send us your shipping address, phone number and email for the waybill.', { stage: 'order' })).toEqual([]);
    expect(rules('请提供收货地址、电话和邮箱，方便安排快递。', { stage: 'order', lang: 'zh' })).toEqual([]);
  });
});

describe('contact-drop/buyer-asked', () => {
  it('turns the errors into one info reminder when the buyer asked first (EN)', () => {
    const body =
      '> Buyer: Please give me your WeChat, I am in Guangzhou next week.\n\nOf course, since you asked: my WeChat ID is amy_sourcing, phone +86 139 1234 5678.';
    const found = findings(body);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['contact-drop/buyer-asked', 'info']]);
    expect(rules(body)).toEqual([]);
  });

  it('turns the errors into one info reminder when the buyer asked first (ZH)', () => {
    const body = '> 买家：你的微信多少？\n\n我的微信 amy_sourcing，欢迎加。';
    expect(findings(body, { lang: 'zh' }).map((f) => [f.rule, f.severity])).toEqual([['contact-drop/buyer-asked', 'info']]);
  });

  it('says nothing when the rep gives no contact', () => {
    expect(findings('> Buyer: what is your WhatsApp?\n\nLet us keep talking here on the platform, I reply quickly.')).toEqual([]);
  });

  it('a buyer message that does not ask keeps the errors', () => {
    const body = '> Buyer: Please quote 5000 pcs FOB Ningbo.\n\nSure, WhatsApp me at +86 139 1234 5678.';
    expect(rules(body)).toContain('contact-drop/phone');
  });
});

describe('realistic drafts: contact-drop and off-platform-payment together', () => {
  type C = [string, string, string[]]; // front matter, body, expected categories (error or warning)
  const A = 'channel: alibaba\nstage: inquiry';
  const N = 'channel: alibaba\nstage: negotiation';
  const O = 'channel: alibaba\nstage: order';
  const _M = 'channel: marketplace';
  const cases: C[] = [
    [
      A,
      'Hello friend, you can reach me on whatsapp plus eight six one three eight zero zero one three eight zero zero zero.',
      ['contact-drop'],
    ],
    [A, 'Kindly drop me a mail: sales [at] sunrisetools [dot] com', ['contact-drop']],
    [A, 'For faster reply pls add my wechat: lucy-tools88', ['contact-drop']],
    [A, 'Our sales manager Tom can be reached at tom.li@sunrisetools.com.cn', ['contact-drop']],
    [A, 'Thanks for your inquiry. MOQ is 500 sets, unit price USD 12.80 FOB Shanghai, lead time 20 days.', []],
    [A, 'Thanks for your inquiry. Our item no. 20231188 fits your machine; packing 10 pcs/carton, carton size 60*40*35cm.', []],
    [N, 'Sample cost is 35 USD, courier by DHL, tracking will be shared here once shipped.', []],
    [N, 'My colleague will call you, his number is 0755 2345 6789.', ['contact-drop']],
    [N, '您好，样品费35美元，顺丰单号 SF1234567890123 发货后告诉您。', []],
    [N, '亲，加个薇❤吧：lucy_tools，图片发您。', ['contact-drop']],
    [N, '您好！详细资料我发您邮箱，麻烦留一下您的邮箱地址。', ['contact-drop']],
    [N, '有任何问题请直接在阿里旺旺上联系我。', []],
    [N, '亲，我的电话是一三八 零零一三 八零零零。', ['contact-drop']],
    [N, 'Please contact me via Trade Manager or the name card exchange button.', []],
    [O, 'Please confirm your shipping address, contact phone and email for the courier.', []],
    [O, 'Order confirmed. Please pay the 30% deposit through Trade Assurance; we start production after payment.', []],
    [O, 'To avoid Alibaba fees, please pay the balance by T/T to our bank directly.', ['off-platform-payment']],
    [O, '尾款可以直接打我支付宝，省手续费。', ['off-platform-payment']],
    [O, '定金已收到，谢谢！尾款请在信保订单里支付。', []],
    [N, 'Trade Assurance is free for buyers and protects your payment.', []],
    [N, 'We suggest not using Trade Assurance because the process is slow.', ['off-platform-payment']],
    [N, 'Western Union is also OK: receiver name Li Hua, city Ningbo.', ['off-platform-payment']],
    [N, 'We accept T/T, L/C, PayPal and Western Union through the platform.', []],
    [N, 'Hi, I sent you the quotation via Alibaba message. Please check.', []],
    ['channel: whatsapp', 'My WeChat is lucy-tools88, and email lucy@sunrisetools.com', []],
    ['channel: email\nstage: inquiry', 'Please transfer the deposit to my personal account.', []],
    [
      A,
      '> Buyer: can you send me your email? I want the catalogue.\n\nSure, it is lucy@sunrisetools.com. The catalogue is also attached here.',
      [],
    ],
    [A, '> 买家：能加微信吗？\n\n可以的，我的微信 lucy_tools88。', []],
    [A, 'Call 400-820-8820 (our toll-free line) for after-sales.', ['contact-drop']],
    [A, 'Our factory address: No. 88 Jinhai Road, Pudong, Shanghai 201206.', []],
    [A, 'Size: 1200x600x18mm, weight 21.5kg, 2 pcs per carton, 40HQ loads 1380 pcs.', []],
    [A, 'Price valid until 2026.12.31. Payment 30% deposit, 70% before shipment.', []],
    [A, 'Container no. TGHU 8765432, B/L no. COSU6134567890.', []],
    [A, 'Please find us on Facebook: SunriseToolsOfficial', ['contact-drop']],
    [A, 'whatsapp/wechat: +86-13800138000', ['contact-drop']],
    [A, 'W h a t s A p p : 1 3 8 0 0 1 3 8 0 0 0', ['contact-drop']],
    [A, 'tel: ⑬⑧⓪⓪①③⑧⓪⓪⓪', ['contact-drop']],
    [A, 'My number is 138-0013-8000, same for WeChat.', ['contact-drop']],
    [A, '電話及微信：138 0013 8000', ['contact-drop']],
    [A, '我们的官网 www.sunrisetools.com 上有更多产品。', []],
    [
      A,
      'Regards,\nLucy Wang\nSales Manager\nSunrise Tools Co., Ltd.\nMob/WhatsApp: +86 138 0013 8000\nEmail: lucy@sunrisetools.com',
      ['contact-drop'],
    ],
    [A, 'We have 15 years experience and 200 workers, annual output 3,000,000 pcs.', []],
    [A, 'Our ISO 9001 certificate number is 04418Q12345R0M.', []],
    [N, 'The total is USD 13,800.00 for 1,380 pcs.', []],
    [N, '总价 13800 美元，共 1380 件，40 尺柜。', []],
    [N, '这个价格线下交易可以再便宜5%。', ['off-platform-payment']],
    [N, '我们支持信保、PayPal 和西联付款，都在平台上操作。', []],
    [N, 'Please do not send money to any personal account; our company account is shown on the PI only.', []],
  ];
  it.each(cases)('%s | %s', (fm, body, expected) => {
    const text = `---\n${fm}\n---\n${body}`;
    const got = [
      ...new Set(
        lint(text)
          .diagnostics.filter(
            (d) => (d.severity === 'error' || d.severity === 'warning') && /^(contact-drop|off-platform-payment)\//.test(d.ruleId),
          )
          .map((d) => d.ruleId.split('/')[0]),
      ),
    ].sort();
    expect(got).toEqual([...expected].sort());
  });
});

describe('contact-drop: international numbers, abbreviations, look-alikes', () => {
  type C = [string, string, string[]];
  const A2 = 'channel: alibaba\nstage: inquiry';
  const Z2 = 'channel: alibaba\nstage: inquiry\nlang: zh';
  const cases2: C[] = [
    [A2, 'Text me at +971 50 123 4567 when you land in Dubai.', ['contact-drop']],
    [A2, 'Ping me on WA, I reply faster there.', ['contact-drop']],
    [A2, 'Scan the QR code below to add me on WeChat.', ['contact-drop']],
    [A2, 'Hit me up on insta @sunrise.tools for new designs.', ['contact-drop']],
    [A2, 'My skype is live:amy_1985', ['contact-drop']],
    [A2, 'Viber: +86 138 0013 8000', ['contact-drop']],
    [A2, 'Contact us at sales@sunrisetools.com for bulk orders.', ['contact-drop']],
    [A2, 'Tel/Fax: 0086-574-8765 4321', ['contact-drop']],
    [A2, 'Office: +86 (0)21 6888 8888 ext. 8012', ['contact-drop']],
    [A2, 'Call us toll free 1-800-555-0199.', ['contact-drop']],
    [A2, 'Nigeria office: +234 803 123 4567', ['contact-drop']],
    [A2, 'India agent +91 98765 43210 can visit you.', ['contact-drop']],
    [A2, '1 3 8 - 0 0 1 3 - 8 0 0 0 is my cell', ['contact-drop']],
    [A2, 'my cell 138 0013 8OOO', ['contact-drop']],
    [A2, 'I have sent you a connection request on LinkedIn, please accept.', ['contact-drop']],
    [A2, 'Please check the WX-200 model, it has 2 speeds.', []],
    [A2, 'Our QC team checks every carton before loading.', []],
    [A2, 'The QQ series cups come in 6 colours.', []],
    [A2, 'Price for 138 pcs is USD 1380, for 13800 pcs USD 12,800.', []],
    [A2, 'Our phone cases fit iPhone 15 and Samsung S24.', []],
    [A2, 'The line is busy this week, I will reply here tomorrow.', []],
    [A2, 'Delivery by 2026-12-05, quantity 13800000 pcs per year capacity.', []],
    [A2, 'Reference number: 13800138000 for your sample request.', []],
    [A2, 'Your phone number will be needed by the courier after you place the order.', []],
    [A2, 'Masked for privacy: 138****8000.', []],
    [Z2, '加我V：sunrise_tools 发您视频', ['contact-drop']],
    [Z2, '➕V：sunrise2026', ['contact-drop']],
    [Z2, '＋薇：sunrise2026', ['contact-drop']],
    [Z2, '扣扣号：12345678', ['contact-drop']],
    [Z2, 'Q：12345678', ['contact-drop']],
    [Z2, '我的邮箱是 lucy@sunrisetools.com，欢迎来信。', ['contact-drop']],
    [Z2, '手机/微信：13800138000', ['contact-drop']],
    [Z2, '座机：0574-87654321', ['contact-drop']],
    [Z2, '钉钉号 sunrise2026', ['contact-drop']],
    [Z2, '微信搜索 sunrise_tools 加我', ['contact-drop']],
    [Z2, 'vx同号', ['contact-drop']],
    [Z2, '加微：sunrise2026', ['contact-drop']],
    [Z2, '威信号 sunrise2026', ['contact-drop']],
    [Z2, '私信我的电话一三八零零一三八零零零', ['contact-drop']],
    [Z2, '电话幺三八洞洞幺三八洞洞洞', ['contact-drop']],
    [Z2, '您好，我们是源头工厂，有二十年经验，月产能五十万件。', []],
    [Z2, '我们的产品有 138 种颜色，起订量 1380 件。', []],
    [Z2, '订单号：13800138000，请核对。', []],
    [Z2, '快递单号 SF1380013800012，预计三天到。', []],
    [Z2, '我们的威信很高，客户都很信任我们。', []],
    [Z2, '我们为新老客户提供八折优惠。', []],
    [Z2, '这款芯片是维信科技生产的。', []],
    [Z2, '有问题随时在平台上留言，我们二十四小时在线。', []],
    [Z2, '收货人电话和地址请在下单时填写。', []],
    [Z2, '公司电话在店铺首页可以看到。', []],
    [A2, 'Please pay via Payoneer to my account.', ['off-platform-payment']],
    [A2, 'You can also send it with Wise to my personal account.', ['off-platform-payment']],
    [A2, 'Payment: 30% deposit by T/T, balance before shipment, all via Trade Assurance.', []],
    [A2, 'Our bank: Bank of China Ningbo Branch, beneficiary Sunrise Tools Co., Ltd.', []],
    [A2, 'We can pay the sample cost for you if you place the order.', []],
    [Z2, '定金请打到公司对公账户，开具发票。', []],
    [Z2, '不走信保也行，直接打款到我们公司账户，省点手续费。', ['off-platform-payment']],
    [Z2, '信保下单会有3%的手续费，我们可以帮您承担一半。', []],
    [Z2, '请直接在信保订单里付款，我们收到后马上发货。', []],
  ];
  it.each(cases2)('%s | %s', (fm, body, expected) => {
    const text = `---\n${fm}\n---\n${body}`;
    const got = [
      ...new Set(
        lint(text)
          .diagnostics.filter(
            (d) => (d.severity === 'error' || d.severity === 'warning') && /^(contact-drop|off-platform-payment)\//.test(d.ruleId),
          )
          .map((d) => d.ruleId.split('/')[0]),
      ),
    ].sort();
    expect(got).toEqual([...expected].sort());
  });
});

describe('contact-drop: document shapes', () => {
  it('underlines the right text in a CRLF draft and its fix keeps CRLF', () => {
    const text = '---\r\nchannel: alibaba\r\nstage: inquiry\r\n---\r\nDear buyer,\r\nWhatsApp: +86 139 1234 5678\r\nThanks\r\n';
    const diags = lint(text).diagnostics.filter((d) => d.ruleId === 'contact-drop/phone');
    expect(diags.map((d) => text.slice(d.offsets.start, d.offsets.end))).toEqual(['+86 139 1234 5678']);
    expect(diags[0].range.start).toEqual({ line: 5, character: 10 });
    const lines = new LineIndex(text);
    const fixed = applyFixes(text, [
      {
        edits: diags[0].fix!.edits.map((e) => ({
          start: lines.offsetAt(e.range.start),
          end: lines.offsetAt(e.range.end),
          newText: e.newText,
        })),
      },
    ]).text;
    expect(fixed).toBe(
      '---\r\nchannel: alibaba\r\nstage: inquiry\r\n---\r\nDear buyer,\r\nYou can get our contact details through the name card exchange on this platform\r\nThanks\r\n',
    );
  });

  it('reads code spans (the buyer sees them) but not HTML comments', () => {
    expect(rules('My number: `+86 139 1234 5678`')).toContain('contact-drop/phone');
    expect(rules('<!-- note to self: +86 139 1234 5678 -->\nThanks, we will reply here.')).toEqual([]);
  });

  it('finds links and addresses inside Markdown links and autolinks', () => {
    expect(findings('[Chat on WhatsApp](https://wa.me/8613912345678)').map((f) => f.rule)).toContain('contact-drop/link');
    expect(findings('Write to <amy@brightsource.cn>.').map((f) => f.text)).toEqual(['amy@brightsource.cn']);
  });

  it('underlines a phone split over two list items only when it is one number', () => {
    expect(rules('- Size: 52 x 38 x 40 cm\n- Qty: 12000 pcs\n- Price: USD 4.60')).toEqual([]);
  });

  it('is quiet on drafts in other languages with look-alike letters', () => {
    expect(rules('Здравствуйте! Цена 4,60 USD, срок поставки 35 дней.')).toEqual([]);
  });
});

describe('contact-drop/move-off-platform: at every stage', () => {
  type C = [string, string, string[]];
  const A3 = 'channel: alibaba\nstage: inquiry';
  const Z3 = 'channel: alibaba\nstage: inquiry\nlang: zh';
  const O3 = 'channel: alibaba\nstage: order';
  const cases3: C[] = [
    [A3, 'The goods leave the site on Monday after inspection.', []],
    [A3, 'Please contact me directly if the platform shows an error.', []],
    [A3, 'Order directly from our factory, not through Alibaba, and save 5%.', ['contact-drop']],
    [A3, 'You can talk to me directly outside Alibaba, it is easier.', ['contact-drop']],
    [Z3, '有问题直接在平台联系我。', []],
    [Z3, '方便的话可以直接联系我，我在线。', []],
    [Z3, '直接联系我，不走平台，价格更便宜。', ['contact-drop']],
    [Z3, '以后直接找我下单，省平台手续费。', ['contact-drop']],
    [O3, 'Next time just message me on WhatsApp, no need to go through Alibaba.', ['contact-drop']],
    [O3, 'Thanks for the order! Next time you can contact me directly, we save the commission.', ['contact-drop']],
    [O3, '下次直接微信找我，不用走平台了。', ['contact-drop']],
    [O3, 'Please keep using the platform for your next orders as well.', []],
    [A3, 'We reply to every message within 2 hours here on Alibaba.', []],
    [A3, 'Kindly use the platform chat, so we both keep the record.', []],
    [A3, 'You can find our company name card in the top right corner of this chat.', []],
    [Z3, '我们的联系方式可以通过平台的交换名片功能获取。', []],
    [A3, 'Check our Alibaba store for more models: sunrisetools.en.alibaba.com', []],
  ];
  it.each(cases3)('%s | %s', (fm, body, expected) => {
    const text = `---\n${fm}\n---\n${body}`;
    const got = [
      ...new Set(
        lint(text)
          .diagnostics.filter(
            (d) => (d.severity === 'error' || d.severity === 'warning') && /^(contact-drop|off-platform-payment)\//.test(d.ruleId),
          )
          .map((d) => d.ruleId.split('/')[0]),
      ),
    ].sort();
    expect(got).toEqual([...expected].sort());
  });
});

describe('contact-drop: Chinese invitations around abbreviations; product names that look like messengers', () => {
  type C = [string, string, string[]];
  const Z6 = 'channel: alibaba\nstage: inquiry\nlang: zh';
  const A6 = 'channel: alibaba\nstage: inquiry';
  const cases6: C[] = [
    [Z6, '加一下我的QQ吧，图纸好传。', ['contact-drop']],
    [Z6, '扣扣联系，白天都在。', ['contact-drop']],
    [Z6, 'vx聊更方便。', ['contact-drop']],
    [Z6, '价格vx详聊', ['contact-drop']],
    [Z6, '我们的口口相传的好口碑。', []],
    [Z6, '为新客户准备了样品。', []],
    [Z6, '增加威信是我们的目标。', []],
    [Z6, '这款V领T恤很受欢迎。', []],
    [Z6, '电压 V：220', []],
    [Z6, '企鹅玩具的起订量是500个。', []],
    [Z6, '飞机模型有三种尺寸。', []],
    [Z6, '飞机托运需要三天。', []],
    [A6, 'You can find me on WhatsApp by searching Sunrise Tools Amy.', ['contact-drop']],
    [A6, 'My contact: +86-574-87654321 (office)', ['contact-drop']],
    [A6, 'Call/WhatsApp 0086 13912345678', ['contact-drop']],
    [A6, 'Please leave your WhatsApp number and I will contact you.', ['contact-drop']],
    [A6, 'I saw your message on LinkedIn last week, thanks.', []],
    [A6, 'We will be at booth 12.1 D03, Canton Fair, Apr 15-19.', []],
    [A6, 'Our quotation 2026-0318-0001 is attached.', []],
    [A6, 'Weights: 1391.2345 kg net, 13,912,345 pcs per year.', []],
    [A6, 'Container MSKU 7788123 sailed on 2026-03-18.', []],
    [A6, 'The TG series pumps have a 2-year warranty.', []],
    [A6, 'IG-45 model is in stock.', []],
  ];
  it.each(cases6)('%s | %s', (fm, body, expected) => {
    const text = `---\n${fm}\n---\n${body}`;
    const got = [
      ...new Set(
        lint(text)
          .diagnostics.filter(
            (d) => (d.severity === 'error' || d.severity === 'warning') && /^(contact-drop|off-platform-payment)\//.test(d.ruleId),
          )
          .map((d) => d.ruleId.split('/')[0]),
      ),
    ].sort();
    expect(got).toEqual([...expected].sort());
  });
});

describe('contact-drop/buyer-asked: ways of asking', () => {
  it.each([
    '> Can I call you tomorrow?\n\nSure, my mobile is +86 139 1234 5678.',
    '> Is there a phone number I can reach you at?\n\nYes: +86 139 1234 5678.',
    '> Send me your number please\n\nIt is +86 139 1234 5678.',
    '> Do you have WhatsApp?\n\nYes, WhatsApp me at +86 139 1234 5678.',
    '> 能给个电话吗？\n\n可以，13912345678。',
    '> 有微信吗？\n\n有的，微信 amy_2026。',
    '> 微信？\n\n微信 amy_2026。',
    '> 怎么联系你？\n\n加我微信 amy_2026。',
  ])('%s', (body) => {
    expect(findings(body).map((f) => `${f.rule}:${f.severity}`)).toEqual(['contact-drop/buyer-asked:info']);
  });

  it.each([
    '> Is the phone case waterproof?\n\nYes. WhatsApp me at +86 139 1234 5678 for videos.',
    '> 手机壳防水吗？\n\n防水的，加我微信 amy_2026 看视频。',
    '> What is your lead time?\n\nLead time is 25 days. My WeChat is mandy_homedeco.',
  ])('a question about something else keeps the errors: %s', (body) => {
    expect(findings(body).some((f) => f.severity === 'error')).toBe(true);
  });
});

describe('contact-drop: pointing to the name card exchange', () => {
  it.each([
    ['Our WhatsApp number is available through the name card exchange above.', {}],
    ['微信号可以通过“交换名片”获取。', { lang: 'zh' }],
    ['Please share your contact details through the name card exchange button.', {}],
  ] as const)('%s', (body, fm) => {
    expect(rules(body, fm)).toEqual([]);
  });
});

describe('contact-drop/move-off-platform: 这里不方便', () => {
  it('flags "not convenient to talk here"', () => {
    expect(rules('这里不方便说，我们私下聊。', { lang: 'zh' })).toContain('contact-drop/move-off-platform');
    expect(rules('平台上聊天不方便，换个地方说吧。', { lang: 'zh' })).toContain('contact-drop/move-off-platform');
  });
  it('passes "not convenient to upload here"', () => {
    expect(rules('文件太大这里不方便传，您可以分几次上传到聊天窗口。', { lang: 'zh' })).toEqual([]);
  });
});

describe('contact-drop/messenger: a messenger named as a way to pay', () => {
  it.each([
    ['Do you use WeChat or Alipay for the sample fee?', {}],
    ['We accept Alipay or WeChat through the platform checkout.', {}],
    ['样品费可以用支付宝或微信在平台上付。', { lang: 'zh' }],
  ] as const)('%s', (body, fm) => {
    expect(rules(body, fm)).not.toContain('contact-drop/messenger');
  });
});

describe('contact-drop: direct lines, hotlines, slang, addresses and item numbers', () => {
  type C = [string, string, string[]];
  const A9 = 'channel: alibaba\nstage: inquiry';
  const M9 = 'channel: marketplace';
  const Z9 = 'channel: alibaba\nstage: inquiry\nlang: zh';
  const ZN9 = 'channel: alibaba\nstage: negotiation\nlang: zh';
  const cases9: C[] = [
    [A9, 'Dear Sir, my direct line is 020 3987 6543 (London office).', ['contact-drop']],
    [A9, 'For urgent matters ring our hotline 4008-123-456.', ['contact-drop']],
    [A9, 'You can also reach our engineer on his cell: 139 2201 8876.', ['contact-drop']],
    [A9, 'Feel free to drop me an email anytime: peter.chen at outlook.com', ['contact-drop']],
    [A9, 'Our Telegram group has daily stock updates: @brightsource_stock', ['contact-drop']],
    [A9, 'Let us switch to WhatsApp for quicker replies.', ['contact-drop']],
    [A9, 'I will send the video to your WhatsApp if you share the number.', ['contact-drop']],
    [M9, 'WeChat: bright_source ; WhatsApp: +86 13922018876', ['contact-drop']],
    [A9, 'My IMO and Viber are the same: 008613922018876', ['contact-drop']],
    [A9, 'Email: sales(at)brightsource.cn | Web: www.brightsource.cn', ['contact-drop']],
    [A9, 'Connect with me on LinkedIn (Amy Wang, Bright Source) to see our certificates.', ['contact-drop']],
    [Z9, '您好！报价单已发，有疑问可以电话沟通：0755-26613098。', ['contact-drop']],
    [Z9, '加我绿泡泡 brightsource88，视频更清楚。', ['contact-drop']],
    [Z9, '亲，我的号码是 139 2201 8876，微信同号哦。', ['contact-drop']],
    [Z9, '目录太大，给您发邮箱吧，我的邮箱 amy@brightsource.cn', ['contact-drop']],
    [ZN9, '价格还能谈，电话里细说：壹叁玖 贰贰零壹 捌捌柒陆', ['contact-drop']],
    [ZN9, '这个价格我们平台上不好报，私下聊。', ['contact-drop']],
    [ZN9, '方便的话加个好友，Q：2837164059', ['contact-drop']],
    [A9, 'Our showroom is at Room 1208, Building 3, 88 Keyuan Road, Shenzhen.', []],
    [A9, 'Item 13922018876 is out of stock; we suggest item 13922018877 instead.', []],
    [A9, 'Production capacity: 139,220 pcs/month; lead time 18-25 days.', []],
    [A9, 'Please confirm the artwork by 2026/12/05 so we can start on 2026/12/08.', []],
    [Z9, '我们工厂占地 13922 平方米，员工 201 人。', []],
    [Z9, '请在平台上点击"交换名片"，我会第一时间通过。', []],
    [Z9, '产品型号 BS-13922018876 为最新款。', []],
  ];
  it.each(cases9)('%s | %s', (fm, body, expected) => {
    const text = `---\n${fm}\n---\n${body}`;
    const got = [
      ...new Set(
        lint(text)
          .diagnostics.filter(
            (d) => (d.severity === 'error' || d.severity === 'warning') && /^(contact-drop|off-platform-payment)\//.test(d.ruleId),
          )
          .map((d) => d.ruleId.split('/')[0]),
      ),
    ].sort();
    expect(got).toEqual([...expected].sort());
  });
});

describe('contact-drop/move-off-platform after the buyer asked', () => {
  it('answering the buyer is not flagged', () => {
    const body =
      '> Buyer: Can we talk on WhatsApp? It is easier for me.\n\nSure, let us move this conversation to WhatsApp: +86 139 2201 8876.';
    expect(rules(body)).toEqual([]);
    expect(findings(body).map((f) => f.severity)).toEqual(['info']);
  });
  it("a motive of the rep's own still is", () => {
    const body = '> Buyer: Can we talk on WhatsApp?\n\nSure, and let us skip the platform to save the commission.';
    expect(rules(body)).toContain('contact-drop/move-off-platform');
    expect(rules('> 买家：可以加微信吗？\n\n可以，以后咱们绕过平台直接交易，省手续费。', { lang: 'zh' })).toContain(
      'contact-drop/move-off-platform',
    );
  });
});

describe('contact-drop: payment talk neither hides nor makes a contact', () => {
  const categories = (body: string, fm: Fm) => [...new Set(rules(body, fm).map((r) => r.split('/')[0]))].sort();
  it.each([
    [
      'contact me directly, and pay directly',
      'Skip the platform, contact me directly and pay T/T directly to us',
      { stage: 'negotiation' },
    ],
    [
      '直接联系我, 付款打我卡上',
      '不走平台的话，您直接联系我，付款打我卡上，再便宜一点。',
      { stage: 'negotiation', lang: 'zh', channel: 'marketplace' },
    ],
    [
      'skip Alibaba, my email',
      'Better we skip Alibaba, contact me on my email and I will send you a better price.',
      { stage: 'negotiation' },
    ],
  ] as [string, string, Fm][])('%s', (_, body, fm) => {
    expect(categories(body, fm)).toContain('contact-drop');
  });

  it.each([
    [
      'a private bank card is not a contact',
      '您要是不走平台，直接转我私人卡，可以再便宜5块',
      { stage: 'negotiation', lang: 'zh', channel: 'marketplace' },
    ],
    [
      'WeChat named as the way to pay',
      '付款的话也可以直接微信转我个人，比走平台便宜点',
      { stage: 'inquiry', lang: 'zh', channel: 'marketplace' },
    ],
    ['Alipay transfer', '直接转我支付宝就行，不用走平台。', { stage: 'negotiation', lang: 'zh', channel: 'marketplace' }],
  ] as [string, string, Fm][])('%s', (_, body, fm) => {
    expect(categories(body, fm)).not.toContain('contact-drop');
  });
});

describe('contact-drop: split messenger names and "phone same as WeChat"', () => {
  it.each(['加个微 信吧，amy_2026，方便发图。', '电话同V，有事随时找我。', '手机号和微信一样，随时联系。'])('%s', (body) => {
    expect(rules(body, { lang: 'zh' })).toContain('contact-drop/messenger');
  });
  it.each(['这款电话机和V型支架一起卖。', '我们公司的威 信很高。'])('%s', (body) => {
    expect(rules(body, { lang: 'zh' })).toEqual([]);
  });
});
