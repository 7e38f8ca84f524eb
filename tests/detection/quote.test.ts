// quote/*: a price without currency, unit or Incoterm with a named place, on any channel.
import { describe, expect, it } from 'vitest';
import { applyFixes, LineIndex } from '../../server/src/engine/index.js';
import { lint } from '../helpers/engine.js';

const RULE = 'quote/incomplete-price';

function draft(body: string, channel = 'email', lang?: 'en' | 'zh'): string {
  return `---\nchannel: ${channel}\n${lang ? `lang: ${lang}\n` : ''}---\n${body}`;
}
function findings(text: string) {
  return lint(text).diagnostics.filter((d) => d.ruleId === RULE);
}
function flagged(body: string, channel = 'email', lang?: 'en' | 'zh'): string[] {
  const text = draft(body, channel, lang);
  return findings(text).map((d) => text.slice(d.offsets.start, d.offsets.end));
}
function fixAll(text: string): string {
  const lines = new LineIndex(text);
  const own = findings(text).filter((d) => d.fix);
  return applyFixes(
    text,
    own.map((d) => ({
      edits: d.fix!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })),
    })),
  ).text;
}

describe('quote: incomplete prices are flagged', () => {
  it.each([
    ['BX-330 costs 4.60.', '4.60'],
    ['The price is 12.5 per piece.', '12.5'],
    ['Our price is USD 4.60 per piece.', 'USD 4.60'],
    ['Price: $4.60 FOB Ningbo.', '$4.60'],
    ['Unit price USD 3.20, FOB.', 'USD 3.20'],
    ['We can offer EUR 7.80/set.', 'EUR 7.80'],
    ['Following your request, the best we can do for the 18W LED downlight is 3.95.', '3.95'],
    ['Our cushion covers start from 1.90 and the embroidered version is 2.60.', '1.90'],
    ['The new model is priced at 15 dollars.', '15 dollars'],
    ['For 5000 pcs the price goes down to 4.20.', '4.20'],
    ['Our offer: 12,50 € per set.', '12,50 €'],
    ['It is 4.6$ each, FOB.', '4.6$'],
    ['Hello! This item is 15.99 with free shipping.', '15.99'],
    ['> Can you do USD 4.20 for 10,000 pcs?\n\nThank you. For 10,000 pcs we can accept 4.30.', '4.30'],
  ])('%s', (body, price) => {
    expect(flagged(body)).toContain(price);
  });

  it.each([
    ['BX-330 单价 4.6 美元/件。', '4.6 美元'],
    ['您好，这款单价4.6，交期35天。', '4.6'],
    ['刘总您好，那款折叠椅最低可以做到 19.5，您看可以吗？', '19.5'],
    ['王经理，这个轴承座单价18块，起订1000个。', '18块'],
    ['陈总，那款桌布价格是每条二十八块，起订量三百条。', '二十八块'],
    ['这款报价30元一个。', '30元'],
    ['价格：USD 5.2/件 FOB。', 'USD 5.2'],
    ['这款杯子 FOB 价 2.5 美元/个。', '2.5 美元'],
  ])('%s', (body, price) => {
    expect(flagged(body, 'wechat', 'zh')).toContain(price);
  });

  it('reports every incomplete price of a sentence, each with what it lacks', () => {
    const text = draft('The cushion covers start from 1.90 and the embroidered version is 2.60.');
    const ds = findings(text);
    expect(ds.map((d) => text.slice(d.offsets.start, d.offsets.end))).toEqual(['1.90', '2.60']);
    expect(ds[0].message).toContain('currency');
    expect(ds[0].message).toContain('Incoterm');
  });

  it('says only what is missing', () => {
    const [d] = findings(draft('Our price is USD 4.60 per piece.'));
    expect(d.message).toContain('Incoterm');
    expect(d.message).not.toContain('currency');
    expect(d.message).not.toContain('unit (');
    const [p] = findings(draft('Price: USD 4.60/pc FOB.'));
    expect(p.message).toContain('named place');
  });

  it('messages read in Chinese with locale zh', () => {
    const text = draft('BX-330 单价 4.6 美元/件。', 'email', 'zh');
    const [d] = lint(text, { locale: 'zh' }).diagnostics.filter((x) => x.ruleId === RULE);
    expect(d.message).toBe('价格“4.6 美元”缺少：贸易术语及指定地点（如 FOB 宁波、EXW 东莞）。');
  });

  it('is a warning on every channel, including chat and marketplace', () => {
    for (const channel of ['email', 'whatsapp', 'alibaba', 'linkedin', 'phone']) {
      const [d] = findings(draft('BX-330 costs 4.60.', channel));
      expect(d?.severity, channel).toBe('warning');
    }
  });
});

describe('quote: complete prices and non-prices pass', () => {
  it.each([
    'BX-330: USD 4.60/pc FOB Ningbo, MOQ 2000 pcs, delivery 35 days after deposit.',
    'Our price is USD 4.60 per piece FOB Ningbo.',
    'Price: USD 4.60/pc, EXW our factory in Dongguan.',
    'All prices are in USD per piece, FOB Shanghai: BX-330 4.60, BX-340 5.20.',
    'The offer is EUR 7.80 per set CIF Hamburg.',
    'We quote USD 12.50/set DDP your warehouse in Rotterdam.',
    'Unit price: USD 3.20, Ningbo FOB.',
    'Model BX-330 ships in cartons of 36 pcs, 52 x 38 x 40 cm, 21.4 kg.',
    'HS code 8471.30, gross weight 12.5 kg, 2000 pcs per order.',
    'Thank you for your inquiry. I will send you our quotation by Friday.',
    'We will quote within 24 hours.',
    'The freight for the samples is USD 45 by DHL.',
    'The total for 2000 pcs is USD 9,200.',
    'Please pay the 30% deposit of USD 2,760 to start production.',
    'Your PO #7781 was shipped on 2026-03-02 at 14:30.',
    'The price list 2026 is attached.',
    'Version 2.1 of the catalog is attached; the price increased by 5%.',
    'Lead time is 35 days; we have 3 colors and 2 sizes.',
    'Please call me on +86 139 1234 5678.',
    'We reached USD 2.3 million in sales last year.',
    'Your PO 4500012345 is confirmed: 5000 pcs x USD 4.35 = USD 21,750, FOB Ningbo.',
    'Price (FOB Ningbo, USD/pc): 4.60.',
    'Our price is USD 4.60 per piece ex works Dongguan.',
    '| Model | Price (USD/pc) | Terms |\n|---|---|---|\n| BX-330 | 4.60 | FOB Ningbo |\n| BX-340 | 5.20 | FOB Ningbo |',
    'The raw material went up 8% this month, so we adjust our prices from 1 January.',
    'Order: 2026-118 / B/L COSU8812345, held since 12 Jan.',
    'Price list attached; the price is valid until 31 December.',
    'The customs code of our company is 3302960123 and the HS code for the mugs is 6912.00.',
    'The wall thickness is 2.50 and the tolerance is 0.05.',
    'Price: USD 4.60/pc EXW factory.',
    'Our offer: 12,50 € per set, DAP Lyon.',
  ])('%s', (body) => {
    expect(flagged(body)).toEqual([]);
  });

  it.each([
    'BX-330 报价：4.6 美元/件 FOB 宁波，起订量 2000 件。',
    '单价：4.6美元/件，宁波港离岸价。',
    '这款出厂价每件30元。',
    '外箱尺寸 52x38x40 厘米，毛重 21.4 公斤，每箱 36 件。',
    '我们会在明天把报价单发给您。',
    '样品运费 45 美元，您这边承担。',
    '3块板子已经发出，订单号 7781。',
    '这款平板灯我们的价格是每件12.8美元FOB深圳起订量是500件交期大概25天',
    '单价 2.5 美元/个，宁波 FOB。',
    '单价 30 欧元/件，汉堡到岸价。',
    '交期 35 天，定金 30%。',
  ])('%s', (body) => {
    expect(flagged(body, 'wechat', 'zh')).toEqual([]);
  });

  it('prices in the counterpart quote are not the rep’s words', () => {
    expect(flagged('> Buyer: Your competitor offers 4.20.\n\nThank you, we will check and reply today.')).toEqual([]);
  });

  it('prices in code are not prose', () => {
    expect(flagged('Reference: `costs 4.60` was a typo in the last mail.')).toEqual([]);
  });
});

describe('quote: fixes complete the price and re-lint clean', () => {
  it.each([
    ['BX-330 costs 4.60.', 'BX-330 costs USD 4.60/pc FOB [port].'],
    ['Our price is USD 4.60 per piece.', 'Our price is USD 4.60 per piece FOB [port].'],
    ['Price: USD 4.60/pc FOB.', 'Price: USD 4.60/pc FOB [port].'],
  ])('%s', (body, expected) => {
    const fixed = fixAll(draft(body));
    expect(fixed).toBe(draft(expected));
    expect(findings(fixed)).toEqual([]);
  });

  it('two prices with a placeless Incoterm add the place once', () => {
    const fixed = fixAll(draft('FOB prices: BX-330 costs USD 4.60/pc and BX-340 costs USD 5.20/pc.'));
    expect(fixed.match(/\[port\]/g)).toHaveLength(1);
    expect(findings(fixed)).toEqual([]);
  });

  it.each([
    ['BX-330 单价 4.6 美元/件。', 'BX-330 单价 4.6 美元/件 FOB [港口]。'],
    ['您好，这款单价4.6，交期35天。', '您好，这款单价4.6美元 FOB [港口]，交期35天。'],
  ])('%s', (body, expected) => {
    const fixed = fixAll(draft(body, 'wechat', 'zh'));
    expect(fixed).toBe(draft(expected, 'wechat', 'zh'));
    expect(findings(fixed)).toEqual([]);
  });

  it('the fix is never applied by --fix (placeholders need review)', () => {
    const [d] = findings(draft('BX-330 costs 4.60.'));
    expect(d.fix?.safe).toBe(false);
  });
});

describe('quote: any per-unit wording is a unit', () => {
  it.each([
    '1. Price: USD 0.19 per watt, CIF Novorossiysk',
    '- WP-40 wall panel: EUR 21.50 per square meter, DDP Warsaw',
    'The profile is EUR 3.85 per linear metre, FCA Foshan.',
    'Solar modules: USD 0.21/W FOB Ningbo.',
    'Leather gloves: USD 2.40 a pair, FOB Qingdao.',
    'LED panel: EUR 11.90 pro Stück, DAP Hamburg.',
    'Vase VS-12: EUR 6.40 par pièce, CIF Marseille.',
    'Street light: USD 38 por unidad, CIF Callao.',
    'The factory tour is USD 35 per person.',
  ])('%s', (body) => {
    expect(flagged(body)).toEqual([]);
  });

  it.each([
    '张总您好，这款户外折叠椅单价6.80美元/把FOB厦门，起订量500把，交期25天。',
    '王总，这批纸浆报价是1850元/吨，工厂交货。',
    '赵总，牛仔裤单价8.5美元每条，FOB广州，起订量300条。',
    '陈总，这款地毯单价12美元一张，FOB宁波。',
    '外箱尺寸60×40×35厘米，毛重18.5公斤，每箱24把。',
  ])('%s', (body) => {
    expect(flagged(body, 'wechat', 'zh')).toEqual([]);
  });

  it.each([
    ['李总，不锈钢保温杯报价如下单价是每个3.6，起订量1000个，交期30天。', '3.6'],
    ['周总，这款硅胶垫每片0.85，FOB厦门。', '0.85'],
    ['报价如下：\n1. 小号 3.2\n2. 中号 4.5', '3.2'],
  ])('%s', (body, price) => {
    expect(flagged(body, 'wechat', 'zh')).toContain(price);
  });

  it.each([
    // A per-unit word later in the sentence belongs to another number ("10 sets per carton").
    ['the price for the hydraulic hinge is USD 12 FOB Xiamen and MOQ is 200 sets and packing is 10 sets per carton', 'USD 12'],
    ['hello Jane the cost of the ceramic mug is 1.35 and MOQ is 2000 pcs', '1.35'],
    ['Hi Sara, prices:\n1. Cotton tote bag 1.20\n2. Canvas tote bag 2.10', '1.20'],
    ['| Model | Price |\n|---|---|\n| A-1 | 12.50 |', '12.50'],
  ])('%s', (body, price) => {
    expect(flagged(body, 'whatsapp')).toContain(price);
  });

  it('a number in a table column that is not a price is not one', () => {
    expect(flagged('| Model | Qty | Weight |\n|---|---|---|\n| A-1 | 500 | 12.50 |')).toEqual([]);
  });
});

describe('quote: changes and differences of price, rates and codes are not unit prices', () => {
  it.each([
    'The raw material price went up, so our price increases by USD 0.20 per piece from May.',
    'We can give you a discount of USD 50 on this order.',
    'You get USD 200 off the second container.',
    'The exchange rate is 7.1 today, so we keep the price.',
    'The difference is only USD 0.30 compared with the old model.',
    'Price for 40HQ: USD 2,850 per container, CIF Lagos.',
  ])('%s', (body) => {
    expect(flagged(body)).toEqual([]);
  });

  it.each([
    '原材料涨了，从五月起每件涨0.2美元。',
    '这单可以给您便宜50美元。',
    '差价只有0.3美元。',
    '我们的价格比上次低了0.15美元一件。',
    '汇率今天是7.1，价格不变。',
  ])('%s', (body) => {
    expect(flagged(body, 'wechat', 'zh')).toEqual([]);
  });

  it.each([
    ['可以便宜到4.2。', '4.2'],
    ['最低可以降到4.2，您看可以吗？', '4.2'],
  ])('a new price is still one: %s', (body, price) => {
    expect(flagged(body, 'wechat', 'zh')).toContain(price);
  });
});

describe('quote: fees and surcharges beside a complete quote are amounts', () => {
  it.each([
    'Dear Tom, we are pleased to quote USD 1,250 per set for the CNC router, EXW Jinan. Shipping by sea to Durban would add about USD 380.',
    'Dear Li, our rates: sea freight USD 1,850 per 40HQ to Rotterdam, trucking USD 120.',
    'Insurance USD 45 and customs clearance USD 150 are on the buyer.',
  ])('%s', (body) => {
    expect(flagged(body)).toEqual([]);
  });

  it.each([
    ['The price including VAT is 4.60.', '4.60'],
    ['Our price including tax: 12.50', '12.50'],
  ])('a price with tax included is still a price: %s', (body, price) => {
    expect(flagged(body)).toContain(price);
  });
});
