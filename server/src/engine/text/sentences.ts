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
  let from = sentence.start;
  let to = sentence.end;
  CLAUSE_BREAK.lastIndex = sentence.start;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < sentence.end; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { start: from, end: to };
}
