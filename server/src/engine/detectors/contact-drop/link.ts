import { findLinks } from './linkText.js';
import { fastRegExp } from '../../rules/patterns.js';
import { memo, overlapsSorted, type Scan } from '../scan.js';

export interface MessengerLink {
  start: number;
  end: number;
  url: string;
}

/** Hosts (and paths) of messenger and social profiles: a link there takes the buyer off the platform. */
const MESSENGER_HOST =
  /^(?:[a-z]+:\/\/)?(?:www\.)?(?:wa\.me|wa\.link|(?:api|chat|web)\.whatsapp\.com|whatsapp\.com\/(?:send|dl|channel)|t\.me|telegram\.(?:me|dog)|u\.wechat\.com|weixin\.qq\.com|wechat\.com\/|qm\.qq\.com|wpa\.qq\.com|(?:jq\.)?qq\.com\/|line\.me|lin\.ee|join\.skype\.com|skype\.com\/|(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|company|pub)\/|(?:m\.)?facebook\.com\/|fb\.com\/|m\.me\/|instagram\.com\/|viber\.com\/|invite\.viber\.com|signal\.me|(?:open\.)?kakao\.com|zalo\.me|dingtalk\.com\/|qr\.dingtalk\.com)/i;
/** App schemes that open a chat directly. */
const APP_SCHEME =
  /\b(?:whatsapp|weixin|wechat|tg|viber|line|mqq|kakaotalk|zalo):\/\/[a-z0-9?=&%_.+\-/]+|\bskype:[a-z0-9._-]+\?(?:chat|call|add)\b/gi;

const DOT = String.raw`\s?(?:[(\[{<]\s?(?:dot|点|\.)\s?[)\]}>]|\bdot\b|点|。)\s?`;
/** Messenger links with the dot written out ("wa(dot)me/86139…", "t点me/amy"). */
const DISGUISED = fastRegExp(
  String.raw`\b(?:wa|t|line|lin|zalo|signal|m)${DOT}(?:me|link|ee)\s?\/\s?[a-z0-9_+\-./?=&%]+|\b(?:whatsapp|linkedin|facebook|instagram|skype|telegram)${DOT}com\s?\/\s?[a-z0-9_+\-./?=&%]+`,
  'giu',
);

export function findMessengerLinks(scan: Scan): MessengerLink[] {
  return memo(scan, 'messengerLinks', () => {
    const found: MessengerLink[] = [];
    for (const link of findLinks(scan)) {
      if (link.email) continue;
      if (MESSENGER_HOST.test(link.url.replace(/^https?:\/\//i, ''))) found.push({ start: link.start, end: link.end, url: link.url });
    }
    const fromLinkify = found.slice();
    for (const re of [APP_SCHEME, DISGUISED]) {
      re.lastIndex = 0;
      for (let m = re.exec(scan.text); m; m = re.exec(scan.text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (!overlapsSorted(fromLinkify, start, end)) found.push({ start, end, url: m[0] });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
}
