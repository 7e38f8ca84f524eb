// Words the contact detectors look for, all matched on normalized text (full-width folded,
// traditional simplified, invisible characters removed). Compiled once at module load.
import { KOU, WEI, XIN } from './generated/homophones.js';
import { fastRegExp } from '../../rules/patterns.js';
import { MESSENGER_NAMES } from './vocabulary/messengers.js';
import { NEGATIONS_BEFORE_EN, NEGATIONS_BEFORE_ZH } from './vocabulary/negations.js';
import { PHONE_CONTEXT_WORDS_EN, PHONE_CONTEXT_WORDS_ZH, PHONE_SYMBOLS } from './vocabulary/phoneWords.js';
import { UNIT_SYMBOLS_AFTER_NUMBER, UNITS_AFTER_NUMBER_LATIN, UNITS_AFTER_NUMBER_ZH } from './vocabulary/units.js';

/** Messenger names spelled out: a mention in the rep's own words is a contact drop unless negated. */
export const MESSENGER_STRONG = fastRegExp(MESSENGER_NAMES.join('|'), 'giu');

/**
 * Abbreviations, homophones and slang (威信, 薇信, vx, V信, 绿泡泡, 卫星, 扣扣, 企鹅, 飞机 for Telegram…): common words
 * too (提高威信, 为新客户), so they count only with an id after them, "同号", or "加我" before.
 */
export const MESSENGER_WEAK = fastRegExp(
  [
    `[${WEI}徽][${XIN}]`,
    `[${WEI}徽][\\s.*_·•-]{1,3}[${XIN}]`,
    String.raw`(?<=(?:电话|手机号?|号码|tel|phone|mobile)\s?(?:同|=|跟|和)\s?)(?:v|微)(?![a-z信])`,
    `[${WEI}徽vV](?:❤|♥|💗|💓|💕|🧡)`,
    String.raw`(?<![a-z])(?:v|w)\s?(?:x|信)(?![a-z])`,
    String.raw`(?<=加我?(?:个|的)?)v(?![a-z])`,
    String.raw`(?<![a-z0-9.])v(?=\s*[:：])`,
    `[${WEI}](?=[:：号同])`,
    String.raw`(?<![a-z])wx(?![a-z])`,
    `([${KOU}])\\1`,
    '企鹅',
    '绿泡泡|卫星|小绿',
    String.raw`(?<![a-z])q{2}(?![a-z])(?![\s.]*(?:mail|邮箱|\.com|com\b))`,
    String.raw`(?<![a-z0-9])q(?=\s?[:：]\s?[0-9]{5,})`,
    String.raw`\binsta(?:gram)?\b`,
    String.raw`(?<![a-z])tg(?![a-z])`,
    '飞机',
    String.raw`(?<![a-z])(?:wa|ws|wts|wsp|wapp|whtsp|w\.a)(?![a-z])`,
    String.raw`\bline\b`,
    String.raw`\bsignal\b`,
    String.raw`\bmessenger\b`,
    String.raw`\bimo\b`,
    String.raw`\bfb\b`,
    String.raw`\big\b`,
    String.raw`\bfacebook\b`,
    String.raw`\blinkedin\b`,
    String.raw`\bicq\b`,
  ].join('|'),
  'giu',
);

/** Payment features named after a messenger: not a contact (the payment rules read them). */
export const MESSENGER_NOT_CONTACT_AFTER =
  /^\s*(?:pay\b|payment|wallet|transfer|(?:or|and|\/|、|或|和)\s*(?:alipay|paypal|支付宝)|支付|转账|钱包|付款|收款|红包|群收款|(?:直接)?(?:转|付|打|汇)(?:款|钱|账)?(?:给|到)?(?:我|你|您)(?!们)|(?:直接)?(?:转|付|打|汇)(?:款|钱|账))/i;
/** "Alipay or WeChat": the messenger named as a way to pay. */
export const MESSENGER_NOT_CONTACT_BEFORE =
  /(?:alipay|paypal|支付宝)\s*(?:or|and|\/|、|或|和)\s*$|\b(?:pay|paid|paying|payment|transfer|send (?:the )?money)\s(?:\w+\s){0,2}?(?:by|via|with|through|on|over)\s*$|(?:付款|支付|转账|打款|付钱|收款|定金|尾款|货款|样品费)(?:的话)?[，,\s]?(?:也|都)?(?:可以|能)?(?:直接)?(?:用|走|通过)?\s*$/i;

/** An id or number right after a messenger name: "WeChat ID: amy_sourcing", "微信号是 amy2026", "WA +86…". */
export const ID_AFTER = fastRegExp(
  String.raw`^\s*(?:(?:id|account|number|no\.?|号码?|账号|帐号|名|id号)\s*)?(?:(?:is|:|=|是|为|-|>)\s*)?(?:@\s?)?` +
    String.raw`(?<id>\+?[0-9][0-9 \-.]{4,}[0-9]|[a-z][a-z0-9_\-.]{2,}[a-z0-9])`,
  'iu',
);
/**
 * An id-shaped token a few words after a messenger name ("V信搜一下 chenlin_furniture",
 * "WX详聊，号码就是 wang-cnc-parts"): letters with digits, "_" or "-", or a 5–12 digit number.
 */
export const ID_NEAR =
  /^[^。！？!?\n]{0,16}?(?<![a-z0-9_.@-])(?<id>[a-z][a-z0-9]*[_\-.0-9][a-z0-9_\-.]*[a-z0-9]|[0-9]{5,12})(?![a-z0-9_@])/i;
/** Ids that are really ordinary words after a messenger name ("WhatsApp for more", "WeChat is better"). */
export const NOT_AN_ID =
  /^(?:for|to|and|or|the|and|is|are|was|please|also|too|more|only|if|as|so|then|me|us|you|your|my|our|group|account|number|here|there|now|later|today|better|faster|easier|call|chat|message|video|voice|pay|payment|app|not|instead|rather|because|with|from|on|in|at|by|of|or|ok|okay|yes|no|thanks|thank|id|name|sir|madam|dear|friend|contact|details|info|information|same|too|everyday|daily)$/i;

/** "Same number on WhatsApp", "微信同号": points at a phone given elsewhere. */
export const SAME_NUMBER = /\bsame\s+(?:number|no\.?|phone|#)\b|\b(?:also|too)\s+on\s+(?=wh|we|tel|vib|sky)|同号|同步|一样/i;

/** English invitations that make even an abbreviation a contact: "ping me on WA", "friend request on LinkedIn". */
export const INVITE_STRONG_BEFORE =
  /\b(?:(?:ping|text|message|msg|add|dm|contact|reach|call|find|follow|hit|connect with|chat with|talk to|write to)\s+(?:me|us)(?:\s+up)?|(?:connection|friend|contact)\s+request|(?:chat|talk|connect|continue)(?:\s+with\s+(?:me|us))?)\s+(?:on|via|at|through|in|over)\s*$/i;

/** Chinese invitations around an abbreviation or homophone: "加一下我的QQ", "发我vx", "vx详聊", "扣扣联系". */
export const INVITE_ZH_BEFORE =
  /(?:(?<![增参添追附施更外叠])加|联系|(?<![寻查])找|(?<![开研出启])发到?|发给|私聊|私信)(?:一下|下|个)?我?的?\s*$/;
export const INVITE_ZH_AFTER = /^\s*(?:上|里)?(?:联系|聊|详聊|细聊|沟通|找我|私聊|私信|加我|发我|发给我|发您|搜)/;

/** Negation or warning close before a mention: "not on WhatsApp", "不要加微信", "instead of WeChat". */
export const NEGATED_BEFORE = new RegExp(
  String.raw`(?:\b(?:${NEGATIONS_BEFORE_EN.join('|')})\b[^,.;!?\n]{0,30}|(?:${NEGATIONS_BEFORE_ZH.join('|')})[^，。！？；,;\n]{0,4})$`,
  'i',
);
/** Negation right after a mention in the same clause: "WhatsApp is not allowed", "微信不方便". */
export const NEGATED_AFTER =
  /^[^,.;!?，。！？；\n]{0,20}?(?:\b(?:is|are)\s+not\b|\bisn't\b|\baren't\b|\bnot\s+(?:allowed|permitted|possible|available)\b|\bis\s+(?:forbidden|prohibited|banned|blocked)\b|不允许|禁止|被禁|不能用|不可以|不方便|不用了|不加了|就不加|不需要)/i;

/** Words that make a digit run a phone number ("ph#:" included: the "#" is the number sign). */
export const PHONE_CONTEXT = fastRegExp(
  String.raw`\b(?:${PHONE_CONTEXT_WORDS_EN.join('|')})\b|${PHONE_CONTEXT_WORDS_ZH.join('|')}|[${WEI}徽][${XIN}]|${PHONE_SYMBOLS.join('|')}`,
  'iu',
);

/** Labels that make a digit run something else: order, invoice, HS code, tracking, container, model… */
export const NOT_PHONE_LABEL = fastRegExp(
  String.raw`(?:\b(?:order|po|p\.o\.|so|invoice|inv|pi|ci|hs|hts|tariff|code|tracking|track|awb|waybill|b/l|bl|bol|container|cntr|ctn|seal|model|item|sku|art|article|ref|reference|serial|s/n|sn|batch|lot|account|acct|a/c|iban|swift|bic|routing|aba|sort|contract|quotation|quote|case|ticket|tax|vat|ein|license|licence|certificate|cert|patent|part|p/n|pn|barcode|ean|upc|gtin|isbn|imei|vin|report|dhl|fedex|ups|tnt|ems|usps|aramex|sf express)\b\.?\s*(?:no\.?|number|nr\.?|#|code|id)?\s*(?:is\s)?[:：#.=]?\s*|#\s*|订单|单号|运单|快递|物流|柜号|箱号|封号|集装箱|型号|货号|编号|编码|海关编码|税号|发票|合同|账号|帐号|卡号|批号|批次|序列号|条码|工单|报关单|提单|认证|证书|专利|顺丰|圆通|中通|申通|韵达)\s*(?:号码?|号|码)?\s*(?:is|是|为)?\s*[:：=]?\s*$`,
  'iu',
);
/** Currency or price words just before a number. */
export const CURRENCY_BEFORE =
  /(?:\b(?:usd|us\$|rmb|cny|eur|gbp|hkd|jpy|aud|cad|inr|price|cost|total|amount|fob|cif|exw|ddp|cfr)\b|[$¥￥€£₹]|单价|价格|总价|金额|报价|货款|定金)\s*[:：=]?\s*$/i;
/** Units, sizes and quantities just after a number (Latin units are whole words: "Media Liaison", "mornings" are not metres). */
export const UNIT_AFTER = new RegExp(
  String.raw`^\s*(?:(?:${UNITS_AFTER_NUMBER_LATIN.join('|')})(?![a-z])|${UNIT_SYMBOLS_AFTER_NUMBER.join('|')}|${UNITS_AFTER_NUMBER_ZH.join('|')})`,
  'i',
);
