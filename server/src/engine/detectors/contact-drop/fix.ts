import type { FixOffsets, Lang, Localized } from '../../types.js';
import { alreadyHas } from '../../fixes/placement.js';
import { clauseAt, original, type Scan } from '../scan.js';
import { isWhiteSpaceCode } from '../../text/whiteSpace.js';

const NAME_CARD: Localized = {
  en: 'you can get our contact details through the name card exchange on this platform',
  zh: '我们的联系方式可通过平台的“交换名片”功能获取',
};
const TITLE: Localized = {
  en: 'Remove the contact and point to the name card exchange',
  zh: '删除联系方式，改为引导使用平台“交换名片”',
};

/**
 * Replaces the clause holding the contact with the name-card wording (so the sentence around it
 * still reads). Not a safe fix: it rewrites the rep's words.
 */
export function nameCardFix(scan: Scan, start: number, end: number, lang: Lang): FixOffsets | undefined {
  // The draft already points to the name card (an earlier fix): never the same sentence twice.
  if (alreadyHas(scan.text, NAME_CARD[lang])) return undefined;
  const clause = clauseAt(scan, start, end);
  // Keep the clause's own final punctuation.
  let clauseEnd = clause.end;
  const text = scan.text;
  while (clauseEnd > clause.start && /[\s.!?。！？]/u.test(text[clauseEnd - 1])) clauseEnd--;
  let clauseStart = clause.start;
  while (clauseStart < clauseEnd && isWhiteSpaceCode(text.charCodeAt(clauseStart))) clauseStart++;
  const span = original(scan, clauseStart, Math.max(clauseEnd, end));
  let wording = NAME_CARD[lang];
  const sentenceStart = clauseStart === 0 || /(?:^|[.!?。！？\n]\s*)$/u.test(text.slice(Math.max(0, clauseStart - 3), clauseStart));
  if (lang === 'en' && sentenceStart) wording = wording[0].toUpperCase() + wording.slice(1);
  return { title: TITLE[lang], edits: [{ start: span.start, end: span.end, newText: wording }], safe: false };
}
