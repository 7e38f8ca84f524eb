// maskSpans blanks spans by a scan instead of a regex replace (a hotspot in the benchmark profile):
// it must give exactly what the regex version gave.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSpans } from '../../server/src/engine/text/mask.js';
import type { Span } from '../../server/src/engine/text/sentences.js';

/** Deliberate test oracle for maskSpans (server/src/engine/text/mask.ts): the same walk, blanking by regex. */
function reference(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const { start, end } of sorted) {
    const s = Math.max(start, cursor);
    if (end <= s) continue;
    out += text.slice(cursor, s) + text.slice(s, end).replace(/[^\r\n]/g, ' ');
    cursor = end;
  }
  return out + text.slice(cursor);
}

describe('maskSpans', () => {
  it('matches the regex-replace reference on random text and spans', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '中', '😀', '\t', '>', '`'), maxLength: 60 });
    fc.assert(
      fc.property(
        text.chain((t) =>
          fc.tuple(
            fc.constant(t),
            fc.array(
              fc.tuple(fc.nat(t.length), fc.nat(t.length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
              { maxLength: 5 },
            ),
          ),
        ),
        ([t, spans]) => {
          const masked = maskSpans(t, spans);
          expect(masked).toBe(reference(t, spans));
          expect(masked.length).toBe(t.length);
        },
      ),
      { numRuns: 3000, seed: 5 },
    );
  });
});
