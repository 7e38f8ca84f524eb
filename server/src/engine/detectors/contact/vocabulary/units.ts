// Units, sizes and quantities written after a number: "12000 pcs", "30 days", "5 米". Latin units
// are whole words ("m" for metres, not the "M" of "Media Liaison" or "mornings").
export const UNITS_AFTER_NUMBER_LATIN = ['pcs', 'pc', 'pieces?', 'units?', 'sets?', 'pairs?', 'kgs?', 'g', 'grams?', 'tons?', 'mt', 'mm', 'cm', 'm', 'meters?', 'inch(?:es)?', 'ft', 'feet', 'days?', 'weeks?', 'months?', 'years?', 'hours?', 'hrs?', 'minutes?', 'mins?', 'x', 'usd', 'rmb', 'cny', 'dollars?', 'yuan', 'cartons?', 'ctns?', 'boxes', 'bags', 'rolls', 'dozens?'];
/** Symbols after a number that make it a quantity or a product ("5 × 3", "2*3", "10%"). */
export const UNIT_SYMBOLS_AFTER_NUMBER = ['%', '×', '\\*\\s?\\d'];
export const UNITS_AFTER_NUMBER_ZH = ['件套', '件', '个', '套', '只', '台', '天', '元', '美元', '块', '米', '箱', '吨', '克', '公斤', '千克', '毫米', '厘米', '包', '卷', '双', '条', '张', '周', '月', '年', '小时', '分钟', '万', '千', '百', '次', '人', '批', '柜'];
