// Currency vocabulary for prices: ISO codes, symbols and the words written after an amount.

export { CURRENCY_CODES } from '../../../text/vocabulary/currencies.js';

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
