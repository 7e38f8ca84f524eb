/** Sentence spans over a (masked) text, for rules that report "at the sentence" or look for context nearby. */
export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? (followed by space or end), at CJK full stops, or at a blank line / line break.
// The dot of a title before a name (Mr. Weber, Dr. Chen) does not end one.
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof))[.!?](?=\s|$)|[。！？；;]|\n\s*\n|\n/gu;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    pushTrimmed(text, start, m[0].startsWith('\n') ? m.index : end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

export function spanContaining(spans: Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

// A clause ends at a comma, colon, semicolon or dash (Western or CJK) inside a sentence.
const CLAUSE_BREAK = /[,，:：;；]|\s[-–—]\s|——/gu;

/**
 * The clause(s) of `sentence` holding [start, end): from the clause break before `start` to the
 * one after `end`. For cues that belong to their own clause ("please send me the password, so you
 * will not miss the PI": the "not" is about something else).
 */
export function clauseAround(text: string, sentence: Span, start: number, end: number): Span {
  return clauseIn(clauseBreaks(text, sentence), sentence, start, end);
}

/** The clause breaks of a sentence, in order; find them once and ask `clauseIn` for each match. */
export function clauseBreaks(text: string, sentence: Span): Span[] {
  const breaks: Span[] = [];
  CLAUSE_BREAK.lastIndex = sentence.start;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < sentence.end; m = CLAUSE_BREAK.exec(text)) {
    breaks.push({ start: m.index, end: m.index + m[0].length });
  }
  return breaks;
}

/** `clauseAround` over breaks found before: a binary search, so many matches in one long sentence stay linear. */
export function clauseIn(breaks: readonly Span[], sentence: Span, start: number, end: number): Span {
  // The last break ending at or before `start`, then the first one starting at or after `end`.
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? breaks[lo - 1].end : sentence.start;
  let k = lo;
  while (k < breaks.length && breaks[k].start < end) k++;
  const to = k < breaks.length ? breaks[k].start : sentence.end;
  return { start: from, end: to };
}
