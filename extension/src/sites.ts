// Which channel a site's drafts are written for, and the host pattern a site is enabled by.
import type { Channel } from '../../web/engine/index.js';

/** Known sites (a host or a parent domain) → channel. The user can change any of them per site. */
export const DEFAULT_CHANNELS: Record<string, Channel> = {
  'alibaba.com': 'alibaba',
  'aliexpress.com': 'marketplace',
  '1688.com': 'marketplace',
  'made-in-china.com': 'marketplace',
  'globalsources.com': 'marketplace',
  'dhgate.com': 'marketplace',
  'mail.google.com': 'email',
  'outlook.live.com': 'email',
  'outlook.office.com': 'email',
  'outlook.office365.com': 'email',
  'mail.qq.com': 'email',
  'exmail.qq.com': 'email',
  'mail.163.com': 'email',
  'web.whatsapp.com': 'whatsapp',
  'www.linkedin.com': 'linkedin',
  'web.telegram.org': 'telegram',
  'wx.qq.com': 'wechat',
  'messages.google.com': 'sms',
};

/** Sites not in the list are most often webmail or a CRM: e-mail is the safest default. */
export const FALLBACK_CHANNEL: Channel = 'email';

export interface SiteSettings {
  enabled: boolean;
  channel: Channel;
}

export type SiteTable = Record<string, SiteSettings>;

/** The entry for a host: its own, else its nearest parent domain's (mail.alibaba.com → alibaba.com). */
export function siteKey(host: string, table: SiteTable): string | undefined {
  for (let h = host; ; h = h.slice(h.indexOf('.') + 1)) {
    if (table[h]) return h;
    if (!h.includes('.')) return undefined;
  }
}

export function defaultChannel(host: string): Channel {
  for (let h = host; ; h = h.slice(h.indexOf('.') + 1)) {
    if (DEFAULT_CHANNELS[h]) return DEFAULT_CHANNELS[h];
    if (!h.includes('.')) return FALLBACK_CHANNEL;
  }
}

/** Match patterns for a site: the host itself and its subdomains, on http and https (any port). */
export function sitePatterns(site: string): string[] {
  const ip = /^[\d.]+$/.test(site) || site === 'localhost';
  return ip ? [`*://${site}/*`] : [`*://${site}/*`, `*://*.${site}/*`];
}
