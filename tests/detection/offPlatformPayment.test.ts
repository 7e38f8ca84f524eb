import { describe, expect, it } from 'vitest';
import { applyFixes, LineIndex } from '../../server/src/engine/index.js';
import { lint } from '../helpers/engine.js';

type Fm = { channel?: string; stage?: string | null; lang?: string };

function draft(body: string, fm: Fm = {}): string {
  const stage = fm.stage === undefined ? 'negotiation' : fm.stage;
  const keys = [`channel: ${fm.channel ?? 'alibaba'}`, stage ? `stage: ${stage}` : '', fm.lang ? `lang: ${fm.lang}` : ''].filter(Boolean);
  return `---\n${keys.join('\n')}\n---\n${body}`;
}

function payment(body: string, fm: Fm = {}) {
  const text = draft(body, fm);
  return lint(text)
    .diagnostics.filter((d) => d.ruleId.startsWith('off-platform-payment/'))
    .map((d) => ({ rule: d.ruleId, severity: d.severity, text: text.slice(d.offsets.start, d.offsets.end), fix: d.fix }));
}

function rules(body: string, fm: Fm = {}): string[] {
  return [...new Set(payment(body, fm).map((f) => f.rule))].sort();
}

describe('off-platform-payment/personal-account', () => {
  it.each([
    ['private bank account', 'Please transfer the deposit to my private bank account so we can start at once.'],
    ['personal account', 'Kindly pay the balance into our personal account this week.'],
    ['personal PayPal', 'You can pay to my personal PayPal, it is faster.'],
    ["a colleague's account", "Please send the deposit to my manager's account, details below."],
    ['Western Union to a name', 'You can send the balance by Western Union to my name, Li Ming.'],
    ['MoneyGram', 'Send the money by MoneyGram, receiver Zhang Wei.'],
    ['Alipay to me', 'Pay by Alipay to my personal account, it is faster.'],
    ['WeChat QR', 'Just scan my WeChat QR and pay the sample fee.'],
    ['full-width letters', 'Please pay to my ｐｅｒｓｏｎａｌ ａｃｃｏｕｎｔ.'],
  ])('flags %s (EN)', (_, body) => {
    expect(rules(body)).toContain('off-platform-payment/personal-account');
  });

  it.each([
    ['个人卡', '定金直接打到我个人卡上就行。'],
    ['私人账户', '货款请汇到私人账户，公司账户最近在年审。'],
    ['支付宝转给我 (traditional)', '可以用支付宝轉給我，更快。'],
    ['微信转账', '样品费微信转账就可以。'],
    ['收款码', '扫我的微信收款码付样品费吧。'],
    ['西联', '尾款走西联，收款人写我的名字。'],
    ['我的卡 + 付款', '尾款直接付到我的卡上，我马上安排发货。'],
    ['zero-width inside', '请转到我的私\u200b人\u200b账户。'],
  ])('flags %s (ZH)', (_, body) => {
    expect(rules(body, { lang: 'zh' })).toContain('off-platform-payment/personal-account');
  });

  it.each([
    ['Trade Assurance', 'Please place the order through Trade Assurance so your payment is protected by the platform.'],
    ['warning', 'We never ask for payment to a personal account; beware of anyone who does.'],
    ['company account on the invoice', 'Our company bank account is on the proforma invoice we emailed you.'],
    ['my account manager', 'My account manager will send you the catalogue here.'],
    ["WeChat contact, not payment (contact-drop's job)", 'My WeChat is amy_sourcing.'],
  ])('passes %s (EN)', (_, body) => {
    expect(rules(body)).not.toContain('off-platform-payment/personal-account');
  });

  it.each([
    ['请勿付款到个人账户', '请勿付款到任何个人账户，只通过信保下单。'],
    ['公司账户', '请按形式发票上的公司账户付款。'],
    ['我的微信 (contact, not payment)', '我的微信是 amy_sourcing。'],
    ['警惕诈骗', '警惕冒充我司要求转到个人账户的诈骗。'],
  ])('passes %s (ZH)', (_, body) => {
    expect(rules(body, { lang: 'zh' })).not.toContain('off-platform-payment/personal-account');
  });

  it('does not apply outside marketplace channels', () => {
    expect(rules('Please transfer the deposit to my private bank account.', { channel: 'email' })).toEqual([]);
    expect(rules('定金打到我个人卡上。', { channel: 'wechat', lang: 'zh' })).toEqual([]);
  });

  it('applies at every stage, including order and after-sales', () => {
    for (const stage of ['inquiry', 'negotiation', 'order', 'after-sales', null]) {
      expect(rules('Please transfer the deposit to my private bank account.', { stage })).toContain(
        'off-platform-payment/personal-account',
      );
    }
  });

  it('underlines the original words even when disguised', () => {
    const found = payment('请转到我的私\u200b人\u200b账户。', { lang: 'zh' });
    expect(found[0].text).toContain('私\u200b人\u200b账户');
    expect(found[0].severity).toBe('error');
  });
});

describe('off-platform-payment/direct-payment', () => {
  it.each([
    ['PayPal directly', 'You can pay by PayPal directly to us and save the platform fee.'],
    ['offline is cheaper', 'Offline payment is cheaper, we can give 3% discount.'],
    ['T/T directly outside Alibaba', "Let's do T/T directly to our bank outside Alibaba, and production starts the same day."],
    ['no need to pay through the platform', 'No need to pay through Alibaba, the fees are high.'],
  ])('flags %s (EN)', (_, body) => {
    expect(rules(body)).toContain('off-platform-payment/direct-payment');
  });

  it.each([
    ['线下转账', '我们线下转账吧，手续费低。'],
    ['直接T/T 不走平台', '直接T/T到我们公司账户，不用走平台，更便宜。'],
    ['直接付款 + 省', '直接付款给我们，可以省平台手续费。'],
    ['站外交易 (traditional)', '站外交易價格更優惠。'],
  ])('flags %s (ZH)', (_, body) => {
    expect(rules(body, { lang: 'zh' })).toContain('off-platform-payment/direct-payment');
  });

  it.each([
    [
      'company account on an emailed invoice',
      'Our company account details are on the invoice in the email we sent; payment by T/T as agreed in the contract.',
    ],
    ['pay on the platform', 'Please pay the balance on the platform; we ship within 2 days.'],
    ['direct flight', 'The goods go by direct flight to Dubai.'],
    ['warning against it', 'Please do not pay outside the platform; your payment is protected only here.'],
  ])('passes %s (EN)', (_, body) => {
    expect(rules(body)).not.toContain('off-platform-payment/direct-payment');
  });

  it.each([
    ['平台支付尾款', '麻烦您在平台上支付尾款，我们收到通知后 2 天内装柜。'],
    ['信保付款', '请在平台下单付款，订单受信保保障。'],
  ])('passes %s (ZH)', (_, body) => {
    expect(rules(body, { lang: 'zh' })).toEqual([]);
  });
});

describe('off-platform-payment/avoid-trade-assurance', () => {
  it.each([
    ['fees are high, skip it', 'Trade Assurance fees are high, so it is better to skip it and pay by T/T.'],
    ['no need', 'No need for Trade Assurance, we are an old supplier.'],
    ['hassle', 'Trade Assurance is a hassle, the old way is easier.'],
  ])('flags %s (EN)', (_, body) => {
    expect(rules(body)).toContain('off-platform-payment/avoid-trade-assurance');
  });

  it.each([
    ['手续费高 + 麻烦', '信保手续费高，流程也麻烦，咱们线下直接转账吧。'],
    ['不用走信保', '信保太麻烦了，不用走信保。'],
    ['traditional', '信保手續費太高了，不划算。'],
  ])('flags %s (ZH)', (_, body) => {
    expect(rules(body, { lang: 'zh' })).toContain('off-platform-payment/avoid-trade-assurance');
  });

  it.each([
    ['recommending it', 'Please place the order through Trade Assurance so your payment is protected by the platform.'],
    ['fee covered', 'The Trade Assurance fee is covered by us.'],
  ])('passes %s (EN)', (_, body) => {
    expect(rules(body)).not.toContain('off-platform-payment/avoid-trade-assurance');
  });

  it.each([
    ['建议走信保', '建议走信保订单，货款有保障。'],
    ['麻烦您 (polite "please")', '照片已上传到信保订单里，麻烦您确认。'],
    ['贵司 ("your company")', '信保订单已收到定金，正唛印贵司 logo。'],
    ['手续费我们承担', '信保手续费我们承担，您放心下单。'],
  ])('passes %s (ZH)', (_, body) => {
    expect(rules(body, { lang: 'zh' })).not.toContain('off-platform-payment/avoid-trade-assurance');
  });

  it("does not flag the counterpart's quoted words", () => {
    expect(
      rules('> Buyer: Trade Assurance fees are high, can we skip it?\n\nWe recommend Trade Assurance: your payment is protected.'),
    ).toEqual([]);
    expect(rules('> 买家：信保手续费太高了，能不能线下转账？\n\n建议还是走信保，货款有保障。', { lang: 'zh' })).toEqual([]);
  });

  it("fix recommends Trade Assurance, in the draft's language, and the re-lint is clean", () => {
    for (const [body, lang, expected] of [
      ['信保手续费高，流程也麻烦，咱们线下直接转账吧。', 'zh', '请通过平台信保下单付款'],
      ['Trade Assurance fees are high, so it is better to skip it and pay by T/T.', 'en', 'Please pay through Trade Assurance'],
    ] as const) {
      const text = draft(body, { lang });
      const diags = lint(text).diagnostics.filter((d) => d.ruleId.startsWith('off-platform-payment/') && d.fix);
      expect(diags.length).toBeGreaterThan(0);
      const lines = new LineIndex(text);
      const fixed = applyFixes(
        text,
        diags.map((d) => ({
          edits: d.fix!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })),
        })),
      ).text;
      expect(fixed).toContain(expected);
      expect(
        lint(fixed).diagnostics.filter((d) => d.ruleId.startsWith('off-platform-payment/')),
        fixed,
      ).toEqual([]);
    }
  });
});

describe('off-platform-payment: contact words are not payment words', () => {
  it.each([
    ['打给我 (call me)', '我的手机号是 13800138000，直接打给我。'],
    ['转给我 (forward to me)', '图纸转给我看一下就行。'],
    ['我的微信 (contact)', '有问题发我的微信。'],
  ])('%s', (_, body) => {
    expect(rules(body, { lang: 'zh' })).toEqual([]);
  });
});

describe('off-platform-payment: methods the platform offers', () => {
  it('passes payment methods offered through the platform', () => {
    expect(rules('We accept T/T, L/C, PayPal and Western Union through the platform.')).toEqual([]);
    expect(rules('我们支持信保、PayPal 和西联付款，都在平台上操作。', { lang: 'zh' })).toEqual([]);
  });
  it('still flags when the platform is mentioned only to be skipped', () => {
    expect(rules('样品费您直接转我个人支付宝就行，不用在平台下单了。', { lang: 'zh' })).toContain('off-platform-payment/personal-account');
    expect(rules('Send it by Western Union to my name, no need to pay through the platform.')).toContain(
      'off-platform-payment/personal-account',
    );
  });
});

describe('off-platform-payment: paraphrases (ids before names, card numbers, third-party accounts)', () => {
  type C = [string, string, string[]];
  const A4 = 'channel: alibaba\nstage: inquiry';
  const N4 = 'channel: marketplace\nstage: negotiation';
  const Z4 = 'channel: alibaba\nstage: inquiry\nlang: zh';
  const ZN4 = 'channel: alibaba\nstage: negotiation\nlang: zh';
  const cases4: C[] = [
    [A4, 'Reach me on +1 (646) 555-0182 after 6pm.', ['contact-drop']],
    [A4, 'Ph: 0086-755-26613098', ['contact-drop']],
    [A4, 'my whatsapp ➜ 13922018876', ['contact-drop']],
    [A4, 'WhatsApp/WeChat: same as my mobile.', ['contact-drop']],
    [A4, 'Add me: kelly_carton (WeChat)', ['contact-drop']],
    [A4, 'My WeChat below:\nkelly_carton', ['contact-drop']],
    [A4, '13922018876 is my WhatsApp, message me.', ['contact-drop']],
    [A4, 'Email me: linda(at)huafeng-textile.com', ['contact-drop']],
    [A4, 'write to lily at 163 dot com', ['contact-drop']],
    [A4, 'Send the files to linda @ huafeng-textile . com please.', ['contact-drop']],
    [Z4, '微信号：sunny_led2026（同手机）', ['contact-drop']],
    [Z4, '加我薇❤ hf_fabric88', ['contact-drop']],
    [Z4, '扣扣号八八六三二七一零五', ['contact-drop']],
    [Z4, '电话：１８６－２０１３－５５７７', ['contact-drop']],
    [Z4, '联系电话 186 2013 5577（微信同号）', ['contact-drop']],
    [Z4, '請加我LINE：packmaster88', ['contact-drop']],
    [Z4, '電郵：lily@163.com', ['contact-drop']],
    [Z4, '图纸发我邮箱就行，邮箱在我头像资料里。', []],
    [Z4, '亲，麻烦给个好评，谢谢！', []],
    [Z4, '我们的微信公众号会定期发布新品。', ['contact-drop']],
    [N4, 'Please pay the deposit to this account: Chen Xiaoming, ICBC, card no. 6222 0212 3456 7890 123.', ['off-platform-payment']],
    [N4, "Kindly transfer the balance to our sales manager's account this time.", ['off-platform-payment']],
    [N4, 'Trade Assurance charges 2%, so we prefer T/T directly to our bank.', ['off-platform-payment']],
    [N4, "You don't have to use Trade Assurance for such a small order.", ['off-platform-payment']],
    [N4, 'PayPal me the sample fee: paypal.me/amyli2026', ['off-platform-payment']],
    [N4, 'For samples we accept PayPal through the platform checkout.', []],
    [ZN4, '定金打到这个卡号：6222 0212 3456 7890 123，户名陈小明。', ['off-platform-payment']],
    [ZN4, '尾款转我老婆的支付宝就行。', ['off-platform-payment']],
    [ZN4, '您可以先付30%定金，余款见提单副本付清，都在信保订单里操作。', []],
    [ZN4, '这次订单金额小，没必要走信保。', ['off-platform-payment']],
    [ZN4, '信保订单我已经起草好了，您确认后付款即可。', []],
    [ZN4, '公司对公账户信息在形式发票上，请按发票付款。', []],
  ];
  it.each(cases4)('%s | %s', (fm, body, expected) => {
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

describe('off-platform-payment: payment methods named, messengers declined', () => {
  type C = [string, string, string[]];
  const N5 = 'channel: alibaba\nstage: negotiation';
  const Z5 = 'channel: alibaba\nstage: negotiation\nlang: zh';
  const cases5: C[] = [
    [N5, 'Payment terms: Western Union or T/T, 30% deposit.', []],
    [N5, 'We accept T/T and Western Union.', []],
    [N5, 'Please send the sample fee by Western Union, receiver: Li Hua, Ningbo.', ['off-platform-payment']],
    [Z5, '我们支持西联付款。', []],
    [Z5, '样品费走西联，收款人写我名字。', ['off-platform-payment']],
    [Z5, '微信不方便，我们就在这里聊吧。', []],
    [Z5, '平台不允许发微信号，请用交换名片功能。', []],
    [Z5, '我没有微信，有事在平台上留言。', []],
    [N5, 'Alibaba does not allow WeChat IDs here, so please use the name card.', []],
    [N5, 'WhatsApp is not allowed on this platform, let us continue here.', []],
  ];
  it.each(cases5)('%s | %s', (fm, body, expected) => {
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

describe('off-platform-payment: the rep’s own account mentioned without paying into it', () => {
  it.each([
    "I'll check my account and confirm once the deposit arrives on the platform.",
    'My account manager will send you the Trade Assurance order.',
  ])('%s', (body) => {
    expect(rules(body)).toEqual([]);
  });
  it.each(['Send the balance to my Alipay, it is faster.', 'Please pay via my PayPal.'])('but paying into it is flagged: %s', (body) => {
    expect(rules(body)).toContain('off-platform-payment/personal-account');
  });
});

describe('off-platform-payment: 我的账户 mentioned without paying into it', () => {
  it('passes checking one’s own account', () => {
    expect(rules('我查一下我的账户，定金到了马上通知您。', { lang: 'zh' })).toEqual([]);
  });
  it('flags paying into it', () => {
    expect(rules('尾款直接付到我的卡上。', { lang: 'zh' })).toContain('off-platform-payment/personal-account');
    expect(rules('定金转我支付宝就行。', { lang: 'zh' })).toContain('off-platform-payment/personal-account');
  });
});

describe('off-platform-payment: "directly" about the goods, not the money', () => {
  it.each([
    "After payment the goods are sent directly to Alibaba's warehouse.",
    'Once you pay on the platform we ship directly from the factory.',
  ])('%s', (body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('off-platform-payment: cashiers and bosses, direct transfers, warnings about others', () => {
  type C = [string, string, string[]];
  const N8 = 'channel: alibaba\nstage: negotiation';
  const O8 = 'channel: marketplace\nstage: order';
  const Z8 = 'channel: alibaba\nstage: negotiation\nlang: zh';
  const ZO8 = 'channel: alibaba\nstage: order\nlang: zh';
  const cases8: C[] = [
    [
      N8,
      'Dear Ms. Tan, for this trial order you can simply transfer USD 380 to my Payoneer, then I ship tomorrow.',
      ['off-platform-payment'],
    ],
    [N8, 'To save time, kindly wire the deposit to the account of our boss, Mr. Wang Jun. Details below.', ['off-platform-payment']],
    [N8, 'If you skip Trade Assurance we can offer 5% off.', ['off-platform-payment']],
    [N8, "Trade Assurance adds 3% fee, so let's settle outside the platform.", ['off-platform-payment']],
    [N8, 'Paying through the platform takes 7 days to reach us; a direct bank transfer is faster and cheaper.', ['off-platform-payment']],
    [O8, 'Hi Ahmed, please send the balance via Western Union to our cashier Ms. Liu Fang.', ['off-platform-payment']],
    [O8, 'The balance can be paid in cash when you visit our factory, no need for the platform.', ['off-platform-payment']],
    [Z8, '这个单子就不走信保了，手续费我们双方都省了。', ['off-platform-payment']],
    [Z8, '您直接把货款打到我们老板私人卡上，到账快。', ['off-platform-payment']],
    [Z8, '样品费发个微信红包给我就行。', ['off-platform-payment']],
    [ZO8, '尾款请用支付宝扫码付给我，码我发您。', ['off-platform-payment']],
    [ZO8, '平台付款太慢了，线下打款我们当天就发货。', ['off-platform-payment']],
    [N8, 'Please pay the 30% deposit through Trade Assurance; the balance is due before shipment, also in the same order.', []],
    [N8, 'We accept credit card, T/T and PayPal on Alibaba checkout.', []],
    [N8, 'The Trade Assurance order protects your payment until you confirm receipt.', []],
    [N8, 'Our bank details are on the PI; please make the T/T payment through the Trade Assurance order so it is protected.', []],
    [O8, 'We received your payment on the platform, thank you! Production starts tomorrow.', []],
    [Z8, '请您在信保订单里支付30%定金，我们收到后安排生产。', []],
    [Z8, '平台会收取一点手续费，我们已经算在报价里了，您正常在信保下单就行。', []],
    [ZO8, '尾款也请在平台支付，这样全程都有保障。', []],
    [ZO8, '如有人要求您转账到私人账户，请不要理会，并联系平台客服。', []],
    [N8, 'Please never send money to a personal account, even if someone claims to be from our company.', []],
  ];
  it.each(cases8)('%s | %s', (fm, body, expected) => {
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

describe('off-platform-payment: transfers to me, comparisons with the platform', () => {
  it.each([
    ['WeChat transfer to me personally, cheaper than the platform', '付款的话也可以直接微信转我个人，比走平台便宜点', 'zh'],
    ['a private bank card', '您要是不走平台，直接转我私人卡，可以再便宜5块', 'zh'],
    ['私下交易', '咱们私下交易吧，平台扣点太高，给您便宜3%。', 'zh'],
    ['Trade Assurance takes a cut', 'Trade Assurance takes 3% so better we do T/T to our bank, you save money.', 'en'],
    ['PayPal friends and family', 'You can send the sample fee by PayPal to my personal email, friends and family so no fees.', 'en'],
    ['Western Union to a person', 'Western Union to Zhang Wei is fine for the sample fee.', 'en'],
  ])('%s', (_, body, lang) => {
    expect(rules(body, { lang, channel: 'marketplace' }).length).toBeGreaterThan(0);
  });

  it.each([
    ['a family business', 'We are a friends and family business with 20 years in ceramics.'],
    ['Western Union refused', 'We do not accept Western Union; please pay through Trade Assurance.'],
  ])('%s', (_, body) => {
    expect(rules(body)).toEqual([]);
  });
});

describe('off-platform-payment: more ways to pay a person', () => {
  it.each([
    ['crypto directly', 'We also accept crypto (USDT TRC20) directly, no platform fee.', 'en'],
    ['my QR code', '您直接扫我收款码就可以了。', 'zh'],
    ["a relative's card", '货款打到我爱人的卡上就行。', 'zh'],
    ['Wise to me', 'Please use Wise to send the deposit to me, I will share my details.', 'en'],
    ['a person as beneficiary', 'Beneficiary: Li Ming, Bank of China, card no. 6217 0000 1234 5678, please T/T the deposit.', 'en'],
  ])('%s', (_, body, lang) => {
    expect(rules(body, { lang }).length).toBeGreaterThan(0);
  });

  it.each([
    'Beneficiary: Bright Source Trading Co., Ltd., Bank of China Ningbo branch, SWIFT BKCHCNBJ92A.',
    'We are wise to keep every payment on the platform.',
    'Our ETH series kettles are popular in Europe.',
  ])('%s', (body) => {
    expect(rules(body, { stage: 'order' })).toEqual([]);
  });
});
