import { z } from 'zod';
import type { Localized, OffsetEdit, RawFinding } from '../../types.js';
import { defineDetector } from '../detector.js';
import { nonProseSpans, type NonProseSpans } from '../../text/spans.js';
import { scanOf } from '../scan.js';
import { incompletePrices, type PriceFinding } from './prices.js';

const PARTS = {
  currency: { en: 'currency (USD, EUR…)', zh: '币种（美元、欧元等）' },
  unit: { en: 'unit (per piece, per set…)', zh: '计价单位（每件、每套等）' },
  incoterm: { en: 'Incoterm with a named place (FOB Ningbo, EXW Dongguan…)', zh: '贸易术语及指定地点（如 FOB 宁波、EXW 东莞）' },
  place: { en: 'named place for the Incoterm (FOB Ningbo, not just FOB)', zh: '贸易术语的指定地点（如 FOB 宁波，而不只是 FOB）' },
} satisfies Record<string, Localized>;

function joinParts(parts: Localized[]): Localized {
  return {
    en: parts.map((p) => p.en).join('; '),
    zh: parts.map((p) => p.zh).join('、'),
  };
}

/**
 * `quote`: a price stated without currency, unit or Incoterm (with a named place). Weights,
 * sizes, quantities, dates and references are not prices; fees and totals need no unit or term.
 */
export const quoteDetector = defineDetector({
  name: 'quote',
  optionsSchema: z.object({}).strict(),
  fixes: {
    when: 'sometimes',
    why: 'adds placeholders for what is missing (the named place of an Incoterm once per draft, so a later price may have nothing left to add)',
  },
  run(draft) {
    const findings: RawFinding[] = [];
    let placeFixed = false;
    // Prices are read on the normalized prose (traditional Chinese simplified, full width folded,
    // invisible characters dropped: 單價 is 单价) and reported at the original offsets.
    const scan = scanOf(draft, 'prose');
    const norm = scan.norm;
    const startAt = (i: number) => norm.toOriginal(i, i).start;
    const endAt = (i: number) => (i <= 0 ? startAt(0) : norm.toOriginal(i - 1, i).end);
    const spans = nonProseSpans(draft);
    const nonProse: NonProseSpans = {
      spans: spans.spans,
      overlapping: (start, end, kinds) => spans.overlapping(startAt(start), endAt(end), kinds),
    };
    for (const found of incompletePrices(scan.text, scan.sentences, nonProse)) {
      const start = startAt(found.start);
      const end = endAt(found.end);
      const price: PriceFinding = {
        ...found,
        start,
        end,
        price: draft.text.slice(start, end).trim(),
        amountStart: startAt(found.amountStart),
        amountEnd: endAt(found.amountEnd),
        tokenEnd: endAt(found.tokenEnd),
        incotermEnd: found.incotermEnd === undefined ? undefined : endAt(found.incotermEnd),
      };
      const parts: Localized[] = [];
      if (price.missingCurrency) parts.push(PARTS.currency);
      if (price.missingUnit) parts.push(PARTS.unit);
      if (price.missingIncoterm === 'none') parts.push(PARTS.incoterm);
      if (price.missingIncoterm === 'place') parts.push(PARTS.place);
      const edits = fixEdits(price, draft.lang, !placeFixed);
      if (price.missingIncoterm === 'place' && edits.some((e) => e.start === price.incotermEnd)) placeFixed = true;
      findings.push({
        start: price.start,
        end: price.end,
        params: { price: price.price, missing: joinParts(parts) },
        fix:
          edits.length > 0
            ? {
                title: draft.lang === 'zh' ? '补全报价（请核对币种、单位与港口）' : 'Complete the price (check currency, unit and port)',
                edits,
                safe: false,
              }
            : undefined,
      });
    }
    return findings;
  },
});

function fixEdits(price: PriceFinding, lang: 'en' | 'zh', fixPlace: boolean): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  const zh = lang === 'zh';
  if (price.missingCurrency) {
    if (zh) edits.push({ start: price.amountEnd, end: price.amountEnd, newText: '美元' });
    else edits.push({ start: price.amountStart, end: price.amountStart, newText: 'USD ' });
  }
  let tail = '';
  if (price.missingUnit) tail += zh ? '/件' : '/pc';
  if (price.missingIncoterm === 'none') tail += zh ? ' FOB [港口]' : ' FOB [port]';
  if (tail) {
    const at = price.missingUnit ? price.end : price.tokenEnd;
    // Chinese currency goes right after the amount; keep it before the unit when both are added.
    if (zh && price.missingCurrency && at === price.amountEnd) edits[0] = { start: at, end: at, newText: '美元' + tail };
    else edits.push({ start: at, end: at, newText: tail });
  }
  if (price.missingIncoterm === 'place' && fixPlace && price.incotermEnd !== undefined) {
    edits.push({ start: price.incotermEnd, end: price.incotermEnd, newText: zh ? ' [港口]' : ' [port]' });
  }
  return edits;
}
