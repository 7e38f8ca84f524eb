// The lookahead guard in front of a leading lookbehind is a speed rewrite: it must never change
// a match. Checked on every built-in pattern that begins with a lookbehind, over real drafts and
// random texts made of the pattern's own words, and on hand-written shapes where a careless
// rewrite would go wrong (captures, names, back-references, alternatives, classes with `)`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardLeadingLookbehind } from '../../server/src/engine/rules/lookbehindGuard.js';
import { builtinRules } from '../helpers/engine.js';

function allMatches(source: string, flags: string, text: string): string[] {
  const re = new RegExp(source, flags);
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.slice(1))}:${JSON.stringify(m.groups ?? null)}`);
}

function leadingLookbehindPatterns(): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && (value.startsWith('(?<=') || value.startsWith('(?<!'))) found.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  for (const rule of builtinRules().rules) visit(rule.definition);
  return [...found];
}

describe('guardLeadingLookbehind', () => {
  it('adds a lookahead of what follows the lookbehinds', () => {
    expect(guardLeadingLookbehind('(?<=please )send')).toBe('(?=send)(?<=please )send');
    expect(guardLeadingLookbehind('(?<=a)(?<!b)c(d)')).toBe('(?=c(?:d))(?<=a)(?<!b)c(d)');
    expect(guardLeadingLookbehind('(?<=a)(?<n>b)[(]')).toBe('(?=(?:b)[(])(?<=a)(?<n>b)[(]');
  });

  it('leaves alone what it cannot rewrite exactly', () => {
    for (const source of ['send', '(?<=a)b|c', '(?<=(a))b\\1', '(?<=(?<x>a))\\k<x>', '(?<=a)', '(?<=a', 'x(?<=a)b']) {
      expect(guardLeadingLookbehind(source)).toBe(source);
    }
  });

  it('the built-in packs have patterns it rewrites', () => {
    const rewritten = leadingLookbehindPatterns().filter((p) => guardLeadingLookbehind(p) !== p);
    expect(rewritten.length).toBeGreaterThanOrEqual(2);
  });

  it('finds exactly the same matches for every built-in pattern that begins with a lookbehind', () => {
    const patterns = leadingLookbehindPatterns();
    // Words of the patterns themselves make texts that do match: requests, credentials, 把…发我.
    const words = [...new Set(patterns.flatMap((p) => p.replace(/\\[bsSdDwW]/g, ' ').match(/[A-Za-z]{2,}|\p{Script=Han}{1,3}/gu) ?? []))];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', '. ', '，', '。', '\n', '-', 'you ', 'please ', '把')), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        for (const p of patterns) {
          for (const flags of ['gi', 'g'])
            expect(allMatches(guardLeadingLookbehind(p), flags, sample)).toEqual(allMatches(p, flags, sample));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps groups, names and alternatives inside the rest exactly', () => {
    const shapes = ['(?<=a|b)(c|d)+(?<n>e)?', '(?<![)\\]])(?:x|y)[^)]*\\)', '(?<=^|\\s)(a)(?=b)', '(?<=[]a])b', '(?<=[^])b'];
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'x', 'y', ')', ']', ' ', '\\'), maxLength: 30 });
    fc.assert(
      fc.property(text, (sample) => {
        for (const p of shapes) expect(allMatches(guardLeadingLookbehind(p), 'g', sample)).toEqual(allMatches(p, 'g', sample));
      }),
      { numRuns: 500 },
    );
  });
});
