// Finding prices in a draft and telling what they lack: currency, unit, Incoterm with a named place.
// Lexicons only; no case-specific rules. Everything is compiled once, at module load.
import { clauseWithin, PRICE_CLAUSE, type Span } from '../../text/sentences.js';
import type { NonProseSpans } from '../../text/spans.js';
import { TRADE_WORDS_EN, TRADE_WORDS_ZH } from './vocabulary/trade.js';
import { AMBIGUOUS_CURRENCY_CODES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS_AFTER } from './vocabulary/currencies.js';

const CUR_CODE = CURRENCY_CODES.join('|');
const CUR_SYMBOL = CURRENCY_SYMBOLS;
const CUR_PRE = String.raw`(?<![A-Za-z])(?:${CUR_CODE})(?![A-Za-z])|${CUR_SYMBOL}`;
/** Currency words written after the amount. */
const CUR_POST = String.raw`(?:${CUR_CODE})(?![A-Za-z])|${CUR_SYMBOL}|${CURRENCY_WORDS_AFTER.join('|')}`;
/** 20,000.50 · 4.60 · 4,60 (decimal comma, two digits at most) · 35 */
const AMOUNT = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d))?`;
/** Chinese numerals, priced only with a currency word after them: 二十八块, 三十五元. */
const HAN_AMOUNT = String.raw`(?<![一二三四五六七八九十百千万两零])[一二三四五六七八九十两][一二三四五六七八九十百千万两零点]*(?=块钱|块|元|美元|美金|欧元|毛)`;

/** A number with the currency written around it: `USD 4.60`, `$4.6`, `4.6 美元`, a range `4.2-4.6`. */
const PRICE_TOKEN = new RegExp(
  String.raw`(?<pre>${CUR_PRE})?\s?(?<amount>(?:${AMOUNT})(?:\s?(?:-|–|~|～|to|至|到)\s?(?:${CUR_PRE})?\s?(?:${AMOUNT}))?|${HAN_AMOUNT})(?:\s?(?<post>${CUR_POST}))?`,
  'gi', // no `u`: V8 is many times slower with `iu`, and every piece here is in the BMP
);

/** What the amount must not touch on its left: model numbers (BX-330), versions, refs (#7781). */
const LEFT_GLUE = /[A-Za-z\u00C0-\u024F0-9_\-#/.]$|\d[:：]$/;
const RIGHT_GLUE = /^[0-9_]|^[-/][0-9]|^[.,]\d/;
/** Letters glued to a bare number make it a code or a spec (40HQ, 20GP, 12V, 5W), not money. */
const LETTER_GLUE = /^[A-Za-z](?!a\b|ach\b)/;
/**
 * Just before the amount: it is a change or a difference of price (up by, a discount of, 涨, 便宜了,
 * 差价), or a rate that is not money (exchange rate, 汇率), so not a unit price to complete.
 */
const CHANGE_BEFORE =
  /(?:\b(?:increase[sd]?|increasing|decrease[sd]?|decreasing|raise[sd]?|raising|reduce[sd]?|reducing|lower(?:ed)?|cut|up|down|higher|cheaper|more|less|drop(?:ped|s)?|rise[sn]?|rose|went up|go up|goes up|went down|go down|goes down)\s+(?:(?:the|our|your|its) )?(?:(?:unit )?prices? )?by|\b(?:discount|rebate|reduction|increase|decrease|difference|saving|savings|surcharge|markup|mark-up|premium)\s+(?:of|is|was|will be|would be)|\b(?:save|saving|add|adds|added|adding|extra|additional|plus|surcharge)|另加|加收|另收|额外|差价|价差|[涨降]了?|(?:便宜|低|高|贵|少|多)了|便宜|优惠了|减了?|省了?|让利|(?:exchange|interest|tax|duty|vat|conversion)\s+rate\b[^\d\n]{0,12}|汇率[^\d\n]{0,6}|[利税]率[^\d\n]{0,6})\s*(?:only\s+|just\s+|about\s+|around\s+|约|大约|只有|仅|才|是|为)?\s*$/i;
const CHANGE_AFTER =
  /^\s?(?:off\b|discount|rebate|cheaper|less\b|more\b|higher|lower|up\b|down\b|的差价|差价|的折扣|折扣|的优惠|优惠(?!价))/i;

/**
 * Quantities, measures and durations: a bare number followed by these is not a price. Joined by a
 * hyphen (10-inch, 20-ft, 3-layer, 5-litre) the number is a size in a compound, never a price.
 */
const MEASURE =
  /^[\s\-‐‑–]?(?:(?:pcs|pc|pieces?|units?|sets?|pairs?|dozens?|kgs?|g|grams?|lbs?|oz|tons?|tonnes?|mt|cbm|m3|m²|m2|cm|mm|m|km|meters?|metres?|inch(?:es)?|ft|feet|foot|layers?|ply|tiers?|gauge|quarts?|qt|yards?|liters?|litres?|l|ml|days?|weeks?|months?|years?|yrs?|hours?|hrs?|h|mins?|minutes?|seconds?|ctns?|cartons?|boxes|box|bags?|rolls?|pallets?|containers?|x|gb|tb|w|wp|kw|kwh|watts?|volts?|v|degrees?|°|mah|sqm|sqft|sheets?|panels?|bottles?|packs?|kits?|seats?|licen[cs]es?|users?|gallons?|gal|coils?|reels?|drums?|digits?|times|people|persons?|orders?|models?|colou?rs?|sizes?|items?|am|pm|st|nd|rd|th|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z\u00C0-\u024F])|["'”%％×*x]|[件个套只台条米公斤千克克吨天日周个月年小时分钟秒箱托柜包卷双打厘毫寸号位次款色%把张片根支瓶袋盒对副顶组批桶罐枚颗粒本册辆部架扇盏株棵捆筒听床幅码升斤瓦]|点|人|平方|立方|英寸|英尺|公分|厘米|毫米)/i;

/** "1 in 5", "3 out of 4": a ratio, not an amount. */
const RATIO_AFTER = /^\s(?:in|out of)\s\d/i;

/** Chinese classifiers and measure words a price is quoted per (块 is also money: see PRICE_TOKEN's post). */
const HAN_CLASSIFIER = String.raw`平方米|平方|平米|立方米|立方|公斤|千克|英尺|英寸|毫升|公升|件|个|套|只|台|条|双|张|箱|卷|米|吨|片|根|块|支|瓶|包|袋|盒|打|对|副|顶|组|批|把|桶|罐|枚|颗|粒|本|册|辆|部|架|扇|盏|株|棵|捆|筒|听|床|幅|尊|樘|码|升|斤|克|瓦|千瓦|度|m|pc|pcs|kg`;
/** English (and a few other trade languages') unit nouns: the "a" / "each" forms need one of these. */
const UNIT_WORD = String.raw`pcs?|pieces?|units?|sets?|pairs?|dozens?|doz|kgs?|kilos?|kilograms?|grams?|g|lbs?|pounds?|ounces?|oz|tons?|tonnes?|mt|m|meters?|metres?|yards?|yds?|ft|feet|foot|inch(?:es)?|rolls?|boxes|box|cartons?|ctns?|bags?|bottles?|items?|sqm|sqft|m2|m²|m3|cbm|lots?|sheets?|packs?|packets?|panels?|modules?|watts?|w|wp|kw|kwp|kwh|liters?|litres?|l|ml|gallons?|gal|barrels?|bbl|drums?|cans?|tubes?|coils?|reels?|bundles?|pallets?|containers?|loads?|seats?|licen[cs]es?|users?|hours?|hrs?|days?|weeks?|months?|years?|nights?|persons?|people|heads?|copies|copy|pages?|words?|kits?|cases?|crates?|spools?|strips?|bars?|rods?|pipes?|tiles?|slabs?|planks?|boards?|doors?|windows?|chairs?|tables?|lamps?|bulbs?|shirts?|garments?|dresses|shoes|tires?|tyres?|wheels?|devices?|machines?|vehicles?|cars?|bikes?|cups?|mugs?|pens?|books?|dozen|gross|st(?:ü|ue)ck|stk|pi[eè]ce|unit[eé]|unidad(?:es)?|pieza|pe[cç]a|pezzo|stuk|шт\.?|штук[аиу]?|единиц[ау]`;
/**
 * A per-unit marker right after the price: `/pc`, `/W`, `/把`, `per watt`, `per square meter`,
 * `each`, `a piece`, `pro Stück`, `par pièce`, `por unidad`, `за штуку`, `一件`, `每件`.
 * "per <noun>" and "/<noun>" are units whatever the noun is (per watt, per night, /sqm); only
 * "per cent", "as per" and references to documents are not.
 */
const PER_NOUN = String.raw`per\s+(?!cent\b|centum\b|annum\b|our\b|your\b|the\b|this\b|that\b|my\b|his\b|her\b|their\b|its\b|contract\b|invoice\b|quotation\b|request\b|order\b|agreement\b|email\b|e-mail\b|month\s+interest)(?:square\s+|sq\.?\s+|cubic\s+|running\s+|linear\s+|metric\s+)?[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F²³-]{0,20}(?<!-)`;
const SLASH_NOUN = String.raw`/\s?(?!(?:EXW|FCA|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP|USD|EUR|RMB|CNY)\b)(?:[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F²³]{0,14}|${HAN_CLASSIFIER}|шт|штук[аиу]?)`;
const PER_UNIT_AFTER = new RegExp(
  String.raw`^\s?(?:${SLASH_NOUN}|${PER_NOUN}|each\b|ea\b|apiece\b|an?\s+(?:${UNIT_WORD})(?![A-Za-z])|(?:pro|par|por|la|le|al|el|per|je|za)\s+(?:${UNIT_WORD})(?![A-Za-z])|(?:pro|je)\s+St(?:ü|ue)ck|за\s+(?:шт|штук|единиц|тонн|кг|метр)|l['’]unit[eé]|un(?:o|a)?\s+(?:pieza|unidad|pezzo)|[一每单](?:${HAN_CLASSIFIER}))`,
  'i',
);
/** Per-unit wording before the price, in its clause: `unit price`, `per piece:`, `每件`, `单价`, `元/把`, `price per watt`. */
const PER_UNIT_BEFORE = new RegExp(
  String.raw`(?:pcs|pieces|units|sets|pairs|件|个|套)\s*[x×*@]\s*$|(?:US\$|USD|EUR|RMB|CNY|GBP|美元|美金|人民币|欧元|元|块)?\s*${SLASH_NOUN}(?![A-Za-z])|unit\s+(?:price|cost|rate)|price\s+per\s+[A-Za-z]+|\bper[- ]unit\b|${PER_NOUN}\s*[:：]|\beach\b|单价|[每单](?:${HAN_CLASSIFIER})|一(?:件|个|套|只|台|条|双|米|箱|打)|一(?:${HAN_CLASSIFIER})(?:是|要|为|价格?|的价格?|卖|算|报)?\s*$`,
  'i',
);
/** A per-unit marker later in the price's clause, before any other number: "USD 4.60 FOB Ningbo per piece". */
const PER_UNIT_IN_CLAUSE = new RegExp(
  String.raw`^[^\d]*?(?:(?<![A-Za-z])(?:${PER_NOUN})|\beach\b|\bapiece\b|${SLASH_NOUN}(?![A-Za-z])|每(?:${HAN_CLASSIFIER}))`,
  'i',
);
/** Units of a service (people, time, licences): a price per these needs no Incoterm. */
const SERVICE_UNIT =
  /(?:\bper|\/|\ba|\beach)\s?(?:person|persons|people|call|minute|message|download|subscription|head|pax|guest|participant|night|day|hour|hr|week|month|year|annum|user|seat|licen[cs]e|visit|session|trip|room)\b|[每/一](?:人|位|晚|天|小时|月|年)/i;
/** Draft-wide statement of the unit: "all prices are per piece", "以上均为单价". */
/** A column header or a note such as "Price (USD/pc)" or "单位：美元/件" declares currency and unit for the draft. */
const CURRENCY_PER_UNIT = new RegExp(
  String.raw`(?:US\$|USD|EUR|RMB|CNY|GBP|美元|人民币|欧元)\s*\/\s*(?:${UNIT_WORD}|${HAN_CLASSIFIER})(?![A-Za-z])`,
  'i',
);
const UNIT_DECLARATION = new RegExp(
  String.raw`\bprices?\b[^.;:!?。；：\n]{0,25}?\b(?:${PER_NOUN})|均为单价|都是单价|按(?:${HAN_CLASSIFIER})计价|单价如下`,
  'i',
);
/** Draft-wide statement of the currency: "prices in USD", "以美元计". */
const CURRENCY_DECLARATION = new RegExp(
  String.raw`(?:in|以|用|币种|货币|currency)\s*[:：]?\s*(?:${CUR_CODE}|US dollars?|euros?|美元|美金|欧元|人民币)|[(（][^)）\n]{0,30}?(?<![A-Za-z])(?:${CUR_CODE}|美元|人民币|欧元)(?![A-Za-z])[^)）\n]{0,30}[)）]`,
  'i',
);
const ANY_CURRENCY = new RegExp(
  String.raw`(?:${CUR_CODE})(?![A-Za-z])|${CUR_SYMBOL}|\bdollars?\b|\beuros?\b|美元|美金|美刀|欧元|英镑|日元|人民币|港币|\d\s?[元刀]`,
  'i',
);

/** Currency codes that are English words too: a currency only when written in capitals. */
const AMBIGUOUS_CODES = new Set(AMBIGUOUS_CURRENCY_CODES);
function lowerCaseAmbiguousCode(word: string | undefined): boolean {
  return word !== undefined && word !== word.toUpperCase() && AMBIGUOUS_CODES.has(word.toUpperCase());
}

/**
 * A per-unit marker ending in a unit of goods or service ("per watt", "/pc", "each", "每件"); "80 per
 * second" or "1 per desktop" rate something, they do not price it.
 */
const KNOWN_UNIT_AT_END = new RegExp(
  String.raw`(?:^|[\s/])(?:square\s+|sq\.?\s+|cubic\s+|running\s+|linear\s+|metric\s+)?(?:${UNIT_WORD}|night|person|head|pax|guest|license|licence)\.?\s*$|\b(?:each|ea|apiece)\s*$|(?:${HAN_CLASSIFIER}|шт|штук[аиу]?)\s*$|St(?:ü|ue)ck\s*$`,
  'i',
);

/** "52 a year", "80 an hour": without a currency, a count per time is a frequency, not a price. */
const TIME_UNIT_AT_END = /\b(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|nights?)\s*$/i;

/** Whether the draft is about trade: an Incoterm, a quotation, an order quantity, samples, goods. */
function isQuotationDraft(text: string): boolean {
  INCOTERM.lastIndex = 0;
  return INCOTERM.test(text) || TRADE_CONTEXT.test(text);
}
const TRADE_CONTEXT = new RegExp(String.raw`\b(?:${TRADE_WORDS_EN.join('|')})\b|${TRADE_WORDS_ZH.join('|')}`, 'i');

/** Words that make a bare number a price when they come just before it. */
const CUE = new RegExp(
  String.raw`(?:\bunit\s+price|\bprices?|\bpriced|\bcosts?|\bcosting|\bquoted?|\bquotation|\boffer(?:ed)?|\brate|\bcharge|\b(?:EXW|FCA|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\b|\b(?:can|could|will) (?:do|go|offer|give|accept|agree to|make it)|\bagree(?:d)? (?:to|on)|\b(?:go )?down to|\bas low as|\bstart(?:s|ing)? (?:from|at)|\bfrom only|\bbest (?:price|offer|rate)|单价|价格|价钱|报价|售价|价位|出厂价|优惠价|成本价|价|做到|低至|只要|仅需|算您|给到|优惠到|降到|降至|便宜到|便宜至|减到|减至|低到|最低|起价|@)` +
    String.raw`(?<gap>[^\d.;!?。；！？\n]{0,25})$`,
  'i',
);
/** Anywhere in the sentence: with one of these, a bare amount with cents (3.95) is a price. */
const SENTENCE_CUE = new RegExp(CUE.source.replace(/\(\?<gap>.*$/su, ''), 'i');
/** Between a cue and a number, these mean the number is something else (a reference, a date). */
const CUE_GAP_VETO =
  /\b(?:no|nos|number|ref|reference|code|date|id|valid|until|within|increase|increased|decrease|decreased|discount|by|list|sheet)\b|\bMOQ\b|\bminimum\b|\bmin\.?\s+order|\bquantity\b|\bqty\b|\blead\s?time|#|编号|号码|单号|日期|有效|以内|之内|上涨|下调|涨|降|折|表|单(?!价)|起订|起批|数量|交期|货期/i;

/** "… is 6912.00" after these is a code or a measure, not money. */
const NOT_MONEY_BEFORE =
  /\b(?:code|HS|no|nos|number|ref|id|version|ratio|rate|score|size|weight|length|width|height|thickness|diameter|tolerance|density|voltage|power|capacity|percentage|temperature)\b|编码|编号|号码|版本|重量|尺寸|比例/i;

/** Fees and totals are amounts, not unit prices: they need no unit or Incoterm. */
const AMOUNT_CONTEXT =
  /(?:\b(?:freight|shipping|courier|postage|express|delivery|trucking|haulage|inland|insurance|customs|clearance|(?<!(?:incl|including|inc|excl|excluding|with|without|before|after|plus|net of)\.?[\s-])(?:duty|duties|tax|taxes|vat)|storage|demurrage|inspection|testing|certification|commission|sample|samples|bank|handling|service|mould|mold|tooling|setup|set-up|design|plate|deposit|balance|total|subtotal|sum|amount|value|payment|paid|pay|refund|credit|compensation|invoice|budget|turnover|revenue|sales|fee|fees|charges?|worth|spent|over|above|under|below|than|orders? of|budget of)\b|运费|快递费|邮费|样品费|样费|模具费|开模费|版费|手续费|服务费|定金|订金|尾款|货款|总价|总额|合计|总计|金额|共计|一共|付款|已付|退款|赔偿|预算|营业额|销售额|费用|以上|以下|超过|不到)[^.;!?。；！？\n]{0,20}$|=\s*$/i;
const AMOUNT_AFTER =
  /^\s{0,3}(?:million|billion|trillion|thousand|mio|bn|[kmb]\b|万|亿|千|in (?:sales|turnover|revenue)|in total|total|deposit|balance|for (?:the )?(?:freight|shipping|samples?|mou?ld|tooling|courier)|运费|定金|尾款|总价|的订单|订单)/i;

/** Incoterms 2020 (and a few old ones still in use). Upper case, or the three common ones in lower case. */
const INCOTERM =
  /\b(?:EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DAT|DDP|DDU)\b|\b(?:fob|cif|exw|ddp|cfr|fca)\b|\b[Ee]x[- ][Ww]orks\b|\b[Ff]ree [Oo]n [Bb]oard\b|\b[Dd]elivered [Dd]uty [Pp]aid\b|离岸价|到岸价|出厂价|工厂交货|完税后交货|船上交货/gu;
/** Incoterm words that name their own place ("ex works" at our factory). */
const SELF_PLACED = /^(?:出厂价|工厂交货)$/u;
const PLACE_AFTER =
  /^[\s:：]{0,3}(?:port\s+of\s+|to\s+)?(?:(?<cap>[A-Z][\p{L}'’-]+)|\[[^\]\n]{1,30}\]|(?:our|your|the buyer'?s|buyer'?s|any|main|named|destination)\s+\p{L}+|(?:factory|warehouse|works|plant|door|site|port|mill)\b|(?<han>[\p{Script=Han}]{2,}))/u;
const PLACE_BEFORE = /(?:(?<cap>[A-Z][\p{L}'’-]+)|(?<han>[\p{Script=Han}]{2,}))[\s,]?$/u;
/** Chinese word order puts the place first (宁波FOB、上海港 CIF): a port, a place suffix or a major port city. */
const HAN_PLACE_BEFORE =
  /(?:港|市|省|区|县|仓|仓库|工厂|厂|码头|口岸|机场|宁波|上海|深圳|广州|青岛|天津|厦门|大连|香港|义乌|东莞|佛山|中山|苏州|杭州|温州|台州|汕头|福州|南京|武汉|重庆|成都|盐田|蛇口|黄埔|汉堡|鹿特丹|安特卫普|洛杉矶|长滩|纽约|迪拜|新加坡|悉尼|墨尔本|东京|横滨|釜山|孟买|吉大港|拉各斯|蒙巴萨|桑托斯|费利克斯托|伦敦|汉堡港)$/u;
const PLACE_STOP =
  /^(?:Price|Prices|Pricing|Term|Terms|Incoterms?|Basis|Quote|Quotation|Only|And|Or|Is|Are|The|Our|Your|Per|Unit|Total|Including|Include|Includes|Excluding|With|From|Plus|Or|For|Please|Shipping|Freight|Value|Cost)$|^(?:USD|EUR|RMB|CNY|GBP)/u;
/** What follows an Incoterm in Chinese when no place is named: FOB价、FOB条款、FOB的…. */
const HAN_PLACE_STOP = /^[价报条术贸方的或和还也都是为按走做含不格单运费]/u;

export interface PriceFinding {
  start: number;
  end: number;
  price: string;
  missingCurrency: boolean;
  missingUnit: boolean;
  /** `none`: no Incoterm anywhere; `place`: an Incoterm without a named place; undefined: fine. */
  missingIncoterm?: 'none' | 'place';
  /** Where a currency word goes after the amount (Chinese) and where unit and term go. */
  amountStart: number;
  amountEnd: number;
  tokenEnd: number;
  /** Where to add a named place when the draft's Incoterm has none. */
  incotermEnd?: number;
}

/** More digit groups right after a number: the number is a group of a longer one (phone, account, id). */
const DIGIT_GROUPS_AFTER = /^[ \t.-]\d{3,}[ \t.-]?\d{2,}/;

/** Every price in the text (prose) with what it lacks; complete prices are not returned. */
export function incompletePrices(text: string, sentences: readonly Span[], nonProse?: NonProseSpans): PriceFinding[] {
  const out: PriceFinding[] = [];
  let incoterm: { ok: boolean; firstEnd?: number } | undefined;
  let declaredCurrency: boolean | undefined;
  let declaredUnit: boolean | undefined;
  let si = 0;
  let quotationDraft: boolean | undefined;
  const lines = new LineCursor(text);
  // What a sentence says as a whole, computed once per sentence (not once per price).
  let factsOf: Span | undefined;
  let facts = { cue: false, currency: false };
  const sentenceFacts = (sentence: Span) => {
    if (factsOf !== sentence) {
      const slice = text.slice(sentence.start, sentence.end);
      facts = { cue: SENTENCE_CUE.test(slice), currency: ANY_CURRENCY.test(slice) };
      factsOf = sentence;
    }
    return facts;
  };
  PRICE_TOKEN.lastIndex = 0;
  for (let m = PRICE_TOKEN.exec(text); m; m = PRICE_TOKEN.exec(text)) {
    const g = m.groups!;
    const amountStart = m.index + m[0].indexOf(g.amount, g.pre ? g.pre.length : 0);
    const amountEnd = amountStart + g.amount.length;
    while (si < sentences.length && sentences[si].end <= m.index) si++;
    const sentence = sentences[si] && sentences[si].start <= m.index ? sentences[si] : { start: m.index, end: m.index + m[0].length };
    const before = text.slice(Math.max(sentence.start, amountStart - 60), g.pre ? m.index : amountStart);
    const tokenEnd = m.index + m[0].length;
    const after = text.slice(tokenEnd, Math.min(text.length, tokenEnd + 30));
    const afterAmount = text.slice(amountEnd, Math.min(text.length, amountEnd + 30));
    // A number inside a URL, an address, a time, a date, a version, a postcode, a reference or a
    // shell variable is not a price, whatever surrounds it.
    if (nonProse?.overlapping(m.index, tokenEnd)) continue;
    // Codes that are also English words (try, php, cad, rub) name a currency only in capitals.
    if (lowerCaseAmbiguousCode(g.pre) || lowerCaseAmbiguousCode(g.post)) continue;
    const hasCurrency = Boolean(g.pre || g.post);
    if (!hasCurrency) {
      if (LEFT_GLUE.test(before) || RIGHT_GLUE.test(afterAmount) || LETTER_GLUE.test(afterAmount)) continue;
      if (/^\d+-\d+$/.test(g.amount)) continue; // 2026-118: a reference, not a range of prices
      if (DIGIT_GROUPS_AFTER.test(afterAmount)) continue; // 138 2765 4410: one group of a phone or account number
      if (MEASURE.test(afterAmount) || RATIO_AFTER.test(afterAmount)) continue;
    } else if (!g.pre && LEFT_GLUE.test(before)) {
      continue; // "BX-330元件": the number belongs to a model name
    }
    const perUnitAfter = PER_UNIT_AFTER.exec(after);
    const cue = nearestCue(before);
    if (g.post === '块' && !g.pre && !cue && !PER_UNIT_BEFORE.test(before)) continue; // 3块板: a counter, not yuan
    const inTable = () => lines.underPriceHeading(m!.index) || lines.inPriceColumn(m!.index);
    // Money is a quote when something offers it: a price word, a unit it is priced per, a price
    // list, or a draft about trade. "Owed $400", "a $51,000 fine", "income $21,619" are amounts.
    const trade = () => (quotationDraft ??= isQuotationDraft(text));
    const offered = () => Boolean(cue || perUnitAfter || PER_UNIT_BEFORE.test(before) || inTable() || trade());
    // A bare whole number (no currency, no cents) is read as a price from the words around it only in
    // a draft about trade: elsewhere "the cost of the 4200" and "down to 800" are a model and a count.
    const isPrice =
      (hasCurrency && offered()) ||
      (cue && (hasCurrency || g.amount.includes('.') || trade())) ||
      (perUnitAfter &&
        KNOWN_UNIT_AT_END.test(perUnitAfter[0]) &&
        !TIME_UNIT_AT_END.test(perUnitAfter[0]) &&
        !/^\s?\/\s?(?:ctn|carton|box|pallet|bag|箱|托)/i.test(after)) ||
      (/\.\d\d$/.test(g.amount) &&
        (sentenceFacts(sentence).cue || (/\b(?:is|are|was|at|for|only|just|now)\s$/i.test(before) && !NOT_MONEY_BEFORE.test(before)))) ||
      (/\.\d{1,2}$/.test(g.amount) && inTable());
    if (!isPrice) continue;
    if (AMOUNT_CONTEXT.test(before) || AMOUNT_AFTER.test(after)) continue;
    if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after)) continue;

    // Clauses are looked for near the price only, so a huge unpunctuated paragraph stays linear.
    const window = { start: Math.max(sentence.start, m.index - CLAUSE_REACH), end: Math.min(sentence.end, tokenEnd + CLAUSE_REACH) };
    const { start: clauseStart, end: clauseEnd } = clauseWithin(text, window, m.index, tokenEnd, PRICE_CLAUSE);
    declaredCurrency ??= CURRENCY_DECLARATION.test(text) || CURRENCY_PER_UNIT.test(text);
    declaredUnit ??= UNIT_DECLARATION.test(text) || CURRENCY_PER_UNIT.test(text);
    const missingCurrency = !hasCurrency && !sentenceFacts(sentence).currency && !declaredCurrency;
    const missingUnit =
      !perUnitAfter &&
      !PER_UNIT_BEFORE.test(text.slice(clauseStart, m.index)) &&
      !PER_UNIT_IN_CLAUSE.test(text.slice(tokenEnd, clauseEnd)) &&
      !declaredUnit;
    incoterm ??= findIncoterm(text);
    // Priced per person, night, hour or licence: a service, not goods, so no Incoterm applies.
    const service =
      SERVICE_UNIT.test(perUnitAfter?.[0] ?? '') || SERVICE_UNIT.test(PER_UNIT_IN_CLAUSE.exec(text.slice(tokenEnd, clauseEnd))?.[0] ?? '');
    const missingIncoterm = incoterm.ok || service ? undefined : incoterm.firstEnd === undefined ? 'none' : 'place';
    if (!missingCurrency && !missingUnit && !missingIncoterm) continue;
    out.push({
      start: g.pre ? m.index : amountStart,
      end: tokenEnd,
      price: m[0].trim(),
      missingCurrency,
      missingUnit,
      missingIncoterm,
      amountStart,
      amountEnd,
      tokenEnd: perUnitAfter ? tokenEnd + perUnitAfter[0].length : tokenEnd,
      incotermEnd: incoterm.firstEnd,
    });
  }
  return out;
}

/**
 * The cue closest to the amount: "报价如下单价是每个3.6" is priced by 单价, and a veto word that sits
 * between a farther cue and the amount ("FOB Xiamen, MOQ 500") does not cancel a nearer one.
 */
/** A list heading that makes the amounts of the list items under it prices: "Prices:", "Our offer:", "报价如下：". */
const PRICE_HEADING = /(?:\bprices?|\bpricing|\bprice list|\boffer|\bquotation|\bquote|\brates?|报价|价格|单价)[^\n\d]{0,30}[:：]\s*$/i;
const LIST_ITEM = /^\s*(?:[-*•+]|\d{1,2}[.)、]|[（(]?\d{1,2}[)）])\s/u;

/**
 * Line facts for amounts met in text order: where the current line starts, how many `|` precede the
 * amount on it, and per line whether it is a list item under a price heading or a table row with
 * price columns. Each is computed once per line, so many amounts on one long line stay linear.
 */
class LineCursor {
  private lineStart = 0;
  private scanned = 0;
  private pipeAt = 0;
  private pipes = 0;
  private headingLine = -1;
  private heading = false;
  private tableLine = -1;
  private header: string[] | undefined;

  constructor(private readonly text: string) {}

  /** Start of the line holding `at`; `at` never decreases between calls. */
  lineStartOf(at: number): number {
    for (; this.scanned < at; this.scanned++) if (this.text.charCodeAt(this.scanned) === 10) this.lineStart = this.scanned + 1;
    return this.lineStart;
  }

  /** Whether the amount sits in a list item of a list introduced by a price heading (up to 12 items above). */
  underPriceHeading(at: number): boolean {
    const lineStart = this.lineStartOf(at);
    if (this.headingLine !== lineStart) {
      this.headingLine = lineStart;
      this.heading = listUnderPriceHeading(this.text, lineStart);
    }
    return this.heading;
  }

  /** Whether the amount is in a Markdown table cell whose column header is a price ("| Model | Price |"). */
  inPriceColumn(at: number): boolean {
    const lineStart = this.lineStartOf(at);
    if (this.text[lineStart] !== '|') return false;
    if (this.tableLine !== lineStart) {
      this.tableLine = lineStart;
      this.header = tableHeaderCells(this.text, lineStart);
    }
    if (!this.header) return false;
    if (this.pipeAt < lineStart) {
      this.pipeAt = lineStart;
      this.pipes = 0;
    }
    for (; this.pipeAt < at; this.pipeAt++) if (this.text.charCodeAt(this.pipeAt) === 124) this.pipes++;
    return PRICE_COLUMN.test(this.header[this.pipes] ?? '');
  }
}

function listUnderPriceHeading(text: string, lineStart: number): boolean {
  if (!LIST_ITEM.test(text.slice(lineStart, Math.min(text.length, lineStart + 8)))) return false;
  for (let i = 0; i < 12 && lineStart > 0; i++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    if (LIST_ITEM.test(line)) {
      lineStart = prevStart;
      continue;
    }
    return PRICE_HEADING.test(line);
  }
  return false;
}

const PRICE_COLUMN = /^\s*(?:(?:unit\s+|ex-?works\s+|fob\s+|cif\s+)?(?:price|cost|rate|offer)s?\b|单价|价格|报价|售价|出厂价)/i;

/** The header cells of the table holding the row at `lineStart`, or undefined when the row is the header. */
function tableHeaderCells(text: string, lineStart: number): string[] | undefined {
  let headerStart = lineStart;
  for (let i = 0; i < 200 && headerStart > 0 && text[text.lastIndexOf('\n', headerStart - 2) + 1] === '|'; i++) {
    headerStart = text.lastIndexOf('\n', headerStart - 2) + 1;
  }
  if (headerStart === lineStart) return undefined;
  const headerEnd = text.indexOf('\n', headerStart);
  return text.slice(headerStart, headerEnd < 0 ? text.length : headerEnd).split('|');
}

function nearestCue(before: string): RegExpExecArray | undefined {
  let from = 0;
  for (let i = 0; i < 4; i++) {
    const slice = before.slice(from);
    const cue = CUE.exec(slice);
    if (!cue) return undefined;
    const gap = cue.groups!.gap;
    if (!CUE_GAP_VETO.test(gap)) return cue;
    if (gap.length === 0) return undefined;
    from += slice.length - gap.length; // search the gap for a nearer cue
  }
  return undefined;
}

/**
 * Clause breaks (`PRICE_CLAUSE`: , ; ， ； 、 unless a digit follows) are looked for this far from the
 * price only: a scan to the end of the text for every price made long unpunctuated drafts quadratic.
 */
const CLAUSE_REACH = 160;

/** Whether the text names an Incoterm with a place; else where the first placeless one ends. */
function findIncoterm(text: string): { ok: boolean; firstEnd?: number } {
  let firstEnd: number | undefined;
  INCOTERM.lastIndex = 0;
  for (let m = INCOTERM.exec(text); m; m = INCOTERM.exec(text)) {
    const end = m.index + m[0].length;
    if (SELF_PLACED.test(m[0])) return { ok: true };
    if (hasPlace(text, m.index, end)) return { ok: true };
    firstEnd ??= end;
  }
  return { ok: false, firstEnd };
}

function hasPlace(text: string, start: number, end: number): boolean {
  const after = PLACE_AFTER.exec(text.slice(end, end + 40));
  if (after) {
    if (after.groups?.cap) {
      if (!PLACE_STOP.test(after.groups.cap)) return true;
    } else if (after.groups?.han) {
      if (!HAN_PLACE_STOP.test(after.groups.han)) return true;
    } else return true;
  }
  const before = PLACE_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (before) {
    if (before.groups?.cap && !PLACE_STOP.test(before.groups.cap)) return true;
    if (before.groups?.han && HAN_PLACE_BEFORE.test(before.groups.han)) return true;
  }
  return false;
}
