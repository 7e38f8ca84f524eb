import type { Span } from './sentences.js';

/**
 * Blanks the given spans with spaces while keeping every line break, so the masked text has the
 * same length and the same offsets as the original: rules match on it and report original positions.
 */
export function maskSpans(text: string, spans: readonly Span[]): string {
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
