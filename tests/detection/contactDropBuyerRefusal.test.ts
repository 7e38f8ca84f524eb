// contact-drop/buyer-asked: the buyer asking first makes a contact an answer; a buyer refusing
// contact off the platform ("don't send me your WhatsApp") has not asked.
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/engine.js';

function flagged(body: string): string[] {
  const text = `---\nchannel: alibaba\nstage: inquiry\n---\n${body}`;
  return [
    ...new Set(
      lint(text)
        .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
        .map((d) => d.ruleId),
    ),
  ].sort();
}
function all(body: string): string[] {
  const text = `---\nchannel: alibaba\nstage: inquiry\n---\n${body}`;
  return lint(text).diagnostics.map((d) => d.ruleId);
}

describe('a quoted refusal is not the buyer asking first', () => {
  it.each([
    ['EN', "> Buyer: Please don't send me your WhatsApp, keep it here.\n\nSure. My WhatsApp is +86 138 2765 4410."],
    ['EN, do not add', '> Do not add me on WeChat, we talk here.\n\nOK, my WeChat: amy_2026'],
    ['简体', '> 买家：请不要加我微信，在平台上聊就好。\n\n好的，我的微信：amy_2026'],
    ['繁體', '> 買家：請不要加我微信，在平台上聊就好。\n\n好的，我的微信：amy_2026'],
  ])('%s: the contact is still a drop', (_, body) => {
    expect(flagged(body).some((r) => r.startsWith('contact-drop/'))).toBe(true);
    expect(all(body)).not.toContain('contact-drop/buyer-asked');
  });
});

describe('a quoted ask is the buyer asking first', () => {
  it.each([
    ['EN', "> Buyer: what's your WhatsApp?\n\nMy WhatsApp is +86 138 2765 4410."],
    ['简体, a space before WhatsApp', '> 买家：方便加一下 WhatsApp 吗？\n\n好的，我的 WhatsApp：+86 138 2765 4410'],
    ['繁體, a space before WhatsApp', '> 買家：方便加一下 WhatsApp 嗎？\n\n好的，我的 WhatsApp：+86 138 2765 4410'],
    ['简体, a space before 微信', '> 买家：你的 微信 是多少？\n\n我的微信：amy_2026'],
  ])('%s: the contact is an answer', (_, body) => {
    expect(flagged(body).filter((r) => r.startsWith('contact-drop/'))).toEqual([]);
    expect(all(body)).toContain('contact-drop/buyer-asked');
  });
});
