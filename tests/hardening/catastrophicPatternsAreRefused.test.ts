// Items 10 and 14 of issue 16: the pack guard refuses the shapes that star height misses (bounded
// repeats of overlapping alternatives, neighbouring repeats that share characters), bounds a pack's
// size, and never prints a whole huge pattern in an error.
import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../server/src/engine/index.js';
import { MAX_PACK_STRINGS } from '../../server/src/engine/rules/regexSafety.js';

const rule = (fields: string) =>
  `  - id: t/r\n    severity: warning\n    message: {en: x, zh: x}\n    rationale: {en: x, zh: x}\n    examples: {fail: [x], pass: [y]}\n${fields}`;
const existence = (pattern: string) => `rules:\n${rule(`    kind: existence\n    patterns: [${JSON.stringify(pattern)}]\n`)}`;

// Each of these ran for more than 20 s on a few thousand characters before the check knew the shape.
const CATASTROPHIC = [
  '(a|a){1,100}b',
  '(?:a|aa){1,60}$',
  '(?:\\w|\\d){1,80}$',
  'a*a*a*b',
  '\\d+\\d+\\d+x',
  '.*.*.*=',
  '\\d+\\d+x',
  '\\s*(?:no)?\\s*#?\\s*\\d',
];
// Near misses that are linear or bounded, and common in packs.
const SAFE = [
  '(a|b){1,100}c',
  '(?:a|aa){1,3}$',
  '\\d+\\s*(?:pcs|件)',
  '\\s*(?:no\\.\\s*)?\\d+',
  '\\bfor (?:the )?PO\\s*(?:(?:no\\.|no)\\s*)?(?:#\\s*)?\\d',
  '.*=.*',
  'a+b+a+',
  '[A-Z][A-Z0-9-]{3,}',
];

describe('the pack guard', () => {
  for (const pattern of CATASTROPHIC) {
    it(`refuses ${pattern}`, () => {
      const pack = loadRulePack(existence(pattern), 'p.yaml');
      expect(pack.rules).toEqual([]);
      expect(pack.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^pattern may backtrack catastrophically/)]);
    });
  }

  for (const pattern of SAFE) {
    it(`accepts ${pattern}`, () => {
      const pack = loadRulePack(existence(pattern), 'p.yaml');
      expect(pack.errors).toEqual([]);
      expect(pack.rules).toHaveLength(1);
    });
  }

  it('a pack of 20,000 patterns is refused before anything is compiled, in one short error', () => {
    const patterns = Array.from({ length: 20_000 }, (_, i) => `word${i}`);
    const pack = loadRulePack(`rules:\n${rule(`    kind: existence\n    patterns: ${JSON.stringify(patterns)}\n`)}`, 'big.yaml');
    expect(pack.rules).toEqual([]);
    expect(pack.errors).toHaveLength(1);
    expect(pack.errors[0].message).toBe(`the pack is too large: more than ${MAX_PACK_STRINGS} patterns, phrases and other strings`);
    expect(pack.errors[0].line).toBeLessThanOrEqual(2);
  });

  it('a pack whose strings are huge in total is refused', () => {
    const patterns = Array.from({ length: 200 }, (_, i) => `w${i}${'x'.repeat(1990)}`);
    const pack = loadRulePack(`rules:\n${rule(`    kind: existence\n    patterns: ${JSON.stringify(patterns)}\n`)}`, 'big.yaml');
    expect(pack.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^the pack is too large: more than \d+ characters/)]);
  });

  it('an invalid or over-long pattern is quoted in at most a line, never whole', () => {
    for (const pattern of ['(' + 'x'.repeat(100_000), 'y'.repeat(3000)]) {
      const pack = loadRulePack(existence(pattern), 'p.yaml');
      expect(pack.errors).toHaveLength(1);
      expect(pack.errors[0].message.length).toBeLessThan(200);
    }
  });

  it('a swap whose combined pattern is invalid says so without printing it', () => {
    const swap = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`(?<same>w${i})`, 'x']));
    const pack = loadRulePack(`rules:\n${rule(`    kind: substitution\n    swap: ${JSON.stringify(swap)}\n`)}`, 'p.yaml');
    for (const error of pack.errors) expect(error.message.length).toBeLessThan(300);
  });
});
