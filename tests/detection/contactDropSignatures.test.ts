// contact-drop on signatures and real-mail shapes: phones followed by words that start with m or g,
// disguised addresses with any real top-level domain, messenger words that name something else.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/engine.js';

function draft(body: string): string {
  return `---\nchannel: alibaba\nstage: inquiry\n---\n${body}`;
}

/** The contact-drop findings at warning or error: rule and flagged text. */
function contacts(body: string): { rule: string; text: string }[] {
  const text = draft(body);
  return lint(text)
    .diagnostics.filter((d) => d.ruleId.startsWith('contact-drop/') && (d.severity === 'error' || d.severity === 'warning'))
    .map((d) => ({ rule: d.ruleId, text: text.slice(d.offsets.start, d.offsets.end) }));
}

describe('signature phones are phones, whatever word follows', () => {
  it.each([
    [
      'Mob then a city starting with g (EN)',
      'Best regards,\nAmy Chen\nMob: +86 138 2765 4410\nGuangzhou Brightsource Trading',
      '+86 138 2765 4410',
    ],
    ['number then a title starting with m', 'Peter Wang\n+1-415-552-2557\nMedia Liaison', '+1-415-552-2557'],
    ['call … mornings', 'Please call +86 755 2345 6789 mornings.', '+86 755 2345 6789'],
    ['number then a * separator', 'Tel: +353 1 700 5273 * E: sales * W: our site', '+353 1 700 5273'],
    ['ph#:', 'ph#: 415 555 2671', '415 555 2671'],
    ['手机 then 广州 (简体)', '此致\n陈丽\n手机：+86 138 2765 4410\n广州市白云区', '+86 138 2765 4410'],
    ['手機 then 廣州 (繁體)', '此致\n陳麗\n手機：+86 138 2765 4410\n廣州市白雲區', '+86 138 2765 4410'],
  ])('%s', (_, body, phone) => {
    expect(contacts(body)).toContainEqual({ rule: 'contact-drop/phone', text: phone });
  });

  it('a number followed by a unit word is still a quantity, not a phone', () => {
    expect(contacts('We can ship 13800000000 m of cable.').filter((c) => c.rule === 'contact-drop/phone')).toEqual([]);
    expect(contacts('我们可以做 13827654410 米。').filter((c) => c.rule === 'contact-drop/phone')).toEqual([]);
  });
});

describe('messenger ids and disguised addresses in signatures', () => {
  it.each([
    ['ICQ with its number', 'ICQ: 2927491', 'contact-drop/messenger'],
    ['ICQ (繁體 around it)', '聯絡我：ICQ: 2927491', 'contact-drop/messenger'],
    ['name AT host DOT ie', 'Reach me: sean AT example DOT ie', 'contact-drop/email'],
    ['name at host dot com', 'contact jane at acme dot com', 'contact-drop/email'],
    ['a newer top-level domain', 'write to lily (at) brightsource (dot) museum', 'contact-drop/email'],
    ['邮箱 with 点 (简体)', '邮箱：amy 艾特 brightsource 点 ie', 'contact-drop/email'],
    ['郵箱 with 點 (繁體)', '郵箱：amy 艾特 brightsource 點 ie', 'contact-drop/email'],
  ])('%s', (_, body, rule) => {
    expect(contacts(body).map((c) => c.rule)).toContain(rule);
  });

  it('a word that is not a top-level domain does not make an address', () => {
    expect(contacts('Meet Sean at the office dot matrix printer.')).toEqual([]);
  });
});

describe('what is not a contact', () => {
  it.each([
    ['a newspaper named Telegram', 'The Maine Sunday Telegram ran the story on Sunday.'],
    ['the Sunday Telegram', 'It was in the Sunday Telegram last week.'],
    ['command line', 'Run it from the command line: spamassassin -t < mail'],
    ['a line of code', 'We already have a useless line "pm_to_blib" there.'],
    ['a US postcode after a state', 'John Hall, 13464 95th Ave NE, Kirkland WA 98034'],
    ['a service named after webmail', 'Watch out Yahoo Shopping and Yahoo Finance.'],
    ['a URL with ws/ and line= in it', 'See http://cgi.ebay.com/ws/eBayISAPI.dll?ViewItem&line=line&item=1566539449'],
    ['an advert for a messenger with a link', 'Chat with friends online, try MSN Messenger: http://messenger.msn.com'],
    ['load averages', 'Load : 0.57 0.42 0.42, AC on-line'],
    ['a version', 'running Linux kernel 2.4.18-10 since 2002'],
    ['a date and a time', 'Posted on 2002-10-08T03:30:53+01:00, @10:50'],
    ['a sentence end after #', 'every line started with a # mark. Is it the case?'],
    ['a version after #', 'install kernel#2.4.foo-bar first'],
    ['日期与时间 (简体)', '发布于 2026年3月5日 10:50，版本 2.4.18'],
    ['日期與時間 (繁體)', '發佈於 2026年3月5日 10:50，版本 2.4.18'],
  ])('%s', (_, body) => {
    expect(contacts(body)).toEqual([]);
  });
});
