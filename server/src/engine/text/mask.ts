import type { Span } from './sentences.js';

/**
 * Blanks the given spans with spaces while keeping every line break, so the masked text has the
 * same length and the same offsets as the original: rules match on it and report original positions.
 */
// tests/bench/mask.test.ts keeps the regex-replace version of this loop: a deliberate test oracle
// for maskSpans (the same walk over spans, blanking by regex), not a copy to merge.
export function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const { start, end } of sorted) {
    const s = Math.max(start, cursor);
    if (end <= s) continue;
    out += text.slice(cursor, s) + blank(text, s, end);
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** text[start, end) with every UTF-16 unit but \r and \n turned into a space (a scan, not a regex replace: masking was a hotspot). */
function blank(text: string, start: number, end: number): string {
  let out = '';
  let run = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out += ' '.repeat(i - run) + (c === 10 ? '\n' : '\r');
      run = i + 1;
    }
  }
  return out + ' '.repeat(end - run);
}
