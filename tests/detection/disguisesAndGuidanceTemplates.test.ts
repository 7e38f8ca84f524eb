// Issue 10: detection that generalizes. Disguised spellings, traditional characters and the
// guidance's templates, each with variants written after the fix (not tuned on).
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/engine.js';

function draft(body: string, channel = 'email', lang?: 'en' | 'zh'): string {
  return `---\nchannel: ${channel}\n${lang ? `lang: ${lang}\n` : ''}---\n${body}`;
}
/** Rule ids at warning or error. */
function warned(body: string, channel = 'email', lang?: 'en' | 'zh'): string[] {
  return [
    ...new Set(
      lint(draft(body, channel, lang))
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => d.ruleId),
    ),
  ].sort();
}
function categories(body: string, channel = 'email', lang?: 'en' | 'zh'): string[] {
  return [...new Set(warned(body, channel, lang).map((id) => id.slice(0, id.indexOf('/'))))];
}

describe('risky-ask: disguised and traditional asks are seen through', () => {
  it.each([
    ['請把密碼發給我', 'zh'],
    ['麻煩告訴我您後台的帳號和密碼', 'zh'],
    ['您可以先把兩步驗證關掉', 'zh'],
    ['您把二次驗證關閉一下吧', 'zh'],
    ['Please send me your pass\u200bword.', 'en'],
    ['Please send me your p@ssw0rd.', 'en'],
    ['Please send me your p a s s w o r d.', 'en'],
    ['pls send me ur pass-word for the portal', 'en'],
    ['Send me your ｐａｓｓｗｏｒｄ please.', 'en'],
    ["what's ur pw for the portal", 'en'],
    ['whats your pw for the supplier site?', 'en'],
    ['Can I have your l0gin details?', 'en'],
  ] as const)('%s', (body, lang) => {
    expect(categories(body, 'wechat', lang)).toContain('risky-ask');
  });

  it.each([
    'it will send the username and password to your e-mail account',
    'The system will send the new password to your registered address.',
    'The hinge uses a 3 mm steel pin; the pw rating is on the label.',
  ])('statements and other senses stay quiet: %s', (body) => {
    expect(categories(body)).not.toContain('risky-ask');
  });
});

describe('code-request: "code" is a verification code only with a verification cue', () => {
  it.each([
    'Who changed my code?',
    'c++ code?',
    'Can you review the code? The build fails.',
    'Tom, the code pls',
    'What code did you write for the parser?',
  ])('no cue, no code request: %s', (body) => {
    expect(categories(body, 'whatsapp')).not.toContain('code-request');
  });
  it.each([
    ['在嗎？驗證碼發我一下', 'zh'],
    ['在吗？验证码发我一下', 'zh'],
    ['王總，動態碼發我下', 'zh'],
    ['Tom, the portal sent you a code. What is it?', 'en'],
    ['Hi, the code you just got, can you send it to me?', 'en'],
  ] as const)('asked without context: %s', (body, lang) => {
    expect(categories(body, 'wechat', lang)).toContain('code-request');
  });
});

describe('code-request checklist follows the guidance templates (场景二, 场景三)', () => {
  const SCENE2 =
    'Hello Maria,\nThank you for sharing the link to the technical drawings.\nI have clicked the link and it leads to a secure document portal which requires email verification for access. It seems the verification email was sent to your email (maria@clientcompany.com).\nTo download the files and start the production review promptly, would it be possible for you to forward me the verification code once you receive it?\nLooking forward to your reply.\nAmy';
  const SCENE3 =
    'Hi David,\nFollowing up on the payment for invoice #INV789. I am currently on the payment gateway page to process it.\nThe platform has triggered a security verification and sent a code to the account’s registered email (your company email). To finalize the payment today, could you please assist by providing the security code once it arrives?\nThis is to ensure the transaction is secure and completed without delay.\nThanks,\nAmy';
  it.each([SCENE2, SCENE3])('a template draws no warning', (body) => {
    expect(warned(body)).toEqual([]);
  });
  it('6-digit and check spam are info-level suggestions, not warnings', () => {
    const ds = lint(draft(SCENE2)).diagnostics.filter((d) => d.ruleId.startsWith('code-request/'));
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => d.severity === 'info')).toBe(true);
    expect(ds.map((d) => d.ruleId)).toContain('code-request/be-precise');
  });
  it.each([
    [
      'Hi Ana, as agreed I am registering us on your portal for PO 5521. The portal just emailed you a one-time code; could you share it with me? Thanks!',
      'en',
    ],
    ['Hi Ana, to finish the supplier registration today, could you forward me the security code the portal texted you? Thank you!', 'en'],
    ['王总您好！为了今天完成供应商注册，系统刚刚向 wang@abc.com 发送了验证邮件，请把邮件里的验证码告诉我，谢谢！', 'zh'],
    ['王總您好！為了今天完成供應商註冊，系統剛剛向 wang@abc.com 發送了驗證郵件，請把郵件裡的驗證碼告訴我，謝謝！', 'zh'],
    ['刘总您好！按照您的安排，我正在为订单 PO#7781 上传资料，请把手机收到的验证码告诉我，谢谢！', 'zh'],
    ['劉總您好！按照您的安排，我正在為訂單 PO#7781 上傳資料，請把手機收到的驗證碼告訴我，謝謝！', 'zh'],
  ] as const)('purpose, where it went and what to send are read: %s', (body, lang) => {
    expect(warned(body, 'email', lang)).toEqual([]);
  });
});

describe('thread and hand-off', () => {
  it.each([
    ['这单就不走平台了，直接银行转账到我们账户', 'zh'],
    ['這單就不走平台了，直接銀行轉賬到我們賬戶', 'zh'],
    ['下次不通过信保了，直接网银汇款给我们公司就行', 'zh'],
  ] as const)('off-platform payment: %s', (body, lang) => {
    expect(categories(body, 'alibaba', lang)).toContain('off-platform-payment');
  });
  it.each([
    "from now on let's just email each other directly instead of here",
    'Let us message each other directly rather than here, it is easier.',
  ])('moving the buyer off the platform without an address: %s', (body) => {
    expect(categories(body, 'alibaba')).toContain('contact-drop');
  });
  it('a word that starts like a payment cue is not one (real mailing-list footer: Cryptography … sending)', () => {
    expect(
      categories('The Cryptography Mailing List\nUnsubscribe by sending "unsubscribe cryptography" to the list.', 'alibaba'),
    ).not.toContain('off-platform-payment');
    expect(categories('You can pay the balance in crypto, USDT to my wallet.', 'alibaba')).toContain('off-platform-payment');
  });
  it.each(['Please keep all communication here on the platform from now on.', '请继续在平台上沟通，直接在平台下单付款即可。'])(
    'staying on the platform is quiet: %s',
    (body) => {
      expect(categories(body, 'alibaba')).toEqual([]);
    },
  );
});
