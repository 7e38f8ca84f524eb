// The normalizer's character table is generated from ICU's NFKC and OpenCC's dictionaries (never
// at run time); this checks that the committed file is what the generator produces today, and
// that the normalizer reads it as the generator means it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldingTable, generateFoldingTable, OUTPUT } from '../../scripts/generate-folding-table.mjs';
import { normalizeText } from '../../server/src/engine/text/normalize.js';

describe('generated folding table', () => {
  it('is up to date (run `node scripts/generate-folding-table.mjs` when this fails)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generateFoldingTable());
  });

  it('is what the normalizer does to each character, and it changes no other', () => {
    const table = foldingTable();
    const differences: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const expected = table.get(cp) ?? ch;
      const actual = normalizeText(ch).text;
      if (actual !== expected) differences.push(`U+${cp.toString(16)}: ${JSON.stringify(actual)}, table ${JSON.stringify(expected)}`);
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });

  it('holds the folds the packs rely on', () => {
    const table = foldingTable();
    const fold = (ch: string) => table.get(ch.codePointAt(0)!);
    expect(fold('Ｗ')).toBe('W'); // full width
    expect(fold('①')).toBe('1');
    expect(fold('а')).toBe('a'); // Cyrillic look-alike
    expect(fold('帳')).toBe('账'); // traditional, then the simplified variant the packs use
    expect(fold('裡')).toBe('里'); // a Taiwan variant, then simplified
    expect(fold('\u200b')).toBe(''); // zero-width space
    expect(fold('！')).toBeUndefined(); // Chinese punctuation ends sentences: kept
    expect(fold('么')).toBeUndefined(); // simplified stays simplified
  });
});
