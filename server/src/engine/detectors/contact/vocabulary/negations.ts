// Negations and warnings before or after a messenger mention ("not on WhatsApp", "不要加微信").
export const NEGATIONS_BEFORE_EN = ['not', 'never', 'no', "don't", 'do not', "doesn't", 'does not', 'cannot', "can't", "won't", "shouldn't", 'instead of', 'rather than', 'without', 'avoid', 'beware', 'except'];
export const NEGATIONS_BEFORE_ZH = ['不', '别', '勿', '没', '无', '禁止', '切勿', '谨防', '警惕', '以免', '不要', '不能', '不用', '不会', '不可', '请勿', '而不是', '不在', '不通过'];
/** Refusals a buyer writes before a contact word: the buyer is not asking for it. */
export const REFUSALS_EN = ["don't", 'do not', 'dont', 'never', 'no need to', 'not', 'stop', 'please no', "won't", 'will not', "wouldn't", 'refuse to', 'no'];
export const REFUSALS_ZH = ['不要', '别', '不用', '不需要', '无需', '请勿', '勿', '不必', '不想', '不会', '不加', '不给'];
