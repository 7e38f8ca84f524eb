// Deterministic corpus of realistic sales drafts (`*.msg.md`) for the benchmarks.
// English and Chinese, every channel, mostly clean, some violating, 0.3–20 KB.
// Draft i depends only on (seed, i): the 1k corpus is a prefix of the 10k one, which is a prefix of the 50k one.
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const GENERATOR_VERSION = 3;
export const MIN_BYTES = 300;
export const MAX_BYTES = 20 * 1024;
/** Drafts per sub-folder of a corpus (`d000/`, `d001/`, …). */
export const PER_DIR = 1000;

export const CHANNELS = ['email', 'whatsapp', 'wechat', 'telegram', 'linkedin', 'sms', 'alibaba', 'marketplace', 'phone'];
export const STAGES = ['inquiry', 'negotiation', 'order', 'after-sales'];

/** sfc32 seeded through splitmix32: small, fast, and the same on every platform. */
export function createRng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(),
    b = split(),
    c = split(),
    d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
  return rng;
}

function draftSeed(seed, index) {
  return (Math.imul(seed ^ 0x5bd1e995, 0x01000193) + Math.imul(index + 1, 0x9e3779b1)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const EN_NAMES = [
  'Peter',
  'Maria',
  'Ahmed',
  'Sofia',
  'James',
  'Olga',
  'Carlos',
  'Aisha',
  'Tom',
  'Yuki',
  'Lena',
  'David',
  'Fatima',
  'Lucas',
];
const EN_COMPANIES = [
  'BuyerCo',
  'Nordic Home AB',
  'Sunrise Trading LLC',
  'Atlas Retail',
  'Verde Imports',
  'Kappa GmbH',
  'Blue Harbor Ltd',
  'Mercado Sur',
];
const EN_PRODUCTS = [
  'stainless steel water bottles',
  'bamboo cutting boards',
  'LED desk lamps',
  'cotton tote bags',
  'silicone phone cases',
  'ceramic mugs',
  'yoga mats',
  'USB-C chargers',
  'kids raincoats',
  'glass food containers',
  'wireless earbuds',
  'wooden toys',
];
const EN_SELLERS = ['Kevin', 'Lily', 'Jason', 'Amy', 'Tony', 'Grace', 'Eric', 'Coco'];
const ZH_NAMES = ['王先生', '李女士', '张总', '陈经理', '刘小姐', '赵老板', '周先生', '吴女士'];
const ZH_PRODUCTS = [
  '不锈钢保温杯',
  '竹制砧板',
  'LED 台灯',
  '帆布购物袋',
  '硅胶手机壳',
  '陶瓷马克杯',
  '瑜伽垫',
  'USB-C 充电器',
  '儿童雨衣',
  '玻璃保鲜盒',
];
const PORTS = ['Ningbo', 'Shenzhen', 'Shanghai', 'Xiamen', 'Qingdao', 'Guangzhou'];
const ZH_PORTS = ['宁波', '深圳', '上海', '厦门', '青岛', '广州'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const fill = (rng, template) =>
  template.replace(/\{(\w+)\}/g, (_, key) => {
    switch (key) {
      case 'name':
        return rng.pick(EN_NAMES);
      case 'company':
        return rng.pick(EN_COMPANIES);
      case 'product':
        return rng.pick(EN_PRODUCTS);
      case 'seller':
        return rng.pick(EN_SELLERS);
      case 'port':
        return rng.pick(PORTS);
      case 'zport':
        return rng.pick(ZH_PORTS);
      case 'zname':
        return rng.pick(ZH_NAMES);
      case 'zproduct':
        return rng.pick(ZH_PRODUCTS);
      case 'month':
        return rng.pick(MONTHS);
      case 'zmonth':
        return String(rng.int(1, 12));
      case 'day':
        return String(rng.int(1, 28));
      case 'qty':
        return String(rng.pick([200, 300, 500, 1000, 2000, 5000]));
      case 'price':
        return (rng.int(80, 2500) / 100).toFixed(2);
      case 'days':
        return String(rng.int(7, 45));
      case 'po':
        return String(rng.int(1000, 99999));
      case 'sku':
        return `SKU-${rng.int(100, 9999)}`;
      case 'pct':
        return String(rng.int(2, 15));
      default:
        return key;
    }
  });

const EN_GREETINGS = ['Dear {name},', 'Hi {name},', 'Hello {name},', 'Good morning {name},', 'Dear {name} and team,'];
const EN_SIGNOFFS = [
  'Best regards,\n{seller}',
  'Kind regards,\n{seller}\nSales Manager',
  'Thanks and best wishes,\n{seller}',
  'Best,\n{seller}',
  'Regards,\n{seller} | Export Dept.',
];
const EN_CLEAN = [
  'Thank you for your inquiry about our {product}.',
  'It was great to meet you at the Canton Fair last {month}.',
  'I have attached our latest catalogue with the full specifications.',
  'Our factory has been producing {product} for more than ten years.',
  'We can offer USD {price} per piece, FOB {port}, for an order of {qty} pieces, valid until {month} {day}.',
  'The lead time is about {days} days after we receive the deposit.',
  'Samples can be ready within five working days; the sample fee is refunded with your first order.',
  'Could you let me know the quantity you have in mind for the first order?',
  'We usually ship from {port} and can also quote CIF to your port if you prefer.',
  'All our products pass SGS testing and we can share the reports on request.',
  'Please find the updated quotation in the attached PDF.',
  'Your order PO {po} has been packed and will leave the warehouse on {month} {day}.',
  'The tracking number will be available as soon as the carrier collects the goods.',
  'We are sorry to hear that some units arrived damaged.',
  'Could you send us a few photos of the damaged cartons so we can file a claim with the carrier?',
  'We will replace the defective units in your next shipment at no extra cost.',
  'Payment terms are 30% deposit by bank transfer and the balance against the copy of the bill of lading.',
  'Please confirm the colour and the logo position so we can start production.',
  'I will follow up with our production team and get back to you by {month} {day}.',
  'Let me know if you have any questions about the packaging.',
  'We can print your logo on the gift box for orders above {qty} pieces.',
  'The price includes export cartons and a shipping mark with your reference.',
  'Our MOQ for custom colours is {qty} pieces per colour.',
  'If the schedule works for you, we could have a short video call next week.',
  'The new model {sku} is lighter and the lid no longer leaks.',
  'We have updated the Alibaba listing with the new photos.',
  'Thank you again for your trust; we look forward to working with {company}.',
  'For orders over {qty} pieces we can offer a {pct}% discount on the unit price.',
  'I checked with our QC team and the inspection is booked for {month} {day}.',
  'Please pay through Trade Assurance so that your order stays protected.',
];
const EN_VIOLATIONS = [
  'Please send me the verification code you just received so I can finish the setup.',
  'Can you send me the code from the SMS?',
  'What is the OTP they sent you?',
  'Call me at +1 415 555 0132 to discuss the details.',
  'My WhatsApp is +86 138 0013 8000, add me there.',
  'Add me on WeChat: tony_trade88 and we can talk directly.',
  'You can email me directly at kevin.sales@example-factory.com instead of using the platform.',
  'You can pay via PayPal Friends and Family to avoid the fees.',
  'Please pay by Western Union to my personal account.',
  'Send the deposit to my personal Alipay and I will give you a better price.',
  'pls confirm asap thx',
  'ok u can check and let me know',
  'plz send the PO today!!!',
  'The price is $5.',
  'Unit price 3.2 USD.',
  'We can do 4.50 each.',
  'Can you share your bank login so I can check the transfer?',
  'Please send a photo of your ID card and your card number.',
  'Give me your password and I will update the listing for you.',
];
const EN_QUOTES = [
  '> Hi, what is your best price for {qty} pcs? We need delivery before {month}.',
  '> Can you send samples first? And what is the MOQ?',
  '> The last shipment had {pct} broken units, please advise.',
  '> Please quote FOB {port} and CIF Hamburg for {qty} pieces.',
  '> We received the goods, thank you. When can we place the next order?',
];
const EN_LIST = [
  '- Material: 304 stainless steel',
  '- Capacity: 500 ml',
  '- Colour: black, white or custom Pantone',
  '- Packing: 1 pc per gift box, 24 pcs per carton',
  '- Carton size: 42 x 30 x 28 cm',
  '- Certificates: FDA, LFGB',
  '- Logo: laser engraving or silk print',
  '- Lead time: {days} days',
];

const ZH_GREETINGS = ['{zname}，您好！', '尊敬的{zname}：', '{zname}，早上好。', '您好，{zname}。'];
const ZH_SIGNOFFS = ['祝好！\n小李', '此致\n敬礼\n外贸部 王丽', '谢谢！\n张伟', '顺祝商祺，\n陈明'];
const ZH_CLEAN = [
  '感谢您对我们{zproduct}的询价。',
  '很高兴上个月在广交会上认识您。',
  '附件是我们最新的产品目录和详细规格。',
  '我们工厂生产{zproduct}已经有十多年的经验。',
  '报价为每件 {price} 美元，{zport} 离岸价（FOB），起订量 {qty} 件，报价有效期至 {zmonth} 月底。',
  '收到定金后大约 {days} 天可以交货。',
  '样品五个工作日内可以准备好，样品费在首单中返还。',
  '请问您第一单大概需要多少数量？',
  '我们一般从{zport}发货，如果需要也可以报到贵司港口的到岸价。',
  '我们的产品都通过了 SGS 检测，如有需要可以提供报告。',
  '更新后的报价单请见附件 PDF。',
  '您的订单 PO {po} 已经包装完毕，预计下周出库。',
  '承运商取件后我们会第一时间把运单号发给您。',
  '很抱歉听说有部分货物在运输中损坏。',
  '麻烦您拍几张破损纸箱的照片，我们好向物流公司索赔。',
  '损坏的产品我们会在下一批货中免费补发。',
  '付款方式为 30% 定金电汇，余款见提单副本付清。',
  '请确认颜色和 logo 位置，我们好安排生产。',
  '我会和生产部门确认，{day} 号之前给您回复。',
  '包装方面如有任何问题，请随时告诉我。',
  '订单超过 {qty} 件可以免费在彩盒上印刷您的 logo。',
  '价格包含出口纸箱和带有贵司唛头的外箱标识。',
  '定制颜色的起订量为每色 {qty} 件。',
  '如果方便的话，我们下周可以约一个简短的视频会议。',
  '新款 {sku} 更轻，杯盖也不会再漏水了。',
  '我们已经在阿里巴巴店铺更新了新的产品图片。',
  '再次感谢您的信任，期待与贵司长期合作。',
  '订单超过 {qty} 件，单价可以优惠 {pct}%。',
  '我已和质检部门确认，验货安排在 {day} 号。',
  '请通过信保订单付款，这样您的订单会受到平台保障。',
];
const ZH_VIOLATIONS = [
  '请把你刚收到的验证码发给我，我帮你完成设置。',
  '把短信里的验证码告诉我一下。',
  '加我微信：tony_trade88，我们私聊。',
  '我的手机号是 13800138000，直接打给我。',
  '可以直接转账到我的私人账户，不走平台，价格更便宜。',
  '用支付宝转给我就行，不用走信保。',
  '价格是5美元。',
  '单价 3.2。',
  '亲～在吗？？？',
  '嗯嗯好的哈哈哈',
  '把你的银行卡密码发给我，我帮你查一下。',
  '请发一张身份证照片给我。',
];
const ZH_QUOTES = [
  '> 你好，{qty} 件最低什么价格？我们需要 {zmonth} 月前到货。',
  '> 可以先寄样品吗？起订量是多少？',
  '> 上一批货有 {pct} 件破损，请处理一下。',
  '> 请报 {zport} 离岸价和汉堡到岸价，数量 {qty} 件。',
];
const ZH_LIST = [
  '- 材质：304 不锈钢',
  '- 容量：500 毫升',
  '- 颜色：黑色、白色或定制潘通色',
  '- 包装：每个彩盒 1 件，每箱 24 件',
  '- 外箱尺寸：42 x 30 x 28 厘米',
  '- 认证：FDA、LFGB',
  '- 交期：{days} 天',
];
const CALL_PREP_EN = ['## Call prep: {company}', '### Agenda', '### Open questions', '### Notes from last call'];
const CALL_PREP_ZH = ['## 通话准备：{company}', '### 议程', '### 待确认问题', '### 上次通话记录'];

// ---------------------------------------------------------------------------------------------
// Drafts

/** Target size in bytes: most drafts are short chat or email messages, a few are long threads or call notes. */
function targetSize(rng) {
  const r = rng.next();
  const [lo, hi] = r < 0.7 ? [MIN_BYTES, 2048] : r < 0.95 ? [2048, 8192] : [8192, MAX_BYTES];
  return Math.round(lo * (hi / lo) ** rng.next());
}

const bytes = (s) => Buffer.byteLength(s, 'utf8');

/**
 * One draft. `opts.size` forces a target size (for the growth benchmark, may exceed 20 KB);
 * `opts.violationRate` forces the share of violating sentences (0..1).
 */
export function generateDraft(seed, index, opts = {}) {
  const rng = createRng(draftSeed(seed, index));
  const zh = rng.chance(0.4);
  const channel = rng.pick(CHANNELS);
  const chat = ['whatsapp', 'wechat', 'telegram', 'sms', 'linkedin'].includes(channel);
  const violating = opts.violationRate !== undefined ? opts.violationRate > 0 : rng.chance(0.3);
  const violationRate = opts.violationRate ?? (violating ? 0.08 : 0);
  const target = opts.size ?? targetSize(rng);
  const eol = rng.chance(0.05) ? '\r\n' : '\n';
  const callPrep = !chat && rng.chance(0.08);

  const fm = [];
  if (rng.chance(0.9)) {
    fm.push(rng.chance(0.02) ? `chanel: ${channel}` : `channel: ${rng.chance(0.01) ? 'emial' : channel}`);
    if (rng.chance(0.8)) fm.push(`stage: ${rng.pick(STAGES)}`);
    const lang = rng.next();
    if (lang < 0.5) fm.push(`lang: ${zh ? 'zh' : 'en'}`);
    else if (lang < 0.6) fm.push('lang: auto');
    if (rng.chance(0.4)) fm.push(`to: ${zh ? rng.pick(ZH_NAMES) : `${rng.pick(EN_NAMES)}, ${rng.pick(EN_COMPANIES)}`}`);
    if (channel === 'email' && rng.chance(0.7)) fm.push(`subject: ${zh ? '关于报价' : fill(rng, 'Quotation for {product}')}`);
    if (rng.chance(0.2)) fm.push(`refs: [PO ${rng.int(1000, 99999)}]`);
  }

  const clean = zh ? ZH_CLEAN : EN_CLEAN;
  const bad = zh ? ZH_VIOLATIONS : EN_VIOLATIONS;
  const quotes = zh ? ZH_QUOTES : EN_QUOTES;
  const list = zh ? ZH_LIST : EN_LIST;
  const sep = zh ? '' : ' ';
  let forcedViolation = violating;
  const sentence = () => {
    if (forcedViolation || (violationRate > 0 && rng.chance(violationRate))) {
      forcedViolation = false;
      return rng.pick(bad);
    }
    let s = fill(rng, rng.pick(clean));
    if (rng.chance(0.04)) s += zh ? ` 型号 \`${fill(rng, '{sku}')}\`。` : ` The model is \`${fill(rng, '{sku}')}\`.`;
    return s;
  };
  const paragraph = (n) => Array.from({ length: n }, sentence).join(sep);

  const blocks = [];
  const head = () => [fill(rng, rng.pick(zh ? ZH_GREETINGS : EN_GREETINGS))];
  if (callPrep) blocks.push(fill(rng, (zh ? CALL_PREP_ZH : CALL_PREP_EN)[0]));
  else blocks.push(head()[0]);
  const signoff = fill(rng, rng.pick(zh ? ZH_SIGNOFFS : EN_SIGNOFFS));
  const fmText = fm.length > 0 ? `---\n${fm.join('\n')}\n---\n` : '';
  let size = bytes(fmText) + bytes(blocks[0]) + bytes(signoff) + 4;
  const budget = Math.max(target, MIN_BYTES);
  while (size < budget) {
    const r = rng.next();
    let block;
    if (r < 0.12) block = Array.from({ length: rng.int(1, 3) }, () => fill(rng, rng.pick(quotes))).join('\n');
    else if (r < 0.22) block = Array.from({ length: rng.int(3, 6) }, () => fill(rng, rng.pick(list))).join('\n');
    else if (r < 0.25 && callPrep) block = fill(rng, rng.pick((zh ? CALL_PREP_ZH : CALL_PREP_EN).slice(1)));
    else if (r < 0.27) block = `<!-- msglint-disable-next-line im-style -->\n${paragraph(1)}`;
    else block = paragraph(chat ? rng.int(1, 3) : rng.int(2, 5));
    blocks.push(block);
    size += bytes(block) + 2;
  }
  // Keep the 20 KB ceiling: drop trailing blocks (never the first) until the draft fits.
  const maxBytes = opts.size !== undefined ? Infinity : MAX_BYTES;
  while (blocks.length > 1 && size > maxBytes) size -= bytes(blocks.pop()) + 2;
  if (violating && !blocks.slice(1).some((b) => bad.some((v) => b.includes(v)))) {
    // The forced violation was dropped with a trailing block: put one back in the first paragraph.
    const v = rng.pick(bad);
    blocks.splice(1, 0, v);
    size += bytes(v) + 2;
    while (blocks.length > 2 && size > maxBytes) size -= bytes(blocks.pop()) + 2;
  }
  let text = fmText + blocks.join('\n\n') + '\n\n' + signoff + '\n';
  if (eol === '\r\n') text = text.replace(/\n/g, '\r\n');
  return {
    name: `${String(index).padStart(6, '0')}-${channel}-${zh ? 'zh' : 'en'}.msg.md`,
    text,
    channel,
    lang: zh ? 'zh' : 'en',
    violating,
  };
}

export function dirOf(index) {
  return `d${String(Math.floor(index / PER_DIR)).padStart(3, '0')}`;
}

/**
 * Writes drafts [0, count) of `seed` under `root/seed-<seed>/dNNN/`; drafts already written by the same
 * generator version are kept, so growing a corpus only writes the new drafts.
 */
export function writeCorpus(root, seed, count) {
  const dir = join(root, `seed-${seed}`);
  const manifestPath = join(dir, 'manifest.json');
  let have = 0;
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.version === GENERATOR_VERSION && manifest.seed === seed) have = manifest.count;
    else rmSync(dir, { recursive: true, force: true });
  }
  let written = 0;
  for (let i = have; i < count; i++) {
    const sub = join(dir, dirOf(i));
    if (i % PER_DIR === 0 || i === have) mkdirSync(sub, { recursive: true });
    const draft = generateDraft(seed, i);
    writeFileSync(join(sub, draft.name), draft.text);
    written++;
  }
  if (count > have) writeFileSync(manifestPath, JSON.stringify({ version: GENERATOR_VERSION, seed, count }));
  return { dir, written };
}

/** The folders holding the first `count` drafts (count must be a multiple of PER_DIR). */
export function corpusDirs(root, seed, count) {
  const dirs = [];
  for (let i = 0; i < count; i += PER_DIR) dirs.push(join(root, `seed-${seed}`, dirOf(i)));
  return dirs;
}
