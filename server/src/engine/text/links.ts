import { LinkifyIt } from 'linkify-it';

/** One linkify-it instance for the process: links and e-mail addresses, with or without a scheme. */
const linkify = new LinkifyIt();
linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false });

export interface LinkMatch {
  start: number;
  end: number;
  url: string;
  email: boolean;
}

const HAN = /[\p{Script=Han}\u3000-\u303f]/gu;
const SIGNAL = /@|:\/\/|www\.|\.[a-z]{2,}\b/gi;

/**
 * Links and e-mail addresses in a text. Chinese characters are blanked (same length) so an address
 * glued to Chinese words (加我amy@qq.com谢谢) still has word boundaries.
 */
export function findLinksIn(text: string): LinkMatch[] {
  // linkify-it's fuzzy scan costs ~0.5 ms per KB on whole drafts; only the whitespace-delimited
  // tokens that carry a link signal (@, ://, www., .tld) are handed to it.
  const found: LinkMatch[] = [];
  let lastTokenEnd = -1;
  SIGNAL.lastIndex = 0;
  for (let m = SIGNAL.exec(text); m; m = SIGNAL.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    if (start < lastTokenEnd) continue;
    while (start > 0 && !isBoundary(text.charCodeAt(start - 1))) start--;
    while (end < text.length && !isBoundary(text.charCodeAt(end))) end++;
    lastTokenEnd = end;
    SIGNAL.lastIndex = end;
    const token = text.slice(start, end).replace(HAN, (h) => ' '.repeat(h.length));
    for (const link of linkify.match(token) ?? []) {
      found.push({
        start: start + link.index,
        end: start + link.lastIndex,
        url: link.url,
        email: link.schema === 'mailto:' || link.url.startsWith('mailto:'),
      });
    }
  }
  return found;
}

/** Whitespace ends a token; so do CJK punctuation and brackets (Chinese text has no spaces). */
function isBoundary(c: number): boolean {
  return (
    c <= 32 ||
    c === 0x3000 ||
    (c >= 0x3001 && c <= 0x3011) ||
    c === 0xff0c ||
    c === 0xff1a ||
    c === 0xff1b ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0xff08 ||
    c === 0xff09
  );
}
