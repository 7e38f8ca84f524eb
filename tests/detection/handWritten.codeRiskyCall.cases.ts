// Drafts for code-request/*, risky-ask/* and call-prep/*. Each case lists every one of these three
// categories that must be flagged (warning or error).

export interface Case {
  id: string;
  channel: string;
  lang?: 'en' | 'zh';
  expect: string[];
  text: string;
}

/**
 * Blind misses reported by reviewers (set 1) and described shapes of set 2, written out; each is
 * fixed by a general change (shorthand lexicon, pronoun asks, Chinese object-fronted asks,
 * warnings about third parties, organization-shaped company names), not by its own pattern.
 */
export const REPORTED: Case[] = [
  { id: 'blind-1', channel: 'email', expect: ['code-request'], text: 'Hi Markus,\n\nThe portal sent you a code. What is it?\n\nLeo' },
  { id: 'blind-2', channel: 'wechat', expect: ['code-request'], text: 'hi Mr. Tan, pls send me the code u got, thx' },
  {
    id: 'blind-3',
    channel: 'email',
    lang: 'zh',
    expect: ['risky-ask'],
    text: '王经理：\n\n为加快报关进度，请提供贵司在国际贸易单一窗口的登录账号和密码，我们代为申报。\n\n谢谢！\n小周',
  },
  {
    id: 'blind-4',
    channel: 'email',
    lang: 'en',
    expect: ['risky-ask'],
    text: '张总您好，请把贵司邮箱的密码发给我，我帮您把我们的域名加入白名单，以后就不会收不到 PI 了。谢谢！',
  },
  { id: 'blind-5', channel: 'whatsapp', expect: ['risky-ask'], text: "hi Jack, pls send ur bank PIN n I'll pay the freight 4 u" },
  {
    id: 'blind-6',
    channel: 'wechat',
    lang: 'zh',
    expect: [],
    text: '赵总，我司的收款账户只以盖章的 PI 为准。如果有人以我们的名义向您索要网银密码、U盾或者验证码，请一律不要理会，并第一时间告诉我。',
  },
  {
    id: 'blind-7',
    channel: 'phone',
    lang: 'zh',
    expect: ['call-prep'],
    text: '订单号：2093847561028374\n时间：从昨天上午 10 点开始店铺无法上新\n需求：恢复上新权限，了解原因',
  },
  {
    id: 'blind-8',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '公司：义乌市佳美日用品有限公司；退税申报批次号：2024-10-003；问题自 10 月 25 日开始（系统提示发票信息不符）；需要：核实是哪张发票不符、如何更正。',
  },
  { id: 'shape-1', channel: 'wechat', expect: [], text: "Tom, what's the code?" }, // a bare “the code” with no verification cue is not a code request (issue 10)
  { id: 'shape-2', channel: 'wechat', lang: 'zh', expect: ['code-request'], text: '王总，发下动态码' },
  { id: 'shape-3', channel: 'wechat', lang: 'zh', expect: ['code-request'], text: '李姐，发一下验证码' },
  {
    id: 'shape-4',
    channel: 'email',
    expect: ['code-request'],
    text: 'Dear Ms. Kim,\n\nAs you asked, I am registering our company on your supplier portal for the 2026 tender. A code was sent to your registered email. Please send it to me.\n\nBest,\nLi',
  },
  {
    id: 'shape-5',
    channel: 'whatsapp',
    expect: ['risky-ask'],
    text: "hey Sam send ur login n password for the DHL portal, I'll book the pickup",
  },
  {
    id: 'shape-6',
    channel: 'phone',
    expect: ['risky-ask'],
    text: 'Call Hanseatic Trading GmbH, PO 4471-22, container held since 3 May. Ask Mr. Weber for their customs broker portal password so we can upload the invoice.',
  },
  {
    id: 'shape-7',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '给杭州绿源光伏打电话：订单 HZ20240518 自6月1日起报警，需要他们派人检查逆变器。',
  },
];

/**
 * Written for this work, before tuning (first look: 43 of 48 right; recall 0.80, no false
 * positive; missed: a code called "the number" / 里面的数字 / "what does it say", "gimme ur pw",
 * a remote-control tool's 识别码和验证码). Honest near-misses and violations, English and Chinese.
 */
export const OWN: Case[] = [
  {
    id: 'cr01',
    channel: 'whatsapp',
    expect: ['code-request'],
    text: 'Hey Priya, the bank app just pinged you with a number for linking our new account. Can you tell me the number?',
  },
  {
    id: 'cr02',
    channel: 'email',
    expect: ['code-request'],
    text: 'Dear Mr. Okafor,\n\nTo finish adding your company to our shipping portal I need the security code that was texted to you. Please reply with it today.\n\nRegards,\nWen',
  },
  {
    id: 'cr03',
    channel: 'email',
    expect: [],
    text: "Hi Laura,\n\nAs agreed on our call, I'm registering Brightway as a supplier on your procurement portal for RFQ 2219. The portal has sent a 6-digit verification code to your registered email (laura@northgate.com). Could you check your inbox and spam folder and send me the code within 15 minutes? Thank you so much!\n\nKai",
  },
  {
    id: 'cr04',
    channel: 'email',
    expect: [],
    text: 'Hi Laura, the OTP you forwarded worked and the supplier registration is complete. Thanks again!',
  },
  { id: 'cr05', channel: 'whatsapp', expect: [], text: 'Your parcel locker code is 4471; the courier says it expires on Friday.' },
  { id: 'cr06', channel: 'telegram', expect: ['code-request'], text: 'Ana can u forward the 2FA code from the Alibaba app? in a rush' },
  {
    id: 'cr07',
    channel: 'email',
    expect: [],
    text: 'We never ask customers for verification codes. If someone does, please call me at the office.',
  },
  {
    id: 'cr08',
    channel: 'wechat',
    lang: 'zh',
    expect: ['code-request'],
    text: '陈总，刚才系统给您手机发了条短信，里面的数字麻烦告诉我一下',
  },
  {
    id: 'cr09',
    channel: 'wechat',
    lang: 'zh',
    expect: [],
    text: '陈总您好！按您昨天的安排，我正在阿里巴巴后台为订单 2026-118 申请退款，平台刚给您的注册手机发了6位验证码，麻烦您看一下短信，10分钟内告诉我，谢谢！',
  },
  {
    id: 'cr10',
    channel: 'email',
    lang: 'zh',
    expect: ['code-request'],
    text: '李经理：\n\n请将贵司ERP系统发送的登录验证码转给我。\n\n小王',
  },
  {
    id: 'cr11',
    channel: 'wechat',
    lang: 'zh',
    expect: [],
    text: '温馨提示：验证码是您账户安全的最后一道防线，请勿告诉任何人，包括我们的员工。',
  },
  { id: 'cr12', channel: 'wechat', lang: 'zh', expect: [], text: '请把产品的条形码和箱唛发我，我们好做标签。' },
  {
    id: 'cr13',
    channel: 'sms',
    expect: ['code-request'],
    text: "Hi, it's Jenny from Lucky Star. A verification code just went to your phone. What does it say?",
  },
  { id: 'cr14', channel: 'email', expect: [], text: 'Please send me the code of the color you chose from the Pantone book.' },
  {
    id: 'cr15',
    channel: 'linkedin',
    expect: [],
    text: "Hello Omar, thanks for accepting. Quick one: could you share the authentication code LinkedIn sent you? I'm trying to add you as admin of our showcase page.",
  }, // names the code, the why and where it went (“LinkedIn sent you”): complete by the guidance
  { id: 'cr16', channel: 'wechat', lang: 'zh', expect: [], text: '王姐，验证码的事不用麻烦您了，IT 已经把我加成授权用户。谢谢！' },
  {
    id: 'ra01',
    channel: 'email',
    expect: ['risky-ask'],
    text: 'Dear Carlos,\n\nTo speed up the listing, could you email me the username and password you use for the Amazon Seller Central account? I will upload the photos tonight.\n\nBest,\nMia',
  },
  { id: 'ra02', channel: 'whatsapp', expect: ['risky-ask'], text: 'Bro just gimme ur paypal pw and I sort the refund myself' },
  {
    id: 'ra03',
    channel: 'email',
    expect: ['risky-ask'],
    text: 'Could you turn off the SMS verification on your Alibaba account for a week? Our team keeps getting locked out.',
  },
  {
    id: 'ra04',
    channel: 'email',
    expect: [],
    text: "For security, the invoice PDF is password-protected; I'll text you the password separately.",
  },
  { id: 'ra05', channel: 'email', expect: [], text: 'If the portal asks for your password again, just use the Forgot password link.' },
  {
    id: 'ra06',
    channel: 'whatsapp',
    expect: ['risky-ask'],
    text: "What's the PIN for your company debit card? The supplier wants payment today.",
  },
  {
    id: 'ra07',
    channel: 'email',
    expect: [],
    text: 'Your account PIN will be mailed to you by the bank; nobody at our company will ever need it.',
  },
  { id: 'ra08', channel: 'wechat', lang: 'zh', expect: ['risky-ask'], text: '张总，您把钉钉的账号密码给我，我帮您把审批走完。' },
  {
    id: 'ra09',
    channel: 'wechat',
    lang: 'zh',
    expect: ['risky-ask'],
    text: '麻烦把U盾插上，然后把网银登录密码和U盾密码微信发我，我这边帮您付尾款。',
  },
  { id: 'ra10', channel: 'wechat', lang: 'zh', expect: [], text: '提醒：我司财务不会要求您提供网银密码或U盾，如有疑问请直接致电我。' },
  { id: 'ra11', channel: 'wechat', lang: 'zh', expect: [], text: '压缩包的解压密码是 Oak2026，我已经单独发短信给您了。' },
  {
    id: 'ra12',
    channel: 'wechat',
    lang: 'zh',
    expect: ['risky-ask'],
    text: '您把手机上的登录验证关一下吧，我们这边用您的账号上架产品方便些。',
  },
  {
    id: 'ra13',
    channel: 'email',
    expect: ['risky-ask'],
    text: 'I can get around the captcha and the email check with a script, just give me access to the account.',
  },
  { id: 'ra14', channel: 'email', expect: [], text: "Please don't disable two-factor login; we'll schedule uploads when you're online." },
  {
    id: 'ra15',
    channel: 'wechat',
    lang: 'zh',
    expect: ['risky-ask', 'code-request'],
    text: '我们技术可以远程帮您处理，您下载个向日葵，把识别码和验证码发我就行。',
  },
  {
    id: 'ra16',
    channel: 'email',
    expect: [],
    text: 'Never send your online banking password to anyone, even if they say they are from our company.',
  },
  {
    id: 'cp01',
    channel: 'phone',
    expect: ['call-prep'],
    text: "Call DHL about the parcel. Tracking 1Z999AA10123456784. Ask why it's stuck.",
  },
  {
    id: 'cp02',
    channel: 'phone',
    expect: [],
    text: 'Company: Delta Home Textiles Co., Ltd.\nRef: B/L MEDU8839201\nProblem since: 12 Oct, 09:00 (terminal shows hold)\nNeed: release date and any fees',
  },
  {
    id: 'cp03',
    channel: 'phone',
    expect: ['call-prep'],
    text: "Bank hotline. Our incoming transfer of USD 18,400 hasn't arrived. Need to know where it is.",
  },
  {
    id: 'cp04',
    channel: 'phone',
    expect: [],
    text: 'Calling for Riverstone Ceramics Ltd. re invoice RC-4410. Payment due 1 Nov, still not received as of this morning. Ask them to confirm the remittance date.',
  },
  {
    id: 'cp05',
    channel: 'phone',
    lang: 'zh',
    expect: ['call-prep'],
    text: '打给货代：提单号 COSU6329018840，11月3日起一直没有放货通知，需要确认原因。',
  },
  {
    id: 'cp06',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '公司：温州瑞丰鞋业有限公司\n单号：报关单 530120241000123456\n时间：11月5日起被布控查验\n诉求：确认查验结果和放行时间',
  },
  { id: 'cp07', channel: 'phone', lang: 'zh', expect: ['call-prep'], text: '问一下客服店铺为什么被限流了，从上周开始流量掉了一半。' },
  {
    id: 'cp08',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '我们是东莞鸿图五金，阿里订单 2788123345，10月30日起买家一直没确认收货，想请平台介入。',
  },
  {
    id: 'cp09',
    channel: 'phone',
    expect: ['call-prep'],
    text: 'Company: Lakeside Tools GmbH\nOrder 7781-B\nNeed: refund of the duplicate charge',
  },
  {
    id: 'cp10',
    channel: 'phone',
    expect: [],
    text: 'Notes for call with Maersk: we are calling from Apex Lighting Inc. Booking 228451903. Since Tuesday the booking shows cancelled. We need it reinstated on the same vessel.',
  },
  { id: 'cp11', channel: 'phone', lang: 'zh', expect: ['call-prep'], text: '公司名称：青岛海诺包装\n需要：帮忙改提单上的收货人' },
  {
    id: 'cp12',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '给宁波港客服打电话：我司宁波海星进出口有限公司，箱号 TGHU8812345，11月2日进港后一直没有放行，需要确认是否缺少单证。',
  },
  { id: 'cp13', channel: 'phone', expect: ['call-prep'], text: 'Ask the platform why the payout is on hold.' },
  {
    id: 'cp14',
    channel: 'phone',
    expect: [],
    text: 'Account: Sunrise Garments Ltd (seller ID SG-20981). Payout frozen from 4 Nov. Need: reason and documents to unfreeze.',
  },
  { id: 'cp15', channel: 'phone', lang: 'zh', expect: ['call-prep'], text: '义乌某某工艺品，订单号 INV889，需要查一下为什么没到账。' },
  {
    id: 'cp16',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '联系深圳迅达物流：提单号 SZX20241108，11月8日开船后一直查不到轨迹，需要他们提供最新船期。',
  },
];

/**
 * A second hand-written batch, written after the first was tuned (first look: 21 of 24 right;
 * recall 0.80, no false positive; missed: "the six digits you got", "a message … with a code …
 * send it over", "whats ur email password").
 */
export const OWN_2: Case[] = [
  {
    id: 'c2-01',
    channel: 'whatsapp',
    expect: ['code-request'],
    text: 'Could you read me the six digits you got by SMS? Need them for the upload',
  },
  {
    id: 'c2-02',
    channel: 'email',
    expect: ['code-request'],
    text: 'Hi Tom,\n\nCan you check your email for a message from Alibaba with a code and send it over?\n\nThanks,\nIvy',
  },
  { id: 'c2-03', channel: 'wechat', lang: 'zh', expect: ['code-request'], text: '刘姐，请把刚收到的短信验证码截图发我。' },
  { id: 'c2-04', channel: 'wechat', lang: 'zh', expect: ['code-request'], text: '验证码多少' },
  { id: 'c2-05', channel: 'wechat', lang: 'zh', expect: ['code-request'], text: '周总，把邮箱里那个6位数发我一下' },
  { id: 'c2-06', channel: 'email', expect: [], text: "I'll send you the access code for the showroom on Monday." },
  { id: 'c2-07', channel: 'email', expect: [], text: 'The code is valid for 10 minutes, so please enter it on the page directly.' },
  { id: 'c2-08', channel: 'wechat', lang: 'zh', expect: [], text: '您收到验证码后直接在页面输入即可，不需要发给我。' },
  { id: 'c2-09', channel: 'whatsapp', expect: ['code-request'], text: 'Hi Raj, what was the code the bank texted you?' },
  {
    id: 'c2-10',
    channel: 'email',
    expect: [],
    text: 'Hi Raj, thanks for the code, the new account is linked and the payment went through.',
  },
  {
    id: 'r2-01',
    channel: 'email',
    expect: ['risky-ask'],
    text: "Can you share your Alibaba login with me so I can reply to buyers while you're away?",
  },
  { id: 'r2-02', channel: 'wechat', lang: 'zh', expect: ['risky-ask'], text: '王总，网银盾的密码告诉我一下，我这边直接操作付款。' },
  { id: 'r2-03', channel: 'wechat', lang: 'zh', expect: ['risky-ask'], text: '你把淘宝的短信验证关了吧，这样我们登录就不用每次找你。' },
  { id: 'r2-04', channel: 'email', expect: [], text: 'Please change your password after our technician finishes the setup.' },
  { id: 'r2-05', channel: 'email', lang: 'zh', expect: [], text: '您的初始密码已发送至邮箱，首次登录后请修改。' },
  { id: 'r2-06', channel: 'email', expect: [], text: "We'll need your login email, not the password, to add you to the portal." },
  { id: 'r2-07', channel: 'telegram', expect: ['risky-ask'], text: 'mate whats ur email password? ill set up the forwarding 4 u' },
  {
    id: 'r2-08',
    channel: 'wechat',
    lang: 'zh',
    expect: ['risky-ask'],
    text: '李总您好，为了帮您把货款尽快付出去，麻烦把网银的登录名和密码发到我邮箱，谢谢！',
  },
  { id: 'p2-01', channel: 'phone', expect: ['call-prep'], text: 'Call the forwarder: container still at Yantian, need the new ETD.' },
  {
    id: 'p2-02',
    channel: 'phone',
    expect: [],
    text: 'This is for Brightway Lighting Co., Ltd. Ticket #558201 was opened on 2 Nov after the listing was removed. We want the listing restored and the reason in writing.',
  },
  {
    id: 'p2-03',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '店铺：明光灯饰旗舰店\n工单号：GD-20241103-77\n时间：上周五开始商品被下架\n需要：确认下架原因，恢复上架',
  },
  { id: 'p2-04', channel: 'phone', lang: 'zh', expect: ['call-prep'], text: '打电话给海关问报关单 530120241000998877 为什么还没放行。' },
  { id: 'p2-05', channel: 'phone', lang: 'zh', expect: ['call-prep'], text: '我们是佛山华美陶瓷，货一直没到，需要催一下物流。' },
  { id: 'p2-06', channel: 'phone', expect: ['call-prep'], text: 'Order 55102233 — payment failed yesterday at 3pm. Need a retry link.' },
];

/** Near-misses for the looser shapes added here (pronoun asks, 发下, bare "the code", 请提供…, company names). */
export const NEAR: Case[] = [
  { id: 'near-f1', channel: 'email', expect: [], text: 'Hi Tom, please check your email for the invoice and send it back signed. Thanks!' },
  { id: 'near-f2', channel: 'wechat', lang: 'zh', expect: [], text: '系统会发个验证码给您，您在页面上输入就行。' },
  { id: 'near-f3', channel: 'email', expect: [], text: 'Please share the code with your colleagues to get 10% off at checkout.' },
  { id: 'near-f4', channel: 'email', lang: 'zh', expect: [], text: '王总您好，请提供贵司的银行账号信息，我们财务今天安排付款。' },
  { id: 'near-f5', channel: 'phone', lang: 'zh', expect: [], text: '鸿图公司，订单号 88120033，昨天开始无法付款，需要恢复。' },
  { id: 'near-f6', channel: 'phone', lang: 'zh', expect: ['call-prep'], text: '我们公司的订单 88120033 昨天开始无法付款，需要恢复。' },
  { id: 'near-f7', channel: 'email', expect: [], text: "I don't need your password, just add me as a user on the portal." },
  { id: 'near-f8', channel: 'email', expect: [], text: "Hi Anna, I'll send you the code for the showroom door tomorrow." },
  { id: 'near-secret', channel: 'wechat', lang: 'zh', expect: ['risky-ask'], text: '请把网银密码发我，不要告诉任何人。' },
  { id: 'near-anyone-scam', channel: 'wechat', lang: 'zh', expect: [], text: '提醒：任何人向您索要验证码或密码都是诈骗。' },
  { id: 'more-t1', channel: 'wechat', lang: 'zh', expect: ['risky-ask'], text: '提供一下登录账号密码，我来帮您操作。' },
  {
    id: 'more-t2',
    channel: 'phone',
    lang: 'zh',
    expect: ['risky-ask', 'call-prep'],
    text: '给报关行打电话前：问王总要一下他们单一窗口的密码，好补录申报。',
  },
  { id: 'more-t3', channel: 'whatsapp', expect: ['risky-ask'], text: 'wat is ur alibaba password? ill fix the listing' },
  { id: 'more-t4', channel: 'whatsapp', expect: ['code-request'], text: 'Mike, shoot me the code when it comes' },
  { id: 'more-t5', channel: 'wechat', lang: 'zh', expect: [], text: '我们会提供初始登录密码，首次登录请修改。' },
  { id: 'more-t6', channel: 'wechat', lang: 'zh', expect: [], text: '如果有人向您要网银密码，请马上告诉我。' },
  {
    id: 'more-t7',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '我们是宁波华丰鞋业，订单号 77120345，3天前开始付款失败，想咨询原因并尽快恢复。',
  },
];

/** Terse chat asks and shorthand (first look 7 of 12 right: "code?", "the code pls", "what code did u get", 码发下, "login n pass" were missed). */
export const TERSE: Case[] = [
  { id: 'terse-a1', channel: 'wechat', expect: [], text: "Tom\nwhat's the code?" }, // no verification cue (issue 10)
  { id: 'terse-a2', channel: 'whatsapp', expect: [], text: 'Tom, code?' }, // no verification cue (issue 10)
  { id: 'terse-a3', channel: 'whatsapp', expect: ['code-request'], text: 'Tom what code did u get?' },
  { id: 'terse-a4', channel: 'whatsapp', expect: [], text: 'Hi Li, the code pls' }, // no verification cue (issue 10)
  { id: 'terse-a5', channel: 'wechat', lang: 'zh', expect: [], text: '张姐，码发下' }, // no verification cue (issue 10)
  { id: 'terse-a6', channel: 'wechat', lang: 'zh', expect: ['code-request'], text: '小林，验证码多少？' },
  { id: 'terse-a7', channel: 'whatsapp', expect: [], text: "Tom, what's the code for the red version?" },
  { id: 'terse-a8', channel: 'whatsapp', expect: [], text: 'Tom, the code works now, thanks' },
  {
    id: 'terse-a9',
    channel: 'email',
    expect: ['code-request'],
    text: 'Dear Ms. Rossi,\n\nFor PO 5531 I am setting up our account on your supplier portal. It has sent a verification code to your registered email. Please send it to me.\n\nKind regards,\nHe',
  },
  { id: 'terse-a10', channel: 'whatsapp', expect: ['risky-ask'], text: 'yo send me ur acct pwd for the bank, need to check the tt' },
  { id: 'terse-a11', channel: 'whatsapp', expect: ['risky-ask'], text: 'can u gimme the login n pass for ur portal' },
  {
    id: 'terse-a12',
    channel: 'phone',
    expect: ['risky-ask', 'call-prep'],
    text: 'Call Ms. Chen: ask her for the customs broker portal password so we can file the entry.',
  },
  { id: 'terse-y1', channel: 'wechat', lang: 'zh', expect: ['code-request'], text: '王哥，yzm发我下' },
  { id: 'terse-y2', channel: 'whatsapp', expect: ['code-request'], text: 'Ali pls send the v-code asap' },
  { id: 'terse-y3', channel: 'whatsapp', expect: [], text: 'Ali, the v-code worked, thanks!' },
];

/** Call notes and verification changes (first look 11 of 12 right: 手机验证解绑 was missed; v5, v6 added after). */
export const NOTES: Case[] = [
  {
    id: 'notes-p1',
    channel: 'phone',
    expect: [],
    text: 'Who: Kestrel Outdoor Gear Ltd\nRef: RMA-44821\nSince: Monday 9am the replacement units are stuck at the depot\nGoal: get a delivery slot this week',
  },
  {
    id: 'notes-p2',
    channel: 'phone',
    expect: ['call-prep'],
    text: "Ring customs broker re entry 31-2209981-4. Held since Thursday. Find out what's missing.",
  },
  {
    id: 'notes-p3',
    channel: 'phone',
    expect: [],
    text: "Calling on behalf of Sunway Textiles Co., Ltd.: order 88120455 has shown 'payment failed' since 09:40 today. We need the payment re-run or a new link.",
  },
  {
    id: 'notes-p4',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '致电平台客服：店铺名 星河家居旗舰店，投诉单号 TS20241102001，11月2日起商品被屏蔽，希望客服说明原因并尽快解除。',
  },
  { id: 'notes-p5', channel: 'phone', lang: 'zh', expect: ['call-prep'], text: '跟银行确认一下美金为什么还没到账，对方说周一就付了。' },
  {
    id: 'notes-p6',
    channel: 'phone',
    lang: 'zh',
    expect: [],
    text: '厦门新航海运代理有限公司\n提单号：XMN2411-0098\n10月29日起目的港一直未放货\n要求：确认放货条件和费用',
  },
  {
    id: 'notes-p7',
    channel: 'phone',
    lang: 'zh',
    expect: ['call-prep'],
    text: '公司：深圳瑞达电子有限公司\n问题：报关单被退回\n需要：知道怎么改',
  },
  { id: 'notes-p8', channel: 'phone', expect: ['call-prep'], text: 'Company: Apex Lighting Inc.\nSince: 3 Nov\nNeed: unblock the account' },
  {
    id: 'notes-v1',
    channel: 'email',
    expect: ['risky-ask'],
    text: 'To save time, could you temporarily remove the phone verification from the shared mailbox?',
  },
  {
    id: 'notes-v2',
    channel: 'wechat',
    lang: 'zh',
    expect: ['risky-ask'],
    text: '张经理，您先把阿里后台的手机验证解绑一下，我们这边换成我的号码来收验证码。',
  },
  {
    id: 'notes-v3',
    channel: 'email',
    expect: [],
    text: 'For your security, we recommend turning on two-factor authentication for your Alibaba account.',
  },
  { id: 'notes-v4', channel: 'wechat', lang: 'zh', expect: [], text: '为了账户安全，建议您开启登录验证和支付密码。' },
  {
    id: 'notes-v5',
    channel: 'email',
    expect: ['risky-ask'],
    text: 'Could you change the recovery phone on the portal account to my number? Then the codes come straight to me.',
  },
  { id: 'notes-v6', channel: 'wechat', lang: 'zh', expect: [], text: '如果您换了手机号，请记得在后台更新绑定的手机。' },
  {
    id: 'notes-e1',
    channel: 'phone',
    expect: ['call-prep'],
    text: 'Ask the hotline why our company account is blocked. Ref 55122334, since Monday.',
  },
  {
    id: 'notes-e2',
    channel: 'phone',
    expect: ['call-prep'],
    text: 'Call the shipping company: B/L MEDU8839201 held since 2 Nov, need release.',
  },
  {
    id: 'notes-e3',
    channel: 'phone',
    expect: [],
    text: 'Who: Kestrel Outdoor Gear Ltd\nRef: RMA-44821\nSince: Monday 9am\nGoal: a delivery slot this week',
  },
];

/** Honest mentions next to the looser shapes, and a few asks (first look 11 of 12 right: "use the code … yourself" was flagged). */
export const MIXED: Case[] = [
  {
    id: 'mixed-h1',
    channel: 'email',
    expect: [],
    text: "Hi Paula,\n\nThe courier sent you a tracking link this morning. If it doesn't open, tell me and I'll resend it.\n\nBest,\nDan",
  },
  {
    id: 'mixed-h2',
    channel: 'email',
    expect: [],
    text: "Dear Mr. Adeyemi,\n\nOur QC team found a code printed on the carton that doesn't match the PO. What is it supposed to be? Please send it to me with the correct label file.\n\nThanks,\nFei",
  },
  { id: 'mixed-h3', channel: 'whatsapp', expect: [], text: 'Sam, the door code for our showroom is 2046#. See you at 3!' },
  {
    id: 'mixed-h4',
    channel: 'email',
    expect: [],
    text: 'Hi Ken, is there a promo code for the trade show tickets? If so, could you send it over?',
  },
  { id: 'mixed-h5', channel: 'wechat', lang: 'zh', expect: [], text: '刘总，样品的包裹码我拍给您了，您看看对不对。' },
  {
    id: 'mixed-h6',
    channel: 'email',
    expect: [],
    text: "Please use the one-time code the system sends you to sign the contract on DocuSign yourself; I don't need it.",
  },
  {
    id: 'mixed-h7',
    channel: 'email',
    expect: [],
    text: 'Hi Omar,\n\nWe will never ask for your password or PIN. If you get such a request, forward it to me.\n\nBest,\nJo',
  },
  { id: 'mixed-h8', channel: 'email', lang: 'zh', expect: [], text: '王总，附件报价单已加密，打开密码是您公司电话后六位。' },
  {
    id: 'mixed-h9',
    channel: 'whatsapp',
    expect: ['code-request'],
    text: 'Hey Luis, Alibaba just texted you a code for our shared account. Can you send it over? Thanks',
  },
  { id: 'mixed-h10', channel: 'wechat', lang: 'zh', expect: ['code-request'], text: '您好，刚才平台给您发了条短信验证码，能告诉我吗？' },
  {
    id: 'mixed-h11',
    channel: 'email',
    expect: ['risky-ask'],
    text: 'Dear Ms. Park,\n\nOur accountant will handle the VAT filing for you. Please share your HMRC gateway user ID and password with her by email.\n\nKind regards,\nTao',
  },
  {
    id: 'mixed-h12',
    channel: 'wechat',
    lang: 'zh',
    expect: ['risky-ask'],
    text: '李总，您的企业网银我们可以代操作，把操作员号和登录密码发我就行。',
  },
];

/**
 * Blind set 3: a complete Chinese request with its where-sent words in another order, warnings and a
 * bypass complaint that mention a code without asking for it, and a terse "need the code".
 */
export const BLIND_3: Case[] = [
  {
    id: 'b3-zh-registered-email-order',
    channel: 'email',
    lang: 'zh',
    expect: [],
    text: '陈总您好！按照您的安排，我正在贵司供应商平台上为订单 PO#5521 更新银行信息。系统刚刚向您注册的邮箱发送了6位验证码，麻烦您查看一下收件箱和垃圾邮件箱，收到后把这6位验证码告诉我，我好今天内提交。非常感谢！',
  },
  {
    id: 'b3-zh-sent-to-registered-phone',
    channel: 'email',
    lang: 'zh',
    expect: [],
    text: '陈总您好！按照您的安排，我正在贵司供应商平台上为订单 PO#5521 更新银行信息。验证码已发送到您注册的手机，是6位数字，收到后麻烦告诉我，我好今天内提交。谢谢！',
  },
  {
    id: 'b3-en-email-you-registered',
    channel: 'email',
    expect: [],
    text: 'Dear Ms. Chen,\n\nAs you asked, I am updating our bank details on your supplier portal for PO #5521. The portal has just sent a 6-digit code to the email address you registered with; could you check your inbox and spam folder and share the code with me today?\n\nMany thanks,\nLeo',
  },
  {
    id: 'b3-en-warning-for-you-only',
    channel: 'email',
    expect: [],
    text: 'Please note: the login code you receive by SMS is for you only. Never share it with anyone, including our staff.',
  },
  {
    id: 'b3-zh-warning-no-need-to-send',
    channel: 'wechat',
    lang: 'zh',
    expect: [],
    text: '黄经理，系统给您发验证码只是为了确认您本人登录，不需要发给我们，请妥善保管。',
  },
  {
    id: 'b3-en-warning-keep-safe',
    channel: 'wechat',
    expect: [],
    text: "Mr. Huang, the code the system texts you is only to confirm it is you logging in. We don't need it, please keep it safe.",
  },
  {
    id: 'b3-zh-warning-self-only',
    channel: 'wechat',
    lang: 'zh',
    expect: [],
    text: '请注意：短信验证码仅限本人使用，请不要透露给任何人。',
  },
  {
    id: 'b3-zh-bypass-complaint',
    channel: 'email',
    lang: 'zh',
    expect: ['risky-ask'],
    text: '为了方便，麻烦把贵司采购系统的短信验证关掉，每次登录都要等验证码太慢了。',
  },
  {
    id: 'b3-en-bypass-complaint',
    channel: 'email',
    expect: ['risky-ask'],
    text: 'To save time, could you please turn off the SMS verification on your purchasing portal? Waiting for the code at every login is too slow.',
  },
  { id: 'b3-en-need-the-code', channel: 'telegram', expect: ['code-request'], text: 'Olga, need the code from ur phone asap' },
  { id: 'b3-en-i-need-the-code', channel: 'whatsapp', expect: ['code-request'], text: 'Sam, I need the code u got, quick' },
  { id: 'b3-zh-need-the-code', channel: 'wechat', lang: 'zh', expect: ['code-request'], text: '王姐，要一下你手机上的验证码，急' },
];
