// risky-ask/*: asking for passwords, credentials or PINs, or to disable / bypass verification.
import { describe, expect, it } from 'vitest';
import { applyFixes, LineIndex } from '../../server/src/engine/index.js';
import { lint } from '../helpers/engine.js';

function draft(body: string, channel = 'email', lang?: 'en' | 'zh'): string {
  return `---\nchannel: ${channel}\n${lang ? `lang: ${lang}\n` : ''}---\n${body}`;
}
function own(text: string, locale: 'en' | 'zh' = 'en') {
  return lint(text, { locale }).diagnostics.filter((d) => d.ruleId.startsWith('risky-ask/'));
}
function rules(body: string, channel = 'email', lang?: 'en' | 'zh'): string[] {
  return [...new Set(own(draft(body, channel, lang)).map((d) => d.ruleId))];
}
function fixAll(text: string): string {
  const lines = new LineIndex(text);
  const ds = own(text).filter((d) => d.fix);
  return applyFixes(
    text,
    ds.map((d) => ({
      edits: d.fix!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })),
    })),
  ).text;
}

const CRED = ['risky-ask/credentials'];
const BYPASS = ['risky-ask/bypass-verification'];

describe('risky-ask: credentials', () => {
  it.each([
    'Could you tell me the password of your vendor portal? Then I can log in and upload the certificates directly.',
    'Please send me your login details and I will fix the listing.',
    'Send us the username and password, please.',
    'What is your Alibaba password?',
    'Can I have your portal password?',
    'I need the PIN of your company card to release the payment.',
    'Please share your online banking PIN code so I can check the transfer.',
    'Kindly provide your email password so our IT can set up the forwarding.',
    'Let me log in with your account and I will do it in five minutes.',
    'Your portal password, please.',
    'Just whatsapp me the credentials.',
    'What is your login for the supplier portal?',
    'Ask the customer for their portal password before the call.',
    'Please install AnyDesk and send me the ID and password.',
    'Send me the admin credentials so I can check the settings.',
    'Hi Ana, the bank needs your card PIN to approve the refund, can you text it to me?',
    "Sam, what's ur bank login? I'll check if the money left.",
  ])('%s', (body) => {
    expect(rules(body, 'whatsapp')).toEqual(CRED);
  });

  it.each([
    '刘总，把您采购系统的登录密码发我一下，我直接帮您弄。',
    '您好，麻烦告诉我您后台的账号和密码，我帮您上传。',
    '您好，付款遇到问题的话，您把网银账号和PIN码给我，我们财务帮您付。',
    '邮箱密码是多少？我帮您设置转发。',
    '请提供一下您的银行卡密码，我们核对一下。',
    '我用您的账号登录一下就好。',
    '您把支付宝密码发来，我帮您付款。',
  ])('%s', (body) => {
    expect(rules(body, 'wechat', 'zh')).toEqual(CRED);
  });

  it('is an error, reported at the ask, in both languages', () => {
    const text = draft('Could you tell me the password of your vendor portal?');
    const [d] = own(text);
    expect(d.severity).toBe('error');
    expect(text.slice(d.offsets.start, d.offsets.end)).toBe('tell me the password');
    expect(own(text, 'zh')[0].message).toBe('切勿索要密码、登录信息、PIN 码或银行卡信息（“tell me the password”）。');
  });
});

describe('risky-ask: disabling or bypassing verification', () => {
  it.each([
    'Hi Peter, can you switch off the login verification on your account? The codes slow us down.',
    "Don't worry, I have a tool to skip the verification.",
    'Please disable two-factor authentication for a day.',
    'We can bypass the OTP if you install this plugin.',
    'Is there a way to log in without the verification?',
    'Could you remove the SMS code check from the account?',
    'Dear Tom, the two-factor login keeps blocking our uploads. Could you please deactivate it until Friday?',
  ])('%s', (body) => {
    expect(rules(body, 'whatsapp')).toEqual(BYPASS);
  });

  it.each([
    '刘总，您把后台的二次验证关掉吧，每次都要验证码太麻烦了。',
    '我有工具可以跳过验证，很快就好。',
    '吴总您好，麻烦您把账户的短信验证先关掉，我们上传报关单的时候就不用每次都找您要码了。',
    '能不能取消一下登录保护？',
    '王总，能不能把登录验证关一下？我们这边上传资料老是要验证码。',
  ])('%s', (body) => {
    expect(rules(body, 'wechat', 'zh')).toEqual(BYPASS);
  });
});

describe('risky-ask: warnings, negations and safe mentions pass', () => {
  it.each([
    'Reminder: our staff will never ask you for your portal password or bank PIN.',
    "Please don't share your password with anyone, including us.",
    'If you cannot log in, reset your password via “Forgot password” on the login page.',
    'I will send you a password-protected PDF; the password follows in a separate message.',
    'Please keep two-factor authentication switched on for your account.',
    'We will never ask you to disable verification.',
    'The portal sent you a one-time password; could you share it with me for PO #7781?',
    'Could you add me as an authorized user on your portal?',
    'Beware of scams: nobody from our company will ask for your login details.',
    'Please pin this message to the top of the group.',
    'The hinge uses a 3 mm steel pin; I need the pin of the old hinge as a sample.',
    'Your password must have 12 characters; you can change it in the settings.',
    'What is the login page of your supplier portal?',
    'Please send me the login link for the webinar.',
    'Could you send me the password for the ZIP file you shared yesterday?',
    'What is the Wi-Fi password at your office for the meeting?',
    'As you asked, I am updating our bank details for PO 7781: could you send me the OTP password the portal just sent to your phone?',
    'Our portal uses two-factor authentication, so your account stays safe. Please do not disable it.',
  ])('%s', (body) => {
    expect(rules(body, 'whatsapp')).toEqual([]);
  });

  it.each([
    '我们绝不会向您索要密码，请勿泄露给任何人。',
    '附件是加密文件，解压密码我稍后发给您。',
    '请不要关闭双重验证，保护账户安全。',
    '如果忘记密码，请在登录页点击“忘记密码”重置。',
    '系统发来的动态密码麻烦告诉我一下，我在为订单 PO#7781 提交资料。',
    '提醒：任何人向您索要验证码或密码都是诈骗。',
    '按您的安排我在为订单 7781 更新资料，银行发到您手机的短信密码麻烦告诉我一下。',
  ])('%s', (body) => {
    expect(rules(body, 'wechat', 'zh')).toEqual([]);
  });

  it('the counterpart asking for a password (quoted) is not the rep’s ask', () => {
    expect(
      rules('> Buyer: Should I send you my password?\n\nNo, please never share it. Could you add me as an authorized user instead?'),
    ).toEqual([]);
  });
});

describe('risky-ask: negations belong to their clause; shorthand; asks of someone else', () => {
  it.each([
    '张总您好，请把贵司邮箱的密码发给我，我帮您把我们的域名加入白名单，以后就不会收不到 PI 了。谢谢！',
    '为加快报关进度，请提供贵司在国际贸易单一窗口的登录账号和密码，我们代为申报。',
    "hi Jack, pls send ur bank PIN n I'll pay the freight 4 u",
    "hey Sam send ur login n password for the DHL portal, I'll book the pickup",
    'Ask Mr. Weber for their customs broker portal password so we can upload the invoice.',
  ])('%s', (body) => {
    expect(rules(body, 'whatsapp')).toEqual(CRED);
  });

  it('the finding is at the ask, not at the other clause', () => {
    const text = draft('请把贵司邮箱的密码发给我，以后就不会收不到 PI 了。', 'email', 'zh');
    const [d] = own(text);
    expect(text.slice(d.offsets.start, d.offsets.end)).toBe('密码发给我');
  });

  it.each(['如果有人以我们的名义向您索要网银密码，请一律不要理会。', 'Please, never send your password to anyone, including me.'])(
    '%s',
    (body) => {
      expect(rules(body, 'wechat')).toEqual([]);
    },
  );
});

describe('risky-ask: fixes replace the ask with the safe alternative and re-lint clean', () => {
  it('credentials → authorized user (English)', () => {
    const text = draft('Dear Peter,\n\nCould you tell me the password of your vendor portal? Then I can upload the certificates.\n\nAmy');
    const fixed = fixAll(text);
    expect(fixed).toBe(
      draft(
        'Dear Peter,\n\nCould you add me as an authorized user on your [portal], so I can do this with my own account? Then I can upload the certificates.\n\nAmy',
      ),
    );
    expect(own(fixed)).toEqual([]);
  });

  it('credentials → authorized user (Chinese)', () => {
    const text = draft('刘总，把您采购系统的登录密码发我一下，我直接帮您弄。', 'wechat', 'zh');
    const fixed = fixAll(text);
    expect(fixed).toBe(draft('能否在贵司[系统名称]里把我添加为授权用户？这样我可以用自己的账号操作。', 'wechat', 'zh'));
    expect(own(fixed)).toEqual([]);
  });

  it('bypass → keep verification on (both languages)', () => {
    for (const [body, lang] of [
      ['Dear Tom, the two-factor login keeps blocking our uploads. Could you please deactivate it until Friday?', 'en'],
      ['Hi Peter, can you switch off the login verification on your account? The codes slow us down.', 'en'],
      ['我有工具可以跳过验证，很快就好。', 'zh'],
    ] as const) {
      const text = draft(body, 'whatsapp', lang);
      const fixed = fixAll(text);
      expect(fixed).not.toBe(text);
      expect(own(fixed)).toEqual([]);
    }
  });

  it('fixes are never applied automatically', () => {
    expect(own(draft('What is your Alibaba password?')).every((d) => d.fix && !d.fix.safe)).toBe(true);
  });
});

describe('risky-ask: a request to hand over a credential, wherever its verb and object stand', () => {
  it.each([
    'Would you kindly forward the login credentials of the buyer account today?',
    'Could you pass on the pwd for the tender site when you have a minute?',
    'Can u reply with the creds for the customs portal?',
    'Please just text the passcode of your shipping account to my phone.',
    'Please send over the card number and CVV so we can charge the sample fee.',
    'Could you share the security code on the back of the company card?',
  ])('%s', (body) => {
    expect(rules(body)).toEqual(CRED);
  });

  it.each([['麻烦你把公司信用卡的卡号和有效期发给我，我来付运费。'], ['請把銀行卡號和背面三位數傳過來，我幫您付款。']])('%s', (body) => {
    expect(rules(body, 'wechat', 'zh')).toEqual(CRED);
  });

  it.each([
    'Please send the card to our warehouse; the number on the label is the PO.',
    'Please reply with your shipping address and the contact number.',
    'Could you share the tracking number of the parcel?',
    'Please never share your card number or CVV with anyone, including us.',
    'Please reset your password with the link the portal sent you.',
  ])('honest: %s', (body) => {
    expect(rules(body)).toEqual([]);
  });

  it('a card security code is card data, not a one-time code request', () => {
    const text = draft('麻烦把信用卡背面的安全码发我一下。', 'wechat', 'zh');
    const categories = new Set(lint(text).diagnostics.map((d) => d.ruleId.split('/')[0]));
    expect(categories.has('risky-ask')).toBe(true);
    expect(categories.has('code-request')).toBe(false);
  });
});
