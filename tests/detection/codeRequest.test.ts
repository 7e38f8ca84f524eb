// code-request/*: a request for a verification / one-time code must carry its context.
import { describe, expect, it } from 'vitest';
import { applyFixes, LineIndex } from '../../server/src/engine/index.js';
import { lint } from '../helpers/engine.js';

const RULE = 'code-request/missing-context';

function draft(body: string, channel = 'email', lang?: 'en' | 'zh'): string {
  return `---\nchannel: ${channel}\n${lang ? `lang: ${lang}\n` : ''}---\n${body}`;
}
function own(text: string, rule = RULE, locale: 'en' | 'zh' = 'en') {
  return lint(text, { locale }).diagnostics.filter((d) => d.ruleId === rule);
}
function missing(body: string, channel = 'email', lang?: 'en' | 'zh'): string[] {
  return own(draft(body, channel, lang)).map((d) => d.message.replace(/^This code request is missing /, '').replace(/\.$/, ''));
}
function fixAll(text: string, rule = RULE): string {
  const lines = new LineIndex(text);
  const ds = own(text, rule).filter((d) => d.fix);
  return applyFixes(
    text,
    ds.map((d) => ({
      edits: d.fix!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })),
    })),
  ).text;
}

const COMPLETE_EN =
  'Dear Peter,\n\nI hope this finds you well. As you asked, I am updating our bank information on your vendor portal for PO #7781.\n\nThe portal has just sent a one-time verification code to your registered address (peter@buyerco.com). When you have a moment, could you check your inbox (and the junk folder) and share the 6-digit code with me? I would like to finish the update today.\n\nMany thanks,\nAmy';
const COMPLETE_ZH =
  '刘总您好！按照您的安排，我正在贵司采购系统里为订单 PO#7781 上传资质文件。系统刚向您的注册邮箱发送了6位验证码，麻烦您看一下收件箱或垃圾邮件箱，收到后告诉我即可，我好今天内提交。谢谢您！';

describe('code-request: bare requests are flagged, each missing element at the request', () => {
  it('a bare English request misses everything', () => {
    const text = draft('Send me the verification code please.');
    const ds = own(text);
    // It names the code (what to send); greeting, purpose, where it went and thanks are missing.
    expect(ds).toHaveLength(4);
    for (const d of ds) expect(text.slice(d.offsets.start, d.offsets.end)).toBe('Send me the verification code please.');
    expect(ds.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('a bare Chinese request misses everything, messages in Chinese', () => {
    const text = draft('刘总，验证码是多少？', 'wechat', 'zh');
    const ds = own(text, RULE, 'zh');
    expect(ds.map((d) => d.message)).toEqual([
      '这条验证码请求缺少问候语。',
      '这条验证码请求缺少您在做什么以及原因（按对方安排；订单、发票或项目）。',
      '这条验证码请求缺少验证码发到了哪里（对方的注册邮箱或手机）。',
      '这条验证码请求缺少致谢。',
    ]);
  });

  it.each([
    ['What is the OTP?', 4],
    ['Hi Peter, send me the verification code please.', 3],
    ['Hello Mr. Haddad, what is the code you just got?', 3],
    ['Good morning Ana, thank you for connecting. Could you share the code that arrived on your side? Then I can finish the setup.', 2],
    ['Hi Peter, the portal just sent you an email. Please send me the code. Thanks!', 2],
    ['Hi, can you forward me the SMS code? Thanks', 2],
    ['Need the code from the bank app, quick', 5],
    ['pls send code from portal asap thx', 4],
    ['Morning Ana! Could you send me the verification code? Thanks!', 2],
    ['> I received a code from the portal, what should I do with it?\n\nPlease send it to me.', 5],
    [
      'Hi Peter, as you asked I am updating our bank details on your portal for PO #7781. Could you share the verification code? Thanks!',
      1,
    ],
    [
      'Hi Peter, as you asked I am updating our bank details on your portal for PO #7781. Could you share the 6-digit verification code sent to your registered email?',
      1,
    ],
  ])('%s → %i missing', (body, count) => {
    expect(missing(body)).toHaveLength(count);
  });

  it.each([
    ['李姐，快！把短信里的六位数字发我，马上过期了。', 3],
    ['您好，麻烦把系统发来的码发我一下，谢谢！', 2],
    ['王总您好，动态码发我一下。', 3],
    ['您好，请把收到的校验码告诉我，谢谢。', 2],
    ['您好，动态口令是多少？', 3],
    ['王姐好，验证码发我一下，谢谢！', 2],
    ['> 我手机收到一个验证码\n\n好的，麻烦发我一下。', 5],
    ['您好！按您的要求，我在系统里为发票 INV-2207 更新银行信息，请把发到您注册手机上的6位验证码告诉我，谢谢！', 0],
  ])('%s → %i missing', (body, count) => {
    expect(missing(body, 'wechat', 'zh')).toHaveLength(count);
  });

  it('names exactly what is missing', () => {
    expect(
      missing(
        'Hi Peter, as you asked I am updating our bank details on your portal for PO #7781. Could you share the verification code? Thanks!',
      ),
    ).toEqual(['where the code was sent (their registered email or phone)']);
  });
});

describe('code-request: asks by pronoun or in shorthand, after the code was mentioned', () => {
  it('"a code was sent to your registered email … Please send it to me." misses what to send and thanks, at the ask', () => {
    const body =
      'Dear Ms. Kim,\n\nAs you asked, I am registering our company on your supplier portal for the 2026 tender. A code was sent to your registered email. Please send it to me.\n\nBest,\nLi';
    const text = draft(body);
    const ds = own(text);
    expect(ds.map((d) => d.message)).toEqual([
      'This code request is missing what to send (name it: the verification code).',
      'This code request is missing a thank-you.',
    ]);
    for (const d of ds) expect(text.slice(d.offsets.start, d.offsets.end)).toBe('Please send it to me.');
  });

  it.each([
    ['Hi Markus,\n\nThe portal sent you a code. What is it?\n\nLeo', 'What is it?'],
    ['hi Mr. Tan, pls send me the code u got, thx', 'hi Mr. Tan, pls send me the code u got, thx'],
    ['Tom, what’s the code you got?', 'Tom, what’s the code you got?'],
  ])('%s → reported at “%s”', (body, at) => {
    const text = draft(body, 'wechat');
    const ds = own(text);
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) expect(text.slice(d.offsets.start, d.offsets.end)).toBe(at);
  });

  it.each(['王总，发下动态码', '李姐，发一下验证码', '张姐，手机收到的码发下'])('%s', (body) => {
    expect(missing(body, 'wechat', 'zh').length).toBeGreaterThan(0);
  });

  it('a warning about others asking is not a request', () => {
    expect(
      missing('赵总，如果有人以我们的名义向您索要网银密码、U盾或者验证码，请一律不要理会，并第一时间告诉我。', 'wechat', 'zh'),
    ).toEqual([]);
  });
});

describe('code-request: complete requests, mentions and other codes pass', () => {
  it.each([
    COMPLETE_EN,
    'Hi Peter, the code worked, thanks! The documents are uploaded.',
    'Thanks for sending the verification code, the update is done.',
    'Reminder: never share a verification code with anyone, including us.',
    'Could you send me the HS code and the product code for BX-330?',
    'Please send me the code of conduct you mentioned.',
    'Use the discount code SPRING10 at checkout, please.',
    'What is the promo code for the fair?',
    'Please send me the code for the product you want, and the quantity.',
    'You will receive a verification code by email when you log in.',
    'We will send you a verification code by email; please check your inbox.',
    'Please note: if anyone asks you for your password or a verification code on our behalf, do not reply.',
    'Could you send me the code for your ERP system so we can match the item?',
    'The portal invoice is ready; please send it to me when you have checked it.',
    'Please enter the verification code on the website to finish your registration.',
    'You will receive a one-time code on your bank app. Please keep that code to yourself.',
  ])('%s', (body) => {
    expect(missing(body)).toEqual([]);
  });

  it.each([
    COMPLETE_ZH,
    '验证码已收到，谢谢！资料已经上传。',
    '提醒：我们不会通过任何渠道向您索要验证码、登录密码或银行卡信息，如收到类似请求，请不要回复。',
    '为了以后不再麻烦您转发验证码，能否请系统管理员把我添加为授权用户？',
    '请把产品编码和海关编码发我一下。',
    '请在页面上输入收到的验证码完成注册。',
    '我们会给您发一个验证码，请注意查收。',
    '王姐，我们公司员工不会找您要任何验证码，有人问请直接拒绝。',
  ])('%s', (body) => {
    expect(missing(body, 'wechat', 'zh')).toEqual([]);
  });

  it('a request in the counterpart’s quote is not the rep’s', () => {
    expect(
      missing('> Buyer: Can you send me the verification code again?\n\nHi Peter, of course, I will ask the portal to resend it. Thanks!'),
    ).toEqual([]);
  });
});

describe('code-request: fixes insert the missing parts and re-lint clean', () => {
  it('English: everything inserted around the request', () => {
    const text = draft('Send me the verification code please.');
    const fixed = fixAll(text);
    expect(fixed).toBe(
      draft(
        'Hi [name],\nAs you asked, I am [updating our bank details] on your [portal] for [PO #…]. Send me the verification code please. The code was sent to your registered email ([address]).\nThank you!\n',
      ),
    );
    expect(own(fixed)).toEqual([]);
  });

  it('Chinese: inserted in Chinese', () => {
    const text = draft('刘总，验证码是多少？', 'wechat', 'zh');
    const fixed = fixAll(text);
    expect(fixed).toBe(
      draft(
        '[称呼]您好！按照您的安排，我正在[系统名称]里为[订单号]办理[事项]。刘总，验证码是多少？验证码已发送到您的注册邮箱（[邮箱地址]）。\n谢谢您！\n',
        'wechat',
        'zh',
      ),
    );
    expect(own(fixed)).toEqual([]);
  });

  it('fixes are not safe: the rep fills the placeholders', () => {
    expect(own(draft('What is the OTP?')).every((d) => d.fix && !d.fix.safe)).toBe(true);
  });
});

describe('code-request/no-deadline (info)', () => {
  const body =
    'Hi Peter, as you asked I am updating our bank details on your portal for PO #7781. Could you share the 6-digit verification code sent to your registered email? Thanks!';
  it('is an info-level hint only', () => {
    const [d] = own(draft(body), 'code-request/no-deadline');
    expect(d.severity).toBe('info');
    expect(lint(draft(body)).diagnostics.filter((x) => x.severity === 'warning' || x.severity === 'error')).toEqual([]);
  });
  it('a time passes; the fix adds one', () => {
    expect(own(draft(body.replace('?', ' within the next 10 minutes?')), 'code-request/no-deadline')).toEqual([]);
    const fixed = fixAll(draft(body), 'code-request/no-deadline');
    expect(own(fixed, 'code-request/no-deadline')).toEqual([]);
  });
});

describe('code-request: the code named in one sentence, asked for with a pronoun or as digits in the next', () => {
  const flagged = (body: string, channel = 'linkedin') =>
    lint(`---\nchannel: ${channel}\n---\n${body}\n`).diagnostics.some((d) => d.ruleId === 'code-request/missing-context');
  it.each([
    'Hi Marta, the bank just sent you a one-time passcode. Could you forward it?',
    'The portal emailed you a verification code. Please share it.',
    'Which digits did the portal send? What are the 4 digits the bank texted you?',
  ])('%s', (body) => {
    expect(flagged(body)).toBe(true);
  });
  it.each([
    'We sent you the invoice yesterday. Could you forward it to your finance team?',
    'The courier sent you the parcel photos. Can you share them with QC?',
    'What are the 3 digits printed on the carton label the warehouse sent you?',
  ])('honest: %s', (body) => {
    expect(flagged(body)).toBe(false);
  });
});

describe('code-request: "code" with no verification cue is not a one-time code', () => {
  it.each([
    'Hi team,\n\nWho changed the code in the export script? The build fails since yesterday.\n\nThanks,\nJan',
    'Hi Li, is the code in the attachment the latest? The colours look off.',
  ])('%s', (body) => {
    const text = `---\nchannel: email\n---\n${body}\n`;
    expect(lint(text).diagnostics.filter((d) => d.ruleId.startsWith('code-request/') && d.severity !== 'info')).toEqual([]);
  });
});
