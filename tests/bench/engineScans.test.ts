// LineIndex and detectLanguage count without per-character regexes or arrays (they showed in the
// benchmark profile); they must give exactly what the straightforward versions give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';
import { detectLanguage } from '../../server/src/engine/draft/detectLanguage.js';
import { generateDraft } from '../../bench/generator.mjs';

/** Deliberate test oracle for LineIndex's line starts (server/src/engine/text/lineIndex.ts): every unit scanned. */
function referenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function referenceLanguage(text: string): 'en' | 'zh' {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han === 0) return 'en';
  const latinWords = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  return han >= latinWords ? 'zh' : 'en';
}

const units = [
  'a',
  'Z',
  'ab ',
  'word ',
  '中',
  '文字',
  '𠀀',
  '𪚥',
  '\uD840',
  '\uDC00',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '1',
  'é',
  '@',
  '[',
  '`',
  '{',
  'Ａ',
  '😀',
  '〇',
  '々',
];
const text = fc.string({ unit: fc.constantFrom(...units), maxLength: 80 });

describe('engine scans', () => {
  it('LineIndex finds the same line starts as a unit-by-unit scan', () => {
    fc.assert(
      fc.property(text, (t) => {
        const index = new LineIndex(t);
        const starts = referenceStarts(t);
        expect(index.lineCount).toBe(starts.length);
        starts.forEach((s, line) => {
          expect(index.lineStart(line)).toBe(s);
        });
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('detectLanguage decides as counting regex matches does', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(detectLanguage(t)).toBe(referenceLanguage(t));
      }),
      { numRuns: 3000, seed: 4 },
    );
    for (let i = 0; i < 300; i++) {
      const { text: draft } = generateDraft(2, i);
      expect(detectLanguage(draft)).toBe(referenceLanguage(draft));
      expect(new LineIndex(draft).lineCount).toBe(referenceStarts(draft).length);
    }
  });
});
