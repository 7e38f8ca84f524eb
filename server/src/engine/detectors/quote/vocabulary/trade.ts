// Words that show a draft is about selling goods (a quotation, an order, samples): there, an amount
// of money with its currency is read as a price even with no price word next to it.
export const TRADE_WORDS_EN = ['MOQ', 'pcs', 'quotation', 'proforma', 'samples?', 'lead\\s?time', 'wholesale', 'OEM', 'ODM', 'cartons?', 'ctns?', 'containers?', 'unit price', 'price list', 'purchase order', 'order quantity', 'per piece', 'per unit', 'per set', 'Incoterms?', 'payment terms', 'T/T', 'L/C'];
export const TRADE_WORDS_ZH = ['报价', '单价', '价格', '价钱', '起订', '样品', '订单', '下单', '出货', '交期', '货期', '批发', '工厂', '产品', '货', '款', '件', '套', '台', '箱'];
