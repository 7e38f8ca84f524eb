// call-prep/*: phone call notes need company, reference number, since when, and what is needed.
import { describe, expect, it } from 'vitest';
import { applyFixes, LineIndex } from '../../server/src/engine/index.js';
import { lint } from '../helpers/engine.js';

const RULE = 'call-prep/missing-details';

function draft(body: string, channel = 'phone', lang?: 'en' | 'zh'): string {
  return `---\nchannel: ${channel}\n${lang ? `lang: ${lang}\n` : ''}---\n${body}`;
}
function own(text: string, locale: 'en' | 'zh' = 'en') {
  return lint(text, { locale }).diagnostics.filter((d) => d.ruleId === RULE);
}
function missing(body: string, lang?: 'en' | 'zh', channel = 'phone'): string[] {
  return own(draft(body, channel, lang)).map((d) => d.message.replace(/^Call notes: add /, '').replace(/\.$/, ''));
}
function fixAll(text: string): string {
  const lines = new LineIndex(text);
  const ds = own(text).filter((d) => d.fix);
  return applyFixes(
    text,
    ds.map((d) => ({
      edits: d.fix!.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })),
    })),
  ).text;
}

const COMPANY = 'the company name';
const REF = 'a reference number (order ID, declaration number…)';
const SINCE = 'when the problem began (date and time)';
const NEED = 'what you need from the call';

describe('call-prep: what is missing is reported', () => {
  it.each([
    ['Ask the hotline why our account is blocked.', [COMPANY, REF, SINCE]],
    ['Call the bank.', [COMPANY, REF, SINCE, NEED]],
    ['Company: Bright Source Trading Ltd.\nNeed: release of the shipment held at customs', [REF, SINCE]],
    ['Bright Source Trading Co., Ltd. Order 55102233 is stuck. We need it released.', [SINCE]],
    ['Customs declaration 223320260001, held since Monday. We need the reason.', [COMPANY]],
    ['Our store was suspended on 3 March. Ask them to reinstate it.', [COMPANY, REF]],
  ])('%s', (body, expected) => {
    expect(missing(body)).toEqual(expected);
  });

  it.each([
    ['问一下客服为什么账号被封了。', ['公司名称', '单号（订单号、报关单号等）', '问题开始的时间（日期和时刻）']],
    ['公司：明源贸易有限公司\n报关单号：223320260001\n诉求：尽快放行', ['问题开始的时间（日期和时刻）']],
    ['订单号 55102233，昨天下午开始无法付款，需要恢复。', ['公司名称']],
    ['明源贸易有限公司，订单 55102233 付款一直挂起，请银行放款。', ['问题开始的时间（日期和时刻）']],
  ])('%s', (body, expected) => {
    const text = draft(body, 'phone', 'zh');
    expect(own(text, 'zh').map((d) => d.message.replace(/^通话准备：请补充/, '').replace(/。$/, ''))).toEqual(expected);
  });

  it('reports at the first line, as a warning', () => {
    const text = draft('Ask the hotline why our account is blocked.\nThen email Peter.');
    const ds = own(text);
    expect(ds.every((d) => d.severity === 'warning')).toBe(true);
    expect(text.slice(ds[0].offsets.start, ds[0].offsets.end)).toBe('Ask the hotline why our account is blocked.');
  });
});

describe('call-prep: complete notes and other channels pass', () => {
  it.each([
    'Company: Bright Source Trading Ltd.\nReference: order ID 55102233\nWhen: account blocked since 2026-03-02 14:00\nNeed: reason for the block and how to restore access',
    'Bright Source Trading Co., Ltd., PO #7781: the payment failed yesterday at 10:30. We want a refund or a retry.',
    'Company: Oakline Furniture GmbH. Ticket 88421, opened 12 May. Goal: reissue the invoice with the right VAT number.',
  ])('%s', (body) => {
    expect(missing(body)).toEqual([]);
  });

  it.each([
    '公司：明源贸易有限公司\n报关单号：223320260001\n时间：3月2日起货物被扣\n诉求：了解原因并尽快放行',
    '明源贸易有限公司，订单号 55102233，3月2日14:00开始账号被冻结，需要恢复登录。',
    '我们是明源贸易，报关单号 223320260001，11月18日起被查验，需要知道放行时间。',
  ])('%s', (body) => {
    expect(missing(body, 'zh')).toEqual([]);
  });

  it.each([
    '公司：义乌市佳美日用品有限公司；退税申报批次号：2024-10-003；问题自 10 月 25 日开始（系统提示发票信息不符）；需要：核实是哪张发票不符、如何更正。',
    '给杭州绿源光伏打电话：订单 HZ20240518 自6月1日起报警，需要他们派人检查逆变器。',
    '鸿图公司，订单号 88120033，昨天开始无法付款，需要恢复。',
  ])('a company by its shape, without a label: %s', (body) => {
    expect(missing(body, 'zh')).toEqual([]);
  });

  it.each([
    '订单号：2093847561028374\n时间：从昨天上午 10 点开始店铺无法上新\n需求：恢复上新权限，了解原因',
    '我们公司的订单 88120033 昨天开始无法付款，需要恢复。',
  ])('a bare 店铺 or 我们公司 names no company: %s', (body) => {
    expect(missing(body, 'zh')).toEqual([COMPANY]);
  });

  it('only phone notes are checked', () => {
    expect(missing('Ask the hotline why our account is blocked.', undefined, 'email')).toEqual([]);
    expect(missing('Call the bank.', undefined, 'whatsapp')).toEqual([]);
  });

  it('empty notes are not flagged', () => {
    expect(missing('')).toEqual([]);
  });
});

describe('call-prep: fixes add labelled lines and re-lint clean', () => {
  it('English', () => {
    const text = draft('Call the bank.');
    const fixed = fixAll(text);
    expect(fixed).toBe(
      draft(
        'Company: [company name]\nReference: [order ID / declaration number]\nSince: [date and time the problem began]\nNeed: [what we need from this call]\nCall the bank.',
      ),
    );
    expect(own(fixed)).toEqual([]);
  });

  it('Chinese', () => {
    const text = draft('问一下客服为什么账号被封了。', 'phone', 'zh');
    const fixed = fixAll(text);
    expect(fixed).toBe(
      draft('公司：[公司全称]\n单号：[订单号/报关单号]\n开始时间：[问题开始的日期和时间]\n问一下客服为什么账号被封了。', 'phone', 'zh'),
    );
    expect(own(fixed)).toEqual([]);
  });
});
