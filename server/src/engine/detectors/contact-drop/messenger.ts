import { findMessengerLinks } from './link.js';
import {
  ID_AFTER,
  ID_NEAR,
  INVITE_STRONG_BEFORE,
  INVITE_ZH_AFTER,
  INVITE_ZH_BEFORE,
  MESSENGER_NOT_CONTACT_AFTER,
  MESSENGER_NOT_CONTACT_BEFORE,
  MESSENGER_STRONG,
  MESSENGER_WEAK,
  NEGATED_AFTER,
  NEGATED_BEFORE,
  NOT_AN_ID,
  SAME_NUMBER,
} from './lexicon.js';
import { findPhones } from './phone.js';
import { after, before, inNonProse, memo, overlapsSorted, sentenceAt, type Scan } from '../scan.js';
import { MESSENGER_INTRODUCERS, MESSENGER_WORDS_NEEDING_LABEL } from './vocabulary/messengers.js';

/** The word right before a name, when it is a plain word and not one that introduces a messenger. */
const ORDINARY_WORD_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?!(?:${MESSENGER_INTRODUCERS.join('|')})\s+$)[a-z]+\s+$`, 'i');

/** A messenger name or id is never read out of a link, an address, a postcode or code. */
const NOT_A_MESSENGER = ['url', 'email', 'postcode', 'encoded'] as const;
/** Two title-case words before the name: part of a proper name ("Maine Sunday Telegram", "the Sunday Telegram"). */
const PROPER_NAME_BEFORE = /(?:\b[A-Z][a-z]+|\bthe)\s+[A-Z][a-z]+\s+$/;

const NAME_CARD = /\bname\s?cards?\b|\bcard exchange\b|\bbusiness card\b|交换名片|名片/i;

export interface MessengerMatch {
  start: number;
  end: number;
  /** The messenger name as written (normalized). */
  name: string;
  /** The id given with it, if any. */
  id?: string;
}

/**
 * Messenger handles and invitations: "WeChat ID: amy_sourcing", "add me on WhatsApp", "加我微信",
 * "威信 amy2026", "vx: amy", "微信同号". A spelled-out messenger name counts unless negated ("not on
 * WhatsApp") or a payment feature (WeChat Pay); homophones and abbreviations need an id, "同号" or
 * an invitation ("加我", "vx详聊", "ping me on WA") with them. A name whose id is a phone number already reported, or a messenger link, is
 * left to those rules (one finding per contact).
 */
export function findMessengers(scan: Scan): MessengerMatch[] {
  return memo(scan, 'messengers', () => {
    const phones = findPhones(scan);
    const links = findMessengerLinks(scan);
    const found: MessengerMatch[] = [];
    let strongFound: MessengerMatch[] = [];
    const text = scan.text;
    const nameCardBySentence = new Map<number, boolean>();
    const pointsToNameCard = (offset: number): boolean => {
      const sentence = sentenceAt(scan, offset);
      let answer = nameCardBySentence.get(sentence.start);
      if (answer === undefined) nameCardBySentence.set(sentence.start, (answer = NAME_CARD.test(text.slice(sentence.start, sentence.end))));
      return answer;
    };
    for (const [pattern, strong] of [
      [MESSENGER_STRONG, true],
      [MESSENGER_WEAK, false],
    ] as const) {
      pattern.lastIndex = 0;
      if (!strong) strongFound = found.slice();
      let lastEnd = -1;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        const nameEnd = start + m[0].length;
        if (start < lastEnd || overlapsSorted(links, start, nameEnd) || (!strong && overlapsSorted(strongFound, start, nameEnd))) continue;
        if (inNonProse(scan, start, nameEnd, NOT_A_MESSENGER)) continue;
        // "command line", "a signal": an ordinary word before a name that is an English word too.
        if (!strong && MESSENGER_WORDS_NEEDING_LABEL.test(m[0].trim()) && ORDINARY_WORD_BEFORE.test(before(scan, start, 24))) continue;
        const tail = after(scan, nameEnd, 60);
        if (MESSENGER_NOT_CONTACT_AFTER.test(tail)) continue;
        const head = before(scan, start, 40);
        if (MESSENGER_NOT_CONTACT_BEFORE.test(head) || NEGATED_BEFORE.test(head) || NEGATED_AFTER.test(tail)) continue;
        // Further away, an id counts only across Chinese words ("V信搜一下 chenlin_furniture"), not English ones.
        let idMatch = ID_AFTER.exec(tail);
        if (!idMatch) {
          const near = ID_NEAR.exec(tail);
          if (near && !/[a-z0-9]/i.test(near[0].slice(0, near[0].length - near.groups!.id.length))) idMatch = near;
        }
        let id = idMatch?.groups?.id;
        if (id && NOT_AN_ID.test(id)) id = undefined;
        // An id needs a separator or an id-like shape: "WhatsApp for more" is not an id. After an
        // abbreviation ("line is busy") only an explicit label or an id-shaped token counts.
        const connector = idMatch ? idMatch[0].slice(0, idMatch[0].length - (id?.length ?? 0)) : '';
        // A plain word after "is" is not an id either ("WhatsApp number is available"), but ids with
        // digits, "_", "." or "-" are ("my WeChat is amy_2026").
        const labelled = strong ? /[:：=是为@]|\bid\b|号/i.test(connector) : /[:：=@]|\bid\b|号/i.test(connector);
        if (id && !labelled && (!/[0-9_.-]/.test(id) || MESSENGER_WORDS_NEEDING_LABEL.test(m[0].trim()))) id = undefined;
        // An "id" that is the start of a link or a postcode ("Messenger: http://…", "WA 98034") is none.
        if (id && idMatch) {
          const idEnd = nameEnd + idMatch[0].length;
          if (inNonProse(scan, idEnd - id.length, idEnd, NOT_A_MESSENGER)) id = undefined;
        }
        // A name inside a proper name (a newspaper called the Telegram) names no messenger.
        if (strong && !id && PROPER_NAME_BEFORE.test(head) && !INVITE_STRONG_BEFORE.test(head)) continue;
        const sameNumber =
          SAME_NUMBER.test(tail.slice(0, 16)) ||
          /同号/u.test(head.slice(-6)) ||
          /(?:电话|手机号?|号码|tel|phone|mobile)\s?(?:同|=|跟|和)\s?$/iu.test(head.slice(-10));
        // An abbreviation alone is a word like any other: it needs an id, "同号" or an invitation.
        if (
          !strong &&
          !id &&
          !sameNumber &&
          !INVITE_ZH_BEFORE.test(head) &&
          !INVITE_ZH_AFTER.test(tail) &&
          !INVITE_STRONG_BEFORE.test(head)
        )
          continue;
        // "Our WhatsApp is on the name card": pointing to the platform's name card exchange is fine.
        if (!id && !sameNumber && pointsToNameCard(start)) continue;
        let end = nameEnd;
        if (id && idMatch) {
          const idEnd = nameEnd + idMatch[0].length;
          const idStart = idEnd - id.length;
          // The id is a phone number the phone rule reports: one finding for one contact.
          if (overlapsSorted(phones, idStart, idEnd)) continue;
          end = idEnd;
        }
        found.push({ start, end, name: m[0], id });
        lastEnd = end;
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
}
