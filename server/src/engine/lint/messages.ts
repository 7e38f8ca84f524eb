import type { Locale, Localized } from '../types.js';

/** Fills `{name}` placeholders; localized values follow the message's locale. */
export function formatMessage(template: Localized, locale: Locale, params: Record<string, string | Localized> = {}): string {
  return template[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'string' ? value : value[locale];
  });
}
