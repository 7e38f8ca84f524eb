import { asciiRunEnd, asciiTable } from './asciiRuns.js';
import { DROPPED, FOLDED_FROM, FOLDED_TO } from './generated/foldingTable.js';
import { RecentResults } from './recentResults.js';

/**
 * A text rewritten for matching (look-alike characters folded, invisible characters dropped,
 * traditional Chinese simplified, spoken Chinese digits turned into digits) that remembers, for
 * each of its UTF-16 units, which units of the original produced it. Detectors match on `text`
 * and report `toOriginal(start, end)`, so the diagnostic underlines what the rep actually typed.
 */
export interface NormalizedText {
  readonly text: string;
  readonly original: string;
  /** The original span that produced the normalized span [start, end). */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** Original offset of normalized offset `i` (a start position). */
  originalStart(i: number): number;
}

// Tables: what happens to each character, from text/generated/foldingTable.ts
// (scripts/generate-folding-table.mjs works it out from ICU's NFKC and OpenCC's dictionaries:
// full-width forms, circled and other digits, dashes, Cyrillic and Greek look-alikes, traditional
// Chinese, invisible characters).

const KEEP = 0;
const DROP = 0xffff;
/** BMP code unit → 0 (keep), DROP, or index + 1 into REPLACEMENTS. */
const BMP = new Uint16Array(0x10000);
const REPLACEMENTS: string[] = [''];
/** Astral code points (mathematical digits and letters, enclosed digits, rare Han) → replacement. */
const ASTRAL = new Map<number, string>();

/**
 * Reads the tables on first use: drafts in plain ASCII (most English ones) never pay for them.
 */
let tablesReady = false;
function buildTables(): void {
  for (const cp of DROPPED) BMP[cp] = DROP;
  const replacements = FOLDED_TO.split('\n');
  for (let i = 0; i < FOLDED_FROM.length; i++) {
    const cp = FOLDED_FROM[i];
    if (cp >= 0x10000) ASTRAL.set(cp, replacements[i]);
    else {
      REPLACEMENTS.push(replacements[i]);
      BMP[cp] = REPLACEMENTS.length - 1;
    }
  }
  // Last: a build interrupted part-way (the rule time budget stops whatever runs) is redone in full
  // next time, never taken as done. Every step above is idempotent.
  tablesReady = true;
}

/** Chinese digits, written, financial and spoken (幺 one, 两 two, 洞 zero, 拐 seven, 勾 nine), after simplification. */
const CHINESE_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  洞: '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  两: '2',
  贰: '2',
  三: '3',
  叁: '3',
  参: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  拐: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  勾: '9',
  玖: '9',
};
const CHINESE_DIGIT_CLASS = Object.keys(CHINESE_DIGITS).join('');
// No `u` flag on these two: every character is in the BMP, and V8 scans faster without it.
const HAS_CHINESE_DIGIT = new RegExp(`[${CHINESE_DIGIT_CLASS}]`);
/**
 * A run of digits (Arabic or Chinese) with short separators between them, possibly split over
 * lines. Chinese digits are converted only inside runs with enough digits to be a number
 * (so 一起, 三三两两 and 二〇二六年 stay as they are... the last one is a year either way).
 */
const DIGIT_RUN = new RegExp(`[0-9${CHINESE_DIGIT_CLASS}](?:[ \\t\\-._·/、]{0,3}(?:\\r?\\n[ \\t]*)?[0-9${CHINESE_DIGIT_CLASS}])+`, 'g');
const MIN_RUN_DIGITS = 5;

// ---------------------------------------------------------------------------------------------

const HAN_OR_NONASCII = /[^\x00-\x7f]/;

class Identity implements NormalizedText {
  constructor(readonly text: string) {}
  get original(): string {
    return this.text;
  }
  toOriginal(start: number, end: number) {
    return { start, end };
  }
  originalStart(i: number): number {
    return i;
  }
}

class Mapped implements NormalizedText {
  constructor(
    readonly text: string,
    readonly original: string,
    /** starts[i]: original offset where normalized unit i comes from; starts[text.length] = original length. */
    readonly starts: Int32Array,
    /** ends[i]: original offset just past the source of normalized unit i. */
    readonly ends: Int32Array,
  ) {}
  toOriginal(start: number, end: number) {
    const n = this.text.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) {
      const at = this.starts[s];
      return { start: at, end: at };
    }
    return { start: this.starts[s], end: this.ends[e - 1] };
  }
  originalStart(i: number): number {
    return this.starts[Math.max(0, Math.min(i, this.text.length))];
  }
}

/**
 * Normalizes `text` for matching. ASCII-only text is returned as is (no copy, identity map).
 * Line breaks are never changed, so line structure survives.
 */
export function normalizeText(text: string): NormalizedText {
  // The contact scan and the keyword view of a draft normalize the same text (its prose, which is
  // also its visible text when there is no code): the last result serves the second. Results are
  // immutable.
  return lastNormalized.get(text);
}

const lastNormalized = new RecentResults(1, normalizeUncached);

function normalizeUncached(text: string): NormalizedText {
  // ASCII only (most English drafts): no table applies, and there are no Chinese digits.
  if (!HAN_OR_NONASCII.test(text)) return digitsNormalized(text, false);
  if (!tablesReady) buildTables();
  const first = firstChangedUnit(text);
  // Nothing to fold or drop (most Chinese drafts): no unit-by-unit map to build.
  if (first < 0) return digitsNormalized(text, true);
  let capacity = text.length + 16;
  let starts = new Int32Array(capacity + 1);
  let ends = new Int32Array(capacity + 1);
  let out = '';
  // The units before the first change map to themselves.
  starts.set(identityMap(first + 1).subarray(0, first));
  ends.set(identityMap(first + 1).subarray(1, first + 1));
  let n = first; // normalized length so far
  let copyFrom = 0; // start of a pending run copied unchanged
  let changed = false;
  const grow = (need: number) => {
    if (n + need <= capacity) return;
    capacity = Math.max(capacity * 2, n + need + 16);
    const s = new Int32Array(capacity + 1);
    s.set(starts.subarray(0, n));
    starts = s;
    const e = new Int32Array(capacity + 1);
    e.set(ends.subarray(0, n));
    ends = e;
  };
  let i = first;
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      grow(1);
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let replacement: string | undefined;
    let drop = false;
    if (cp < 0x10000) {
      const slot = BMP[cp];
      if (slot === DROP) drop = true;
      else if (slot !== KEEP) replacement = REPLACEMENTS[slot];
    } else {
      replacement = ASTRAL.get(cp);
    }
    if (!drop && replacement === undefined) {
      // Unchanged (possibly a surrogate pair): each unit maps to itself.
      grow(width);
      for (let k = 0; k < width; k++) {
        starts[n] = i + k;
        ends[n] = i + k + 1;
        n++;
      }
      i += width;
      continue;
    }
    // Flush the unchanged run before this character, then emit the replacement.
    out += text.slice(copyFrom, i);
    changed = true;
    if (drop) {
      // Invisible characters join the previous unit's source, so an underline covers them.
      if (n > 0) ends[n - 1] = i + width;
    } else {
      const r = replacement!;
      grow(r.length);
      for (let k = 0; k < r.length; k++) {
        starts[n] = i;
        ends[n] = i + width;
        n++;
      }
      out += r;
    }
    i += width;
    copyFrom = i;
  }
  if (!changed) out = text;
  else out += text.slice(copyFrom);
  starts[n] = len;
  ends[n] = len;

  if (HAS_CHINESE_DIGIT.test(out)) out = convertChineseDigitRuns(out);
  SPELLED_RUN.lastIndex = 0;
  if (SPELLED_RUN.test(out)) return spellDigits(out, text, starts.subarray(0, n + 1), ends.subarray(0, n + 1));
  if (out === text) return new Identity(text);
  return new Mapped(out, text, starts.subarray(0, n + 1), ends.subarray(0, n + 1));
}

/** The first unit the tables fold or drop (a surrogate pair counts as its code point), or -1. */
function firstChangedUnit(text: string): number {
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        if (ASTRAL.has(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000)) return i;
        i++;
        continue;
      }
    }
    if (BMP[c] !== KEEP) return i;
  }
  return -1;
}

/** A text the tables leave as it is: only its digit runs (Chinese or spelled out) may change. */
function digitsNormalized(text: string, mayHaveChinese: boolean): NormalizedText {
  const out = mayHaveChinese && HAS_CHINESE_DIGIT.test(text) ? convertChineseDigitRuns(text) : text;
  SPELLED_RUN.lastIndex = 0;
  const spelled = SPELLED_RUN.test(out);
  if (!spelled && out === text) return new Identity(text);
  const starts = new Int32Array(text.length + 1);
  const ends = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) {
    starts[i] = i;
    ends[i] = Math.min(i + 1, text.length);
  }
  return spelled ? spellDigits(out, text, starts, ends) : new Mapped(out, text, starts, ends);
}

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const DIGIT_WORD = String.raw`(?:(?:double|triple)\s)?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b`;
/** Five or more digits spelled out in English ("one three eight, two seven six five…"), a way to slip a phone number past filters. */
const SPELLED_RUN = new RegExp(String.raw`\b${DIGIT_WORD}(?:[\s,.\-]{1,3}${DIGIT_WORD}){4,}`, 'gi');
const SPELLED_WORD = new RegExp(DIGIT_WORD, 'gi');

/**
 * Replaces spelled-out digit runs by the digits (separators dropped: the run becomes one number).
 * Lengths change, so the maps are rebuilt through the current ones.
 */
function spellDigits(text: string, original: string, starts: Int32Array, ends: Int32Array): NormalizedText {
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  let out = '';
  let cursor = 0;
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) {
      outStarts.push(starts[i]);
      outEnds.push(ends[i]);
    }
  };
  SPELLED_RUN.lastIndex = 0;
  for (let m = SPELLED_RUN.exec(text); m; m = SPELLED_RUN.exec(text)) {
    copy(cursor, m.index);
    SPELLED_WORD.lastIndex = 0;
    for (let w = SPELLED_WORD.exec(m[0]); w; w = SPELLED_WORD.exec(m[0])) {
      const words = w[0].toLowerCase().split(/\s+/);
      const digit = DIGIT_WORDS[words[words.length - 1]];
      const times = words[0] === 'double' ? 2 : words[0] === 'triple' ? 3 : 1;
      const from = m.index + w.index;
      const to = from + w[0].length;
      for (let k = 0; k < times; k++) {
        out += digit;
        outStarts.push(starts[from]);
        outEnds.push(ends[to - 1]);
      }
    }
    cursor = m.index + m[0].length;
  }
  copy(cursor, text.length);
  outStarts.push(original.length);
  outEnds.push(original.length);
  return new Mapped(out, original, Int32Array.from(outStarts), Int32Array.from(outEnds));
}

/** Chinese digit (a BMP unit) → its Arabic digit. */
const CHINESE_DIGIT_CODES = new Map(Object.entries(CHINESE_DIGITS).map(([ch, digit]) => [ch.charCodeAt(0), digit]));

/** Turns Chinese digits into Arabic ones inside long digit runs; one unit for one unit, so the map is unchanged. */
function convertChineseDigitRuns(text: string): string {
  let out = '';
  let cursor = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const run = m[0];
    // Shorter than the digits it needs (most runs: a year, a price, 一一): nothing to count.
    if (run.length < MIN_RUN_DIGITS) continue;
    let digits = 0;
    let chinese = 0;
    for (let k = 0; k < run.length; k++) {
      const c = run.charCodeAt(k);
      if (c >= 0x30 && c <= 0x39) digits++;
      else if (CHINESE_DIGIT_CODES.has(c)) {
        digits++;
        chinese++;
      }
    }
    if (chinese === 0 || digits < MIN_RUN_DIGITS) continue;
    let converted = '';
    for (let k = 0; k < run.length; k++) converted += CHINESE_DIGIT_CODES.get(run.charCodeAt(k)) ?? run[k];
    out += text.slice(cursor, m.index) + converted;
    cursor = m.index + run.length;
  }
  return cursor === 0 ? text : out + text.slice(cursor);
}

// ---------------------------------------------------------------------------------------------
// Keyword view: what rules match. On top of normalizeText, disguised spellings of a few watched
// words are undone: look-alike digits and symbols inside the word (p@ssw0rd), letters spaced out
// (p a s s w o r d) or split by a symbol (pass-word, pass.word). Only spellings that become a
// watched word change, so numbers, prices, e-mail addresses and ordinary words are untouched.

/** Words that people disguise to slip past filters: credentials, codes and messengers. */
export const WATCHED_WORDS: ReadonlySet<string> = new Set([
  'password',
  'passwords',
  'passcode',
  'passwd',
  'login',
  'credentials',
  'credential',
  'username',
  'verification',
  'verify',
  'code',
  'codes',
  'otp',
  'pin',
  'cvv',
  'whatsapp',
  'wechat',
  'telegram',
  'skype',
  'viber',
  'paypal',
  'payoneer',
  'alipay',
]);
const MAX_WATCHED = Math.max(...[...WATCHED_WORDS].map((w) => w.length));
/** Digits and symbols that stand for letters. `1` can be an i or an l. */
const LOOK_ALIKES: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const TOKEN = /[A-Za-z0-9@$!|]+/g;
/** By char code (ASCII): whether it belongs to a TOKEN. */
const IS_TOKEN = asciiTable(/[A-Za-z0-9@$!|]/);
/** Between the pieces of one split word: one or two spaces or symbols on a line. */
const SPLIT_GAP = /^[ \t\-_.*·/+~]{1,2}$/;

function fold(piece: string, one: string): string {
  let out = '';
  for (const ch of piece) out += ch === '1' ? one : (LOOK_ALIKES[ch] ?? ch);
  return out;
}

/** The watched words as a trie of char codes. */
interface Trie extends Map<number, Trie> {}
const WATCHED_TRIE: Trie = new Map();
for (const word of WATCHED_WORDS) {
  let node = WATCHED_TRIE;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    let next = node.get(c);
    if (!next) node.set(c, (next = new Map()));
    node = next;
  }
}
const LOOK_ALIKE_CODES = new Int32Array(128).map((_, c) => {
  const ch = String.fromCharCode(c).toLowerCase();
  return (LOOK_ALIKES[ch] ?? ch).charCodeAt(0);
});

/**
 * Whether the folded spelling of `joined` (ASCII token characters; either reading of `1`) is a
 * prefix of a watched word, as `fold` would spell it. When it is not, no longer run of tokens can
 * become one, so the scan from that token stops there. No strings are built.
 */
function couldBecomeWatched(joined: string, start = 0, end = joined.length): boolean {
  let asI: Trie | undefined = WATCHED_TRIE;
  let asL: Trie | undefined = WATCHED_TRIE;
  for (let k = start; k < end; k++) {
    const c = joined.charCodeAt(k);
    if (c === 0x31) {
      asI = asI?.get(0x69);
      asL = asL?.get(0x6c);
    } else {
      const folded = c < 128 ? LOOK_ALIKE_CODES[c] : c;
      asI = asI?.get(folded);
      asL = asL?.get(folded);
    }
    if (!asI && !asL) return false;
  }
  return true;
}

/** By char code (ASCII): whether a token starting with this character can begin a watched word. */
const CAN_START_WATCHED = new Uint8Array(128);
for (let c = 0; c < 128; c++) CAN_START_WATCHED[c] = couldBecomeWatched(String.fromCharCode(c)) ? 1 : 0;

function watched(joined: string): string | undefined {
  const lower = joined.toLowerCase();
  for (const one of ['i', 'l']) {
    const folded = fold(lower, one);
    if (WATCHED_WORDS.has(folded)) return folded;
  }
  return undefined;
}

/** Runs of spaces and tabs (not line breaks): one space in the view, so a phrase's space is one `\s`. */
const SPACE_RUN = /[ \t]{2,}/g;

interface Edit {
  start: number;
  end: number;
  word: string;
}

/** The normalized text with disguised watched words written plainly; maps back to the original. */
export function keywordView(original: string): NormalizedText {
  let view = normalizeText(original);
  SPACE_RUN.lastIndex = 0;
  if (SPACE_RUN.test(view.text)) {
    const runs: Edit[] = [];
    SPACE_RUN.lastIndex = 0;
    for (let m = SPACE_RUN.exec(view.text); m; m = SPACE_RUN.exec(view.text))
      runs.push({ start: m.index, end: m.index + m[0].length, word: ' ' });
    view = rewrite(view, runs);
  }
  const text = view.text;
  const edits: Edit[] = [];
  // Tokens are read as the scan goes, by character code (no array of every token, no regular
  // expression per token): most cannot begin a watched word whatever follows, and are skipped.
  const length = text.length;
  let at = 0;
  while (at < length) {
    const c = text.charCodeAt(at);
    if (c >= 128 || !IS_TOKEN[c]) {
      at++;
      continue;
    }
    const tokenStart = at;
    at = asciiRunEnd(text, at, IS_TOKEN);
    // The token alone must already spell the start of a watched word (as the first step below
    // asks): most tokens fail here, without a match object or a string built for them.
    if (!CAN_START_WATCHED[c] || at - tokenStart > MAX_WATCHED || !couldBecomeWatched(text, tokenStart, at)) continue;
    let best: { end: number; word: string } | undefined;
    let joined = '';
    let allSingle = true;
    let symbolGap = false;
    let previousEnd = tokenStart;
    NEXT_TOKEN.lastIndex = tokenStart;
    for (let j = 0, m = NEXT_TOKEN.exec(text); m && j < MAX_WATCHED; j++, m = NEXT_TOKEN.exec(text)) {
      const piece = m[0];
      if (j > 0) {
        const gap = text.slice(previousEnd, m.index);
        if (!SPLIT_GAP.test(gap)) break;
        if (/[^ \t]/.test(gap)) symbolGap = true;
      }
      previousEnd = m.index + piece.length;
      joined += piece;
      if (joined.length > MAX_WATCHED || !couldBecomeWatched(joined)) break;
      if (piece.length > 1) allSingle = false;
      const word = watched(joined);
      if (!word) continue;
      const plainAlready = j === 0 && joined.toLowerCase() === word;
      // "log in" and "pass code" are English as written; a split counts when every piece is one
      // character (p a s s) or a symbol splits it (pass-word).
      const split = j > 0 && (allSingle || symbolGap);
      if (!plainAlready && (j === 0 || split)) best = { end: previousEnd, word };
    }
    if (best) {
      edits.push({ start: tokenStart, end: best.end, word: best.word });
      at = best.end;
    }
  }
  return edits.length === 0 ? view : rewrite(view, edits);
}

/** The tokens following a token that may begin a watched word (a second cursor over the same text). */
const NEXT_TOKEN = new RegExp(TOKEN.source, 'g');

let identity = new Int32Array(0);
/** 0, 1, 2, … (at least `length` of them): unchanged units are copied from it in one call, not unit by unit. */
function identityMap(length: number): Int32Array {
  if (identity.length < length) identity = Int32Array.from({ length: Math.max(length, 2 * identity.length) }, (_, i) => i);
  return identity;
}

/**
 * Applies non-overlapping edits (in order) to a view. A same-length edit maps unit to unit and keeps
 * letters as written (only look-alikes change); any other maps each new unit to the whole replaced span.
 */
function rewrite(view: NormalizedText, edits: readonly Edit[]): NormalizedText {
  const text = view.text;
  // Unit k of the view comes from original [startOf(k), endOf(k)): read straight from the view's
  // maps (no object per unit; this runs over every draft, whose masked parts are runs of spaces).
  const mapped = view instanceof Mapped ? view : undefined;
  let capacity = text.length + 1;
  for (const edit of edits) capacity += Math.max(0, edit.word.length - (edit.end - edit.start));
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  let n = 0;
  let out = '';
  let cursor = 0;
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    if (mapped) {
      starts.set(mapped.starts.subarray(from, to), n);
      ends.set(mapped.ends.subarray(from, to), n);
      n += to - from;
    } else {
      const identity = identityMap(to + 1);
      starts.set(identity.subarray(from, to), n);
      ends.set(identity.subarray(from + 1, to + 1), n);
      n += to - from;
    }
  };
  for (const edit of edits) {
    copy(cursor, edit.start);
    const whole = view.toOriginal(edit.start, edit.end);
    const sameLength = edit.end - edit.start === edit.word.length;
    for (let k = 0; k < edit.word.length; k++, n++) {
      const at = edit.start + k;
      const ch = text[at];
      out += sameLength && /[A-Za-z]/.test(ch) ? ch : edit.word[k];
      starts[n] = sameLength ? (mapped ? mapped.starts[at] : at) : whole.start;
      ends[n] = sameLength ? (mapped ? mapped.ends[at] : at + 1) : whole.end;
    }
    cursor = edit.end;
  }
  copy(cursor, text.length);
  starts[n] = view.original.length;
  ends[n] = view.original.length;
  return new Mapped(out, view.original, starts.subarray(0, n + 1), ends.subarray(0, n + 1));
}
