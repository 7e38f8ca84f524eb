import { formatMessage, type Locale, type Localized } from '../engine/index.js';
import type { MsglintSettings } from '../shared/protocol.js';

/**
 * The language of messages, hover and titles. An explicit `msglint.locale` wins, then the
 * project's `.msglintrc.yaml` `locale`, then the editor's UI language; `zh*` means Chinese.
 */
export function resolveLocale(
  setting: MsglintSettings['locale'],
  configLocale: Locale | undefined,
  clientLocale: string | undefined,
): Locale {
  if (setting && setting !== 'auto') return toLocale(setting);
  if (configLocale) return configLocale;
  return toLocale(clientLocale);
}

export function toLocale(tag: string | undefined | null): Locale {
  return tag && /^zh/i.test(tag) ? 'zh' : 'en';
}

/** A UI string in both languages. */
export function t(locale: Locale, text: Localized, params: Record<string, string> = {}): string {
  return formatMessage(text, locale, params);
}
