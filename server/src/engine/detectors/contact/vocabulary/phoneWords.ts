// Words that make a digit run a phone number ("Tel:", "Mob:", "ph#:", "call … mornings", 手机).
export const PHONE_CONTEXT_WORDS_EN = ['phone', 'tel', 'telephone', 'mobile', 'mob', 'cell', 'cellphone', 'call', 'ring', 'dial', 'whats\\s?app', 'wh?ats?ap+', 'wechat', 'weixin', 'viber', 'signal', 'telegram', 'line', 'skype', 'contact', 'number', 'hotline', 'fax', 'sms', 'text', 'reach', 'wa', 'ws', 'vx', 'wx', 'qq', 'imo', 'kakao', 'zalo', 'ph'];
export const PHONE_CONTEXT_WORDS_ZH = ['手机', '电话', '联系', '热线', '微信', '号码', '致电', '打给', '来电', '拨打', '座机', '扣扣', '传真', '短信', '手机号'];
/** Words that name a phone (not just "number"): they win over a label such as "No." after them. */
export const PHONE_WORDS = ['phone', 'tel', 'telephone', 'mobile', 'mob', 'cell', 'whats\\s?app', 'wa', 'wechat', 'call', 'fax', 'hotline', 'ph'];
export const PHONE_WORDS_ZH = ['手机', '电话', '热线', '微信', '传真'];
export const PHONE_SYMBOLS = ['☎', '📞', '📱', '✆', '☏'];
