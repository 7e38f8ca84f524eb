import tldList from 'tlds' with { type: 'json' };
import { findLinks } from './linkText.js';
import { fastRegExp } from '../../rules/patterns.js';
import { memo, overlapsSorted, type Scan } from '../scan.js';

export interface EmailMatch {
  start: number;
  end: number;
  address: string;
}

/** Addresses of the marketplaces themselves (notifications, support): pointing there is fine. */
const PLATFORM_DOMAINS =
  /(?:^|\.)(?:alibaba|aliexpress|1688|made-in-china|globalsources|dhgate|tradeindia|indiamart|ec21|amazon)\.(?:com|cn|net)$/i;

/** Every delegated top-level domain (IANA's list, from the \`tlds\` package): "name AT host DOT ie" is an address. */
const TLDS: ReadonlySet<string> = new Set(tldList);
const TLD = String.raw`[a-z]{2,24}`;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,40}[a-z0-9])?`;
const AT = String.raw`\s?(?:[(\[{<]\s?(?:at|@|艾特)\s?[)\]}>]|\bat\b|艾特|圈a|@|#)\s?`;
const DOT = String.raw`\s?(?:[(\[{<]\s?(?:dot|点|\.)\s?[)\]}>]|\bdot\b|点|\.|。)\s?`;
/**
 * Addresses written to dodge filters: "amy (at) brightsource (dot) cn", "amy艾特qq点com",
 * "amy#gmail.com", "amy at gmail dot com". The last label must be a top-level domain.
 */
const DISGUISED = fastRegExp(
  `(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]{0,63})${AT}(${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD})(?![a-z0-9])`,
  'giu',
);
const DOT_RE = fastRegExp(DOT, 'giu');
/** Webmail named without its domain: "my gmail is amy.sourcing", "163邮箱 amy2026". */
const WEBMAIL =
  /\b(?:gmail|hotmail|yahoo|foxmail|icloud|outlook\s?mail)\b\s*(?:id|account|address)?\s*(?:is|:|：|=)?\s*([a-z][a-z0-9._-]{3,})\b|(?:qq|163|126|新浪|网易)\s*邮箱\s*(?:是|:|：)?\s*([a-z0-9][a-z0-9._-]{4,})/gi;
const WEBMAIL_NOT_ID = /^(?:account|address|com|please|and|for|the|inbox|mail|is|to)$/i;

/** E-mail addresses in the rep's words, plain or disguised. */
export function findEmails(scan: Scan): EmailMatch[] {
  return memo(scan, 'emails', () => {
    const found: EmailMatch[] = [];
    for (const link of findLinks(scan)) {
      if (!link.email) continue;
      const address = link.url.replace(/^mailto:/i, '');
      if (PLATFORM_DOMAINS.test(address.slice(address.indexOf('@') + 1))) continue;
      found.push({ start: link.start, end: link.end, address });
    }
    const text = scan.text;
    const plain = found.slice();
    DISGUISED.lastIndex = 0;
    for (let m = DISGUISED.exec(text); m; m = DISGUISED.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsSorted(plain, start, end)) continue;
      // "at" and "." alone are ordinary English: require a disguise marker somewhere unless it is a plain address.
      if (/^\s?at\s?$/i.test(m[0].slice(m[1].length, m[0].length - m[2].length)) && !/dot|点|[([]/i.test(m[2]) && !/\.[a-z]/i.test(m[2]))
        continue;
      const domain = m[2].replace(DOT_RE, '.');
      const labels = domain.split('.');
      if (!TLDS.has(labels[labels.length - 1].toLowerCase())) continue;
      // A sentence end is no dot ("a # mark. Is it…"), a version is no host ("kernel#2.4.foo"), and
      // a token that goes on with a real "@" is a message id, not a disguised address.
      const plainDots = !/dot|点|[([]/i.test(m[2]);
      if (/\S[.。]\s/.test(m[2]) || (plainDots && !/[a-z]/i.test(labels[labels.length - 2] ?? '')) || text[end] === '@') continue;
      if (PLATFORM_DOMAINS.test(domain)) continue;
      found.push({ start, end, address: `${m[1]}@${domain}` });
    }
    const sofar = found.slice().sort((a, b) => a.start - b.start);
    WEBMAIL.lastIndex = 0;
    for (let m = WEBMAIL.exec(text); m; m = WEBMAIL.exec(text)) {
      const id = m[1] ?? m[2];
      const start = m.index;
      const end = start + m[0].length;
      if (WEBMAIL_NOT_ID.test(id) || overlapsSorted(sofar, start, end)) continue;
      // "Yahoo Finance", "yahoo groups": a service named after the webmail, not an id.
      const connector = m[0].slice(0, m[0].length - id.length);
      if (!/[:：=]|\b(?:is|id|account|address)\b|邮箱/i.test(connector) && !/[0-9_.]/.test(id)) continue;
      found.push({ start, end, address: id });
    }
    return found.sort((a, b) => a.start - b.start);
  });
}
