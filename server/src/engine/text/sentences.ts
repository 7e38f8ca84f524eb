// Sentences and clauses: the one place that says where they end. Each reader needs a slightly
// different clause (a pack's `unlessClause`, the clause around a contact or a price, the items of
// a list rebuilt from a run-on message); the differences are options of one splitter, and the
// presets below name them, so they can be compared side by side.

import { isWhiteSpaceCode } from './whiteSpace.js';

/** A span of a text: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export interface SentenceOptions {
  /** `;` and `；` end a sentence (default true). */
  semicolons?: boolean;
  /** The dot of a title before a name (Mr. Weber, Dr. Chen) does not end one (default true). */
  titles?: boolean;
}

// A sentence ends at . ! ? (followed by space or end), at CJK full stops, or at a blank line / line break.
const SENTENCE_END = {
  default: /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof))[.!?](?=\s|$)|[。！？；;]|\n\s*\n|\n/gu,
  noSemicolons: /(?<!\b(?:Mr|Mrs|Ms|Dr|Prof))[.!?](?=\s|$)|[。！？]|\n\s*\n|\n/gu,
  noTitles: /[.!?](?=\s|$)|[。！？；;]|\n\s*\n|\n/gu,
  noTitlesNoSemicolons: /[.!?](?=\s|$)|[。！？]|\n\s*\n|\n/gu,
};

/** The sentences of a (masked) text, trimmed of whitespace; empty ones are left out. */
export function sentenceSpans(text: string, options: SentenceOptions = {}): Span[] {
  const semicolons = options.semicolons ?? true;
  const titles = options.titles ?? true;
  const end = titles
    ? semicolons
      ? SENTENCE_END.default
      : SENTENCE_END.noSemicolons
    : semicolons
      ? SENTENCE_END.noTitles
      : SENTENCE_END.noTitlesNoSemicolons;
  const spans: Span[] = [];
  let start = 0;
  end.lastIndex = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const after = m.index + m[0].length;
    pushTrimmed(text, start, m[0].startsWith('\n') ? m.index : after, spans);
    start = after;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
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

/**
 * Where a clause ends inside a sentence. Commas and semicolons (`,` `;` `，` `；`) always do; the
 * rest is chosen per reader.
 */
export interface ClauseOptions {
  /** `:` and `：` end a clause too ("the code: send it" is two). */
  colons?: boolean;
  /** The enumeration comma `、` ends a clause too. */
  enumerationComma?: boolean;
  /** Punctuation right before a digit is no break: 20,000 and 3,5,7 are numbers. */
  keepBeforeDigit?: boolean;
  /**
   * Dashes that end a clause. `spaced`: a dash (- – —) with whitespace on both sides, the three
   * together being the break, and the Chinese dash `——`. `between-spaces`: a dash (- – —) with a
   * plain space on each side, the dash alone being the break.
   */
  dashes?: 'spaced' | 'between-spaces';
  /**
   * For the items of a list: a Latin comma ends a clause only before whitespace, and a break takes
   * in the whitespace after `,` `;` `；` and a joining word after `,` or `，` ("…, and MOQ 500" →
   * "MOQ 500"; "，并且…").
   */
  takeJoiningWord?: boolean;
  /**
   * Break at a joining word between words (" and ", " also ", " plus ", 并且, 而且, 另外) instead
   * of at punctuation: the parts of one clause.
   */
  atJoiningWords?: boolean;
}

/** A pack's `unlessClause` (rules/kinds/existence.ts): commas, colons, semicolons and spaced dashes, Western or CJK. */
export const RULE_CLAUSE: ClauseOptions = { colons: true, dashes: 'spaced' };
/** The clause around a contact detail or a cue (detectors/scan.ts): a label before a colon stays with it ("WhatsApp: +86…"). */
export const CONTACT_CLAUSE: ClauseOptions = { dashes: 'between-spaces' };
/** The clause around a price (detectors/quote/prices.ts): `、` separates, a comma inside 20,000 does not. */
export const PRICE_CLAUSE: ClauseOptions = { enumerationComma: true, keepBeforeDigit: true };
/** The items of a numbered list rebuilt from a run-on message (detectors/im-run-on). */
export const LIST_ITEM_CLAUSE: ClauseOptions = { takeJoiningWord: true };
/** The parts of one list item joined by "and", "also", "plus" or 并且 (detectors/im-run-on). */
export const JOINED_CLAUSE: ClauseOptions = { atJoiningWords: true };

const LATIN_JOIN_AFTER_COMMA = /and\s+|but\s+also\s+|also\s+|plus\s+/iuy;
const HAN_JOIN_AFTER_COMMA = /并且|而且|另外|还有|并/iuy;
const LATIN_JOIN_BETWEEN_WORDS = /\s+(?:and|also|plus)\s+(?=\S)/iuy;
const HAN_JOIN_BETWEEN_WORDS = /并且|而且|另外/iuy;

/**
 * Length of the clause break that starts at `i` (0: none). Reads the characters around `i` only
 * (a joining word's whitespace excepted), so a scan over a window stays within it.
 */
export function clauseBreakAt(text: string, i: number, options: ClauseOptions): number {
  const c = text.charCodeAt(i);
  if (options.atJoiningWords) {
    if (isSpace(text, i)) return i > 0 && isSpace(text, i - 1) ? 0 : stickyLength(LATIN_JOIN_BETWEEN_WORDS, text, i);
    return c === 0x5e76 || c === 0x800c || c === 0x53e6 ? stickyLength(HAN_JOIN_BETWEEN_WORDS, text, i) : 0; // 并 而 另
  }
  if (options.takeJoiningWord) {
    if (c === 44) {
      // , then whitespace (a comma inside 20,000 is no break)
      const after = spaceEnd(text, i + 1);
      return after === i + 1 ? 0 : after + stickyLength(LATIN_JOIN_AFTER_COMMA, text, after) - i;
    }
    if (c === 59 || c === 0xff1b) return spaceEnd(text, i + 1) - i; // ; ；
    if (c === 0xff0c) return 1 + stickyLength(HAN_JOIN_AFTER_COMMA, text, i + 1); // ，
    return 0;
  }
  let punctuation = c === 44 || c === 59 || c === 0xff0c || c === 0xff1b; // , ; ， ；
  if (!punctuation && options.colons) punctuation = c === 58 || c === 0xff1a; // : ：
  if (!punctuation && options.enumerationComma) punctuation = c === 0x3001; // 、
  if (punctuation) return options.keepBeforeDigit && isDigit(text.charCodeAt(i + 1)) ? 0 : 1;
  if (options.dashes === 'between-spaces') {
    return isDash(c) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32 ? 1 : 0;
  }
  if (options.dashes === 'spaced') {
    if (isSpace(text, i)) return isDash(text.charCodeAt(i + 1)) && isSpace(text, i + 2) ? 3 : 0;
    if (c === 0x2014 && text.charCodeAt(i + 1) === 0x2014) return 2; // ——
  }
  return 0;
}

/** The clause breaks within `span`, in order (a break may end past it); find them once and ask `clauseIn` for each match. */
export function clauseBreaks(text: string, span: Span, options: ClauseOptions = RULE_CLAUSE): Span[] {
  const breaks: Span[] = [];
  for (let i = span.start; i < span.end; ) {
    const length = clauseBreakAt(text, i, options);
    if (length === 0) i++;
    else {
      breaks.push({ start: i, end: i + length });
      i += length;
    }
  }
  return breaks;
}

/**
 * The clause(s) of `sentence` holding [start, end): from the clause break before `start` to the
 * one after `end`. For cues that belong to their own clause ("please send me the password, so you
 * will not miss the PI": the "not" is about something else).
 */
export function clauseAround(text: string, sentence: Span, start: number, end: number, options: ClauseOptions = RULE_CLAUSE): Span {
  return clauseIn(clauseBreaks(text, sentence, options), sentence, start, end);
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

/**
 * The clause around [start, end), looked for in the window [from, to) only, so a reader that asks
 * for many findings in one long unpunctuated sentence stays linear: it starts after the last break
 * before `start` (else at `from`) and ends at the first break from `end` on (else at `to`).
 */
export function clauseWithin(text: string, window: Span, start: number, end: number, options: ClauseOptions): Span {
  let clauseStart = window.start;
  for (let i = start - 1; i >= window.start; i--) {
    const length = clauseBreakAt(text, i, options);
    if (length > 0 && i + length <= start) {
      clauseStart = i + length;
      break;
    }
  }
  let clauseEnd = window.end;
  for (let i = end; i < window.end; i++) {
    if (clauseBreakAt(text, i, options) > 0) {
      clauseEnd = i;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}

/** The text between the clause breaks, untrimmed (as `String.split` gives them; empty pieces included). */
export function splitClauses(text: string, options: ClauseOptions): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const b of clauseBreaks(text, { start: 0, end: text.length }, options)) {
    pieces.push(text.slice(from, b.start));
    from = b.end;
  }
  pieces.push(text.slice(from));
  return pieces;
}

function isSpace(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWhiteSpaceCode(text.charCodeAt(i));
}

function spaceEnd(text: string, i: number): number {
  while (isSpace(text, i)) i++;
  return i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** - – — */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}

function stickyLength(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? m[0].length : 0;
}
