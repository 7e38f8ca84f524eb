// Currency vocabulary for prices: ISO codes, symbols and the words written after an amount.

/** ISO 4217 codes reps quote in (`US$` first: it is matched before `US`-less forms). */
export const CURRENCY_CODES = [
  'US\\$',
  'USD',
  'EUR',
  'RMB',
  'CNY',
  'GBP',
  'JPY',
  'AUD',
  'CAD',
  'HKD',
  'SGD',
  'AED',
  'INR',
  'CHF',
  'NZD',
  'KRW',
  'MYR',
  'THB',
  'VND',
  'IDR',
  'PHP',
  'BRL',
  'MXN',
  'RUB',
  'TRY',
  'ZAR',
  'SAR',
  'PLN',
  'SEK',
  'NOK',
  'DKK',
];

/** Codes that are also English words or programming names ("try 7.3", "front.php3", "cad 2"): currencies only in capitals. */
export const AMBIGUOUS_CURRENCY_CODES = ['TRY', 'PHP', 'CAD', 'RUB', 'SAR', 'NOK'];

/** Currency symbols written before (or after) an amount. */
export const CURRENCY_SYMBOLS = '[$€£¥￥₹₩₽]';

/** Currency words written after the amount (English and Chinese). */
export const CURRENCY_WORDS_AFTER = [
  'US dollars?',
  'dollars?',
  'bucks',
  'cents?(?![A-Za-z])',
  'euros?',
  'yuan',
  '美元',
  '美金',
  '美刀',
  '刀(?![具片刃口])',
  '欧元',
  '英镑',
  '日元',
  '人民币',
  '港币',
  '港元',
  '块钱',
  '块',
  '元',
];
