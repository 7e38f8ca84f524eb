import type { Lang } from '../types.js';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** A draft is Chinese when Han characters carry a fair share of it; one Han character is about one Latin word. */
export function detectLanguage(text: string): Lang {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0) return 'en';
  const latinWords = text.match(LATIN_WORD)?.length ?? 0;
  return han >= latinWords ? 'zh' : 'en';
}
