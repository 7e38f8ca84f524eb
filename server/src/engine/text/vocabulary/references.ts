// Labels that make the token after them a reference (order, tracking, ticket number), not a price or a phone.
export const REFERENCE_LABELS_EN = [
  'order',
  'tracking',
  'track',
  'invoice',
  'ticket',
  'case',
  'bug',
  'issue',
  'ref',
  'reference',
  'po',
  'awb',
  'waybill',
  'serial',
  'patent',
  'shipment',
  'parcel',
  'consignment',
  'account',
  'acct',
  'article',
  'item',
  'sku',
  'rma',
  'confirmation',
  'booking',
  'reservation',
  'receipt',
  'transaction',
];
/** "No.", "number", "#" after an English label. */
export const REFERENCE_NUMBER_WORDS = ['no\\.?', 'number', 'nr\\.?', '#', 'id', 'code'];
export const REFERENCE_LABELS_ZH = [
  '订单号?',
  '单号',
  '运单号?',
  '快递单号',
  '物流单号',
  '追踪号',
  '跟踪号',
  '发票号',
  '合同号',
  '工单号?',
  '提单号',
];
/** Labels a tracking number follows without "No.". */
export const TRACKING_LABELS = ['tracking', 'awb', 'waybill', 'consignment'];
