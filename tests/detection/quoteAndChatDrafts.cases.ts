// Drafts written for the generalization work on quote, im-style, contact-drop and off-platform-payment.
// Each lists the categories (of these four) that must be flagged at error or warning, no more.
export interface DraftCase {
  id: string;
  channel: string;
  stage?: string;
  lang?: 'en' | 'zh';
  expect: string[];
  text: string;
}
export const DRAFTS: DraftCase[] = [
  // quotes: complete, in many units and shapes
  {
    id: 'q-en-per-linear-meter',
    channel: 'email',
    expect: [],
    text: 'Dear Ms Keller,\n\nFor the aluminium profile 6063-T5 we quote EUR 3.85 per linear metre, FCA Foshan, MOQ 2 tons.\n\nBest regards,\nLeo',
  },
  {
    id: 'q-en-per-kwh',
    channel: 'email',
    expect: [],
    text: 'Hi Tom, the 20 ft battery container is offered at USD 142 per kWh, CIF Durban, delivery 45 days after deposit.',
  },
  {
    id: 'q-en-slash-roll',
    channel: 'email',
    expect: [],
    text: 'Our PVC tape 48 mm x 66 m: USD 0.62/roll FOB Ningbo, 36 rolls per carton.',
  },
  {
    id: 'q-en-per-dozen-table',
    channel: 'email',
    expect: [],
    text: '| Item | Price | Terms |\n|---|---|---|\n| Cotton socks | USD 7.20 per dozen | FOB Shanghai |\n| Wool socks | USD 13.50 per dozen | FOB Shanghai |',
  },
  {
    id: 'q-en-a-pair',
    channel: 'linkedin',
    expect: [],
    text: 'Hello Marco, our leather work gloves come to USD 2.40 a pair, FOB Qingdao, with a minimum of 1,200 pairs.',
  },
  {
    id: 'q-de-pro-stueck',
    channel: 'email',
    expect: [],
    text: 'Sehr geehrter Herr Braun, the price for the LED panel 60x60 is EUR 11.90 pro Stück, DAP Hamburg.',
  },
  {
    id: 'q-fr-par-piece',
    channel: 'email',
    expect: [],
    text: 'Bonjour Claire, the ceramic vase VS-12 is EUR 6.40 par pièce, CIF Marseille.',
  },
  { id: 'q-es-por-unidad', channel: 'whatsapp', expect: [], text: 'Hola Diego, the solar street light is USD 38 por unidad, CIF Callao.' },
  {
    id: 'q-en-per-sheet-list',
    channel: 'telegram',
    expect: [],
    text: 'Offer for plywood:\n1. 18 mm birch: USD 24.50 per sheet, CIF Riga\n2. 12 mm birch: USD 17.80 per sheet, CIF Riga\n3. Loading: 400 sheets per container',
  },
  { id: 'q-en-per-square-foot', channel: 'email', expect: [], text: 'The quartz slab is quoted at USD 9.80 per square foot, DDP Houston.' },
  { id: 'q-zh-yuan-per-ton', channel: 'wechat', lang: 'zh', expect: [], text: '王总，这批废纸浆报价是1850元/吨，工厂交货，含税。' },
  { id: 'q-zh-per-tiao', channel: 'wechat', lang: 'zh', expect: [], text: '赵总，牛仔裤单价8.5美元每条，FOB广州，起订量300条。' },
  {
    id: 'q-zh-meter',
    channel: 'email',
    lang: 'zh',
    expect: [],
    text: '刘经理您好：\n\n涤纶面料报价为 1.35 美元/米，CIF 胡志明，起订 3000 米。\n\n谢谢！',
  },
  { id: 'q-zh-zhang', channel: 'wechat', lang: 'zh', expect: [], text: '陈总，这款编织地毯单价12美元一张，FOB宁波，交期20天。' },
  {
    id: 'q-zh-table',
    channel: 'email',
    lang: 'zh',
    expect: [],
    text: '| 型号 | 单价（美元/台） | 条款 |\n|---|---|---|\n| KX-10 | 56 | FOB 深圳 |\n| KX-20 | 72 | FOB 深圳 |',
  },
  {
    id: 'q-en-cents-per-piece',
    channel: 'email',
    expect: [],
    text: 'The 10 mm steel ball is USD 0.035 per piece, EXW our factory in Changzhou, 10,000 pcs per bag.',
  },
  // quotes: incomplete
  {
    id: 'q-en-bare-price-list',
    channel: 'whatsapp',
    expect: ['quote'],
    text: 'Hi Sara, prices:\n1. Cotton tote bag 1.20\n2. Canvas tote bag 2.10\nLet me know!',
  },
  {
    id: 'q-en-no-unit',
    channel: 'email',
    expect: ['quote'],
    text: 'Dear Ahmed, our offer for the desk lamp DL-8 is USD 6.90 FOB Ningbo. Looking forward to your order.',
  },
  {
    id: 'q-en-no-incoterm',
    channel: 'email',
    expect: ['quote'],
    text: 'Dear Ahmed, our offer for the desk lamp DL-8 is USD 6.90 per piece. Looking forward to your order.',
  },
  { id: 'q-zh-bare', channel: 'wechat', lang: 'zh', expect: ['quote'], text: '孙总，那款蓝牙音箱最低能给到23.5，您看行吗？' },
  { id: 'q-zh-unit-first-no-currency', channel: 'wechat', lang: 'zh', expect: ['quote'], text: '周总，这款硅胶垫每片0.85，FOB厦门。' },
  { id: 'q-en-we-can-do', channel: 'telegram', expect: ['quote'], text: 'Ivan, for 5,000 pcs we can do 3.10, final.' },
  { id: 'q-en-euros-no-unit', channel: 'email', expect: ['quote'], text: 'Dear Mr Rossi, the espresso cup set is 14 euros, CIF Genoa.' },
  // non-prices and promises
  {
    id: 'q-en-specs-only',
    channel: 'email',
    expect: [],
    text: 'The panel is 1722 x 1134 x 30 mm, 21.5 kg, 410 W, 36 pcs per pallet, HS code 8541.43.',
  },
  {
    id: 'q-en-promise',
    channel: 'email',
    expect: [],
    text: 'Thanks for the drawings, Anna. Our engineer is checking them and I will send the full quotation with prices per piece by Thursday.',
  },
  { id: 'q-zh-promise', channel: 'wechat', lang: 'zh', expect: [], text: '好的张总，图纸收到了，明天上午给您报价。' },
  {
    id: 'q-en-tracking',
    channel: 'email',
    expect: [],
    text: 'Your order 88213 left on 14 March, container TGHU 8812345, B/L 2291887, 1,140 cartons.',
  },
  // im-style
  {
    id: 'im-en-runon',
    channel: 'whatsapp',
    expect: ['im-style'],
    text: 'hi Mike the price of the folding table is USD 18.50 per piece FOB Ningbo and MOQ is 300 pcs and lead time is 30 days after deposit and sample can be sent in 5 days and packing is 1 pc per carton',
  },
  {
    id: 'im-en-shorthand',
    channel: 'whatsapp',
    expect: ['im-style'],
    text: 'thx Mike, pls check the catalog and tell me which model u like',
  },
  {
    id: 'im-zh-runon',
    channel: 'wechat',
    lang: 'zh',
    expect: ['im-style'],
    text: '刘总好，这款不锈钢锅单价9.8美元/个FOB宁波，起订量500个，交期35天，样品可以免费寄，包装是彩盒一个装外箱12个，付款30%定金',
  },
  {
    id: 'im-en-list-ok',
    channel: 'whatsapp',
    expect: [],
    text: 'Hi Mike, our offer:\n1. Price: USD 18.50/pc FOB Ningbo\n2. MOQ: 300 pcs\n3. Lead time: 30 days\n4. Samples: 5 days',
  },
  {
    id: 'im-email-not-chat',
    channel: 'email',
    expect: [],
    text: 'Dear Mike, thank you for your interest. The folding table is USD 18.50 per piece FOB Ningbo; the minimum order is 300 pieces.',
  },
  {
    id: 'im-en-runon-incomplete',
    channel: 'whatsapp',
    expect: ['im-style', 'quote'],
    text: 'hello Jane the cost of the ceramic mug is 1.35 and MOQ is 2000 pcs and lead time 25 days and samples are free and packing is 48 pcs per carton',
  },
  // contact-drop
  {
    id: 'cd-en-email-disguised',
    channel: 'alibaba',
    stage: 'inquiry',
    expect: ['contact-drop'],
    text: 'Dear buyer, I can send the full catalog, just write to lily dot sales at outlook dot com.',
  },
  {
    id: 'cd-en-same-number',
    channel: 'alibaba',
    stage: 'inquiry',
    expect: ['contact-drop'],
    text: 'My mobile is +86 158 2233 4455, same number on WhatsApp.',
  },
  {
    id: 'cd-zh-wx',
    channel: 'marketplace',
    stage: 'inquiry',
    lang: 'zh',
    expect: ['contact-drop'],
    text: '亲，详细资料加我v x：lily8899，发您视频。',
  },
  {
    id: 'cd-en-official-site',
    channel: 'alibaba',
    stage: 'inquiry',
    expect: [],
    text: 'You can see our certificates on our official website www.hengtai-valves.com and the quotation is attached here.',
  },
  {
    id: 'cd-en-order-shipping',
    channel: 'alibaba',
    stage: 'order',
    expect: [],
    text: 'Thank you for the order. Please confirm the consignee name, phone number and full address for the courier.',
  },
  {
    id: 'cd-en-hs-and-dates',
    channel: 'alibaba',
    stage: 'negotiation',
    expect: [],
    text: 'HS code 9403.20.0090, ETD 2026-04-18, 1,250 pcs, carton 62 x 45 x 38 cm, price USD 22.60/pc FOB Xiamen.',
  },
  // A cheaper deal "outside the platform" is also payment off it (spec: "offline is cheaper").
  {
    id: 'cd-en-talk-directly-cheaper',
    channel: 'alibaba',
    stage: 'negotiation',
    expect: ['contact-drop', 'off-platform-payment'],
    text: 'If we talk directly outside the platform, I can make it cheaper for you.',
  },
  {
    id: 'cd-zh-bank-card-only',
    channel: 'marketplace',
    stage: 'negotiation',
    lang: 'zh',
    expect: ['off-platform-payment'],
    text: '定金可以直接打我银行卡，卡号我发您，省点手续费。',
  },
  // off-platform payment
  {
    id: 'op-en-western-union',
    channel: 'alibaba',
    stage: 'negotiation',
    expect: ['off-platform-payment'],
    text: 'For the sample fee you can use Western Union to my name, Chen Hui.',
  },
  {
    id: 'op-en-ta-fees',
    channel: 'alibaba',
    stage: 'negotiation',
    expect: ['off-platform-payment'],
    text: 'Trade Assurance takes 3% so better we do T/T to our bank, you save money.',
  },
  {
    id: 'op-en-offline-cheaper',
    channel: 'alibaba',
    stage: 'order',
    expect: ['off-platform-payment'],
    text: 'Paying offline is cheaper for both of us, I can give you 2% off.',
  },
  {
    id: 'op-zh-alipay-personal',
    channel: 'marketplace',
    stage: 'negotiation',
    lang: 'zh',
    expect: ['off-platform-payment'],
    text: '样品费用支付宝转我就行，很方便。',
  },
  {
    id: 'op-zh-xinbao-mafan',
    channel: 'alibaba',
    stage: 'negotiation',
    lang: 'zh',
    expect: ['off-platform-payment'],
    text: '走信保要扣手续费，咱们直接电汇到公司账户吧。',
  },
  {
    id: 'op-en-ta-ok',
    channel: 'alibaba',
    stage: 'order',
    expect: [],
    text: 'Please pay the 30% deposit through Trade Assurance; we start production the same day.',
  },
  {
    id: 'op-en-warning-ok',
    channel: 'alibaba',
    stage: 'order',
    expect: [],
    text: 'Kindly note: we never ask for payment to a personal account. If anyone does, please report it.',
  },
  { id: 'op-zh-ok', channel: 'marketplace', stage: 'order', lang: 'zh', expect: [], text: '请在平台上通过信保付款，货款有保障，谢谢。' },
];
