// What the front matter's keys and values mean, in every message language: one table for the
// language server's completion and hover and the web playground's pickers. Typed by the schema's
// keys and the value enums, so a new key or value does not compile without its words.
import type { Channel, DeclaredLang, Localized, Stage } from '../types.js';
import type { FrontMatterData } from './frontMatterSchema.js';

type FrontMatterKey = keyof FrontMatterData;

/** What each front-matter key means (completion and hover in editors). */
export const FRONT_MATTER_KEY_DOCS: Record<FrontMatterKey, Localized> = {
  channel: {
    en: 'Where the message is sent. Decides which channel checks apply (e.g. off-platform contact on marketplaces).',
    zh: '消息发送的渠道。决定哪些渠道相关的检查生效（例如平台上的站外联系）。',
  },
  stage: { en: 'Where the deal stands: inquiry, negotiation, order or after-sales.', zh: '交易所处阶段：询盘、谈判、下单或售后。' },
  lang: { en: 'Language of the draft: en, zh, or auto (detected).', zh: '草稿语言：en、zh 或 auto（自动检测）。' },
  to: { en: 'Recipient (name, company). Not checked; for your records.', zh: '收件人（姓名、公司）。不做检查，仅作记录。' },
  cc: { en: 'Copy recipients. Not checked; for your records.', zh: '抄送人。不做检查，仅作记录。' },
  subject: { en: 'Email subject line.', zh: '邮件主题。' },
  refs: { en: 'References: order, quote or PO numbers.', zh: '参考编号：订单号、报价单号或采购单号。' },
};

/** What each allowed value of `channel`, `stage` and `lang` means (completion, hover, the playground's pickers). */
export const FRONT_MATTER_VALUE_DOCS: Record<Channel | Stage | DeclaredLang, Localized> = {
  email: { en: 'Email: formal, may carry attachments and full quotes.', zh: '邮件：正式，可附带附件和完整报价。' },
  whatsapp: { en: 'WhatsApp chat: short messages, informal tone.', zh: 'WhatsApp 聊天：短消息，语气随意。' },
  wechat: { en: 'WeChat chat.', zh: '微信聊天。' },
  telegram: { en: 'Telegram chat.', zh: 'Telegram 聊天。' },
  linkedin: { en: 'LinkedIn message: professional network, first contact.', zh: 'LinkedIn 消息：职业社交，首次联系。' },
  sms: { en: 'Text message.', zh: '短信。' },
  alibaba: {
    en: 'Alibaba.com inquiry messages: platform rules on off-platform contact and payment apply.',
    zh: '阿里巴巴国际站询盘消息：平台关于站外联系和付款的规则适用。',
  },
  marketplace: { en: 'Other B2B marketplace messaging: platform rules apply.', zh: '其他 B2B 平台站内信：平台规则适用。' },
  phone: { en: 'Notes or a script for a call.', zh: '电话记录或通话稿。' },
  inquiry: { en: 'First contact or answering an inquiry.', zh: '首次联系或回复询盘。' },
  negotiation: { en: 'Prices, terms and samples under discussion.', zh: '正在讨论价格、条款和样品。' },
  order: { en: 'Order placed or being placed: payment, production, shipping.', zh: '已下单或正在下单：付款、生产、发货。' },
  'after-sales': { en: 'After delivery: complaints, returns, repeat orders.', zh: '交货之后：投诉、退货、返单。' },
  en: { en: 'English.', zh: '英文。' },
  zh: { en: 'Chinese.', zh: '中文。' },
  auto: { en: 'Detect the language from the text.', zh: '根据正文自动检测语言。' },
};
