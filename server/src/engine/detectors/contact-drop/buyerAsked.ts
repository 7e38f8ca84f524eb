import type { Draft } from '../../draft/parseDraft.js';
import { memorySlot } from '../../draft/draftMemory.js';
import { normalizeText } from '../../text/normalize.js';
import { KOU, WEI, XIN } from './generated/homophones.js';
import { fastRegExp } from '../../rules/patterns.js';
import { REFUSALS_EN, REFUSALS_ZH } from './vocabulary/negations.js';

/** A refusal before the ask in its sentence: "don't send me your WhatsApp", "不要加我微信". */
const REFUSED_BEFORE = new RegExp(
  String.raw`(?:\b(?:${REFUSALS_EN.join('|')})\b[^.?!\n]{0,40}|(?:${REFUSALS_ZH.join('|')})[^。？！\n]{0,8})$`,
  'i',
);

const CONTACT = String.raw`(?:whats\s?app|wh?ats?ap+|we\s?chat|weixin|phone|mobile|cell|tel|telephone|number|e-?mail|mail address|contact|contacts|skype|telegram|line|viber|signal|kakao|zalo|linkedin|wa|qq|vx|wx)`;
const CONTACT_ZH = `(?:微信|[${WEI}][${XIN}]|电话|手机|号码|邮箱|联系方式|联系人|whatsapp|wechat|qq|[${KOU}]{2}|vx|wx|v信|skype|电报)`;

/**
 * The counterpart's quoted message asks for the rep's contact, or offers their own: "Please give me
 * your WeChat", "what's your WhatsApp?", "add me on WhatsApp", "你的微信多少", "怎么联系你".
 */
const ASKED = fastRegExp(
  [
    String.raw`\b(?:give|send|share|tell|leave|provide|drop|pass|need|want|have|get|add|text|ping)\b[^.?!\n]{0,24}\b(?:your|ur|yr)\s+(?:[a-z-]+\s+){0,2}?${CONTACT}\b`,
    String.raw`\b(?:your|ur|yr)\s+(?:[a-z-]+\s+){0,2}?${CONTACT}\b[^.!\n]{0,30}\?`,
    String.raw`\b(?:what(?:'s| is)|may i have|can i have|could i have|can i get|could i get)\s+(?:your|ur)\s+(?:[a-z-]+\s+){0,2}?${CONTACT}\b`,
    String.raw`\b(?:how|where)\s+(?:can|could|do|should)\s+i\s+(?:contact|reach|call|find|add)\s+you\b`,
    String.raw`\b(?:can|could|shall)\s+we\s+(?:talk|chat|continue|speak|connect|communicate)\s+(?:\w+\s+)?(?:on|via|over|by|in)\s+${CONTACT}\b`,
    String.raw`\b(?:do|does)\s+you\s+(?:have|use)\s+${CONTACT}\b`,
    String.raw`\b(?:add|contact|reach|message|call|text)\s+me\s+(?:on|at|via|by|through)\b`,
    String.raw`\bmy\s+${CONTACT}\b(?:\s+(?:id|number|no\.?))?\s*(?:is|:)`,
    String.raw`^[\s>]*(?:buyer:\s*)?${CONTACT}\s*\?`,
    String.raw`\b(?:can|could|may|shall)\s+i\s+(?:call|contact|reach|email|e-mail|text|add|message|whatsapp|skype)\s+you\b`,
    String.raw`\b(?:whats\s?app|wechat|skype|telegram|viber|line id|e-?mail address|phone number|mobile number|cell number|contact (?:details|info|information|number)|number to call)\b[^.?!\n]{0,40}\?`,
    `(?:你|您)(?:们)?的?\\s*${CONTACT_ZH}`,
    `(?:给|发|留)(?:个|一下|下)?(?:你的|您的)?\\s*${CONTACT_ZH}`,
    `有(?:没有)?\\s*${CONTACT_ZH}\\s*(?:吗|么|没)`,
    `${CONTACT_ZH}s*[?？]`,
    `加(?:你|您)`,
    `加(?:个|下|一下)?(?:你|您)?的?\\s*${CONTACT_ZH}`,
    `(?:怎么|如何|怎样)(?:联系|找|加)`,
    `留(?:个|下|一下)?\\s*${CONTACT_ZH}`,
    `(?:加我|我的|联系我)\\s*${CONTACT_ZH}`,
    `${CONTACT_ZH}\\s*(?:多少|是多少|发我|给我)`,
  ].join('|'),
  'gimu',
);

const ASKED_FIRST = memorySlot<boolean>('buyer asked for contact');

/** Whether the counterpart asked for the contact first (then giving it is answering, not a drop). */
export function buyerAskedForContact(draft: Draft): boolean {
  return draft.memory.get(ASKED_FIRST, () => draft.quotedText.length > 0 && asksFirst(normalizeText(draft.quotedText).text));
}

/** Whether a quoted line asks for (or offers) a contact, not refusing one ("please don't add me on WeChat"). */
function asksFirst(quoted: string): boolean {
  ASKED.lastIndex = 0;
  for (let m = ASKED.exec(quoted); m; m = ASKED.exec(quoted)) {
    const lineStart = quoted.lastIndexOf('\n', m.index - 1) + 1;
    if (
      !REFUSED_BEFORE.test(
        quoted.slice(Math.max(lineStart, m.index - 60), m.index + (m[0].match(/^[^a-z\u4e00-\u9fff]*/i)?.[0].length ?? 0)),
      )
    )
      return true;
    if (m[0].length === 0) ASKED.lastIndex++;
  }
  return false;
}
