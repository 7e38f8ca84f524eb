import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, selectFixes } from '../../server/src/engine/index.js';

const edit = (start: number, end: number, newText: string) => ({ start, end, newText });

describe('applyFixes', () => {
  it('applies non-overlapping fixes given in any order', () => {
    const text = 'pls call me pls';
    const r = applyFixes(text, [{ edits: [edit(12, 15, 'please')] }, { edits: [edit(0, 3, 'Please')] }]);
    expect(r).toEqual({ text: 'Please call me please', applied: 2, skipped: 0 });
  });

  it('skips a fix overlapping one already taken (the earlier one wins)', () => {
    const r = applyFixes('abcdef', [{ edits: [edit(1, 4, 'X')] }, { edits: [edit(3, 5, 'Y')] }, { edits: [edit(5, 6, 'Z')] }]);
    expect(r).toEqual({ text: 'aXeZ', applied: 2, skipped: 1 });
  });

  it('a fix is all or nothing: one overlapping edit drops all of its edits', () => {
    const r = applyFixes('abcdef', [{ edits: [edit(1, 2, 'X')] }, { edits: [edit(4, 5, 'E'), edit(1, 3, 'Y')] }]);
    expect(r).toEqual({ text: 'aXcdef', applied: 1, skipped: 1 });
  });

  it('fixes are taken in order of their first edit, ties in the given order', () => {
    const r = applyFixes('abcdef', [{ edits: [edit(3, 5, 'Y')] }, { edits: [edit(1, 4, 'X')] }]);
    expect(r).toEqual({ text: 'aXef', applied: 1, skipped: 1 });
  });

  it('an insertion and a replacement at the same offset never duplicate text', () => {
    expect(applyFixes('ab', [{ edits: [edit(1, 2, 'B')] }, { edits: [edit(1, 1, '1')] }]).text).toBe('a1B');
    expect(applyFixes('ab', [{ edits: [edit(1, 1, '1')] }, { edits: [edit(1, 2, 'B')] }]).text).toBe('a1B');
    expect(applyFixes('ab', [{ edits: [edit(0, 1, 'A')] }, { edits: [edit(1, 1, '1')] }]).text).toBe('A1b');
  });

  it('refuses a fix whose own edits overlap', () => {
    expect(applyFixes('abcd', [{ edits: [edit(0, 2, 'X'), edit(1, 3, 'Y')] }])).toEqual({ text: 'abcd', applied: 0, skipped: 1 });
  });

  it('keeps insertions at the same offset in their given order, and next to a replacement', () => {
    const r = applyFixes('ab', [
      { edits: [edit(1, 1, '1')] },
      { edits: [edit(1, 1, '2')] },
      { edits: [edit(1, 2, 'B')] },
      { edits: [edit(0, 1, 'A')] },
    ]);
    expect(r).toEqual({ text: 'A12B', applied: 4, skipped: 0 });
  });

  it('refuses an insertion strictly inside a replaced range', () => {
    const r = applyFixes('abcd', [{ edits: [edit(0, 4, 'X')] }, { edits: [edit(2, 2, '!')] }]);
    expect(r).toEqual({ text: 'X', applied: 1, skipped: 1 });
  });

  it('skips invalid edits instead of garbling the text', () => {
    const r = applyFixes('abc', [{ edits: [edit(2, 1, 'X')] }, { edits: [edit(-1, 0, 'X')] }, { edits: [edit(1, 9, 'X')] }]);
    expect(r).toEqual({ text: 'abc', applied: 0, skipped: 3 });
  });

  it('a fix without edits changes nothing', () => {
    expect(applyFixes('abc', [{ edits: [] }]).text).toBe('abc');
  });

  it('takes exactly the fixes a naive pairwise check takes (random fixes)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.nat(30), fc.nat(4), fc.string({ maxLength: 2 })), { minLength: 1, maxLength: 3 }), { maxLength: 25 }),
        (raw) => {
          const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
          const fixes = raw.map((edits) => ({ edits: edits.map(([s, len, t]) => edit(s, s + len, t)) }));
          expect(applyFixes(text, fixes)).toEqual(naive(text, fixes));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('selectFixes names the fixes applyFixes takes', () => {
    const fixes = [{ edits: [edit(3, 5, 'Y')] }, { edits: [edit(1, 4, 'X')] }, { edits: [edit(5, 6, 'Z')] }, { edits: [edit(9, 9, '!')] }];
    expect(selectFixes(6, fixes)).toEqual({ taken: [1, 2], edits: [edit(1, 4, 'X'), edit(5, 6, 'Z')], skipped: 2 });
  });

  it('applies 100 000 fixes at once', () => {
    const n = 100_000;
    const text = 'pls '.repeat(n);
    const fixes = Array.from({ length: n }, (_, i) => ({ edits: [edit(i * 4, i * 4 + 3, 'please')] })).reverse();
    const r = applyFixes(text, fixes);
    expect(r.applied).toBe(n);
    expect(r.text).toBe('please '.repeat(n));
  });
});

type Edit = ReturnType<typeof edit>;

/** The obvious O(n²) reading of applyFixes' contract, to compare against. */
function naive(text: string, fixes: { edits: Edit[] }[]) {
  const conflict = (a: Edit, b: Edit) => {
    if (a.start === a.end || b.start === b.end) {
      const [p, o] = a.start === a.end ? [a, b] : [b, a];
      return p.start > o.start && p.start < o.end;
    }
    return a.start < b.end && b.start < a.end;
  };
  const order = fixes
    .map((fix, index) => ({ fix, index, first: Math.min(...fix.edits.map((e) => e.start)) }))
    .sort((a, b) => a.first - b.first || a.index - b.index);
  const taken: { e: Edit; seq: number }[] = [];
  let skipped = 0;
  for (const { fix } of order) {
    const ok =
      fix.edits.every((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length) &&
      fix.edits.every((e, i) => fix.edits.every((f, j) => i === j || !conflict(e, f))) &&
      fix.edits.every((e) => taken.every((t) => !conflict(e, t.e)));
    if (!ok) {
      skipped++;
      continue;
    }
    const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const e of sorted) taken.push({ e, seq: taken.length });
  }
  taken.sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.seq - b.seq);
  let out = '';
  let cursor = 0;
  for (const { e } of taken) {
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return { text: out + text.slice(cursor), applied: fixes.length - skipped, skipped };
}
