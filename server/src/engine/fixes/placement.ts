// Where an inserted sentence reads naturally: after the greeting, before the sign-off. Quick fixes
// that insert text use these, so the context sentence never lands before "李总好" and "Thank you!"
// never after the signature.

import { RecentResults } from '../text/recentResults.js';

const LATIN_GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings)\b[^\n\r.!?,，！？:：]{0,40}[,，!！:：]?[ \t]*/iu;
const CHINESE_GREETING = /^(?:[\p{Script=Han}A-Za-z·]{1,6}(?:您好|你好|好)|您好|你好|大家好)(?:[！!，,：:~～][ \t]*|[ \t]*(?=[\r\n]|$))/u;
const LINE_BREAK = /^[ \t]*(?:\r\n|\r|\n)/;

/** Offset just after the greeting that opens the body (and its line break), or the first word of the body. */
export function afterGreeting(text: string, bodyStart: number): number {
  const lead = /^\s*/u.exec(text.slice(bodyStart))![0].length;
  const from = bodyStart + lead;
  const rest = text.slice(from, from + 200);
  const m = LATIN_GREETING.exec(rest) ?? CHINESE_GREETING.exec(rest);
  if (!m) return from;
  let at = from + m[0].length;
  // A greeting on a line of its own: the body starts on the next line with text.
  const br = LINE_BREAK.exec(text.slice(at));
  if (br) {
    at += br[0].length;
    at += /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(text.slice(at))![0].length;
  } else if (!/[,，!！:：]\s*$/u.test(m[0])) {
    return from; // "Hi team members of …": no punctuation, no line break — not clearly a greeting line
  }
  return at;
}

const CLOSING =
  /^(?:best|regards|best regards|kind regards|warm regards|many thanks|thanks|thank you|sincerely|yours sincerely|yours faithfully|cheers|br|此致|敬礼|祝好|顺祝商祺|谢谢|多谢|感谢)(?![A-Za-z])[\p{L}\s]{0,12}[,，!！.。]?[ \t]*$/iu;

/**
 * Offset of the sign-off block at the end of the body ("Best regards,\nAmy", "Amy", "谢谢！\n小吴"),
 * or the end of the text when there is none.
 */
export function beforeSignOff(text: string, bodyStart: number): number {
  const lines: { start: number; text: string }[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  re.lastIndex = bodyStart;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) lines.push({ start: m.index, text: m[0].replace(/[\r\n]+$/, '') });
  let i = lines.length - 1;
  while (i >= 0 && lines[i].text.trim() === '') i--;
  // Up to three short trailing lines: a closing line and the name under it.
  for (let k = i; k >= Math.max(0, i - 2); k--) {
    if (CLOSING.test(lines[k].text.trim())) return k > 0 || lines[k].start > bodyStart ? lines[k].start : text.length;
    if (lines[k].text.trim().length > 30 || /[.?？。]$/.test(lines[k].text.trim())) break;
  }
  // A last paragraph that is only a short name line ("Amy", "小吴").
  if (
    i >= 1 &&
    lines[i - 1].text.trim() === '' &&
    /^[\p{L}.\- ]{1,24}$/u.test(lines[i].text.trim()) &&
    lines[i].text.trim().split(/\s+/).length <= 3
  ) {
    return lines[i].start;
  }
  return text.length;
}

/** Whether the draft already holds the sentence a fix would insert (placeholders and spacing aside). */
export function alreadyHas(text: string, insert: string): boolean {
  const core = insert.trim();
  if (core === '') return true;
  return plainDraft(text).includes(plain(core));
}

const plain = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

// Rules ask once per finding, about the same draft: its plain form is kept for the next question
// (in memory only, replaced by later drafts'), so a draft with 10,000 findings is read once, not
// 10,000 times. Two are kept: the contact fix asks about the normalized text, the others about the
// draft as written, and their questions alternate.
const recentPlain = new RecentResults(2, plain);
function plainDraft(text: string): string {
  return recentPlain.get(text);
}
