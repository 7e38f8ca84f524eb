import { LinkifyIt } from 'linkify-it';
import { memo, type Scan } from './scan.js';

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

/**
 * Links and e-mail addresses in the normalized text. Chinese characters are blanked first (same
 * length) so an address glued to Chinese words (加我amy@qq.com谢谢) still has word boundaries.
 */
export function findLinks(scan: Scan): LinkMatch[] {
  return memo(scan, 'links', () => {
    const text = scan.text.replace(HAN, (m) => ' '.repeat(m.length));
    return (linkify.match(text) ?? []).map((m) => ({
      start: m.index,
      end: m.lastIndex,
      url: m.url,
      email: m.schema === 'mailto:' || m.url.startsWith('mailto:'),
    }));
  });
}
