import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { CURRENCY_BEFORE, NOT_PHONE_LABEL, PHONE_CONTEXT, UNIT_AFTER } from './lexicon.js';
import { after, before, inNonProse, memo, type Scan } from '../scan.js';
import { NON_PROSE_KINDS, type NonProseKind } from '../../text/spans.js';
import { PHONE_SYMBOLS, PHONE_WORDS, PHONE_WORDS_ZH } from './vocabulary/phoneWords.js';

/** A phone number found in the normalized text of a scan. */
export interface PhoneMatch {
  /** Normalized span. */
  start: number;
  end: number;
  /** E.164 form when libphonenumber could parse it. */
  e164?: string;
}

// Google's metadata (libphonenumber-js "max") decides validity. National numbers are read as
// Chinese first (the reps' own country), then, only with a phone word nearby, as one of the
// regions cross-border buyers and reps most often write from.
const HOME: CountryCode = 'CN';
const OTHER_REGIONS: CountryCode[] = [
  'US',
  'GB',
  'HK',
  'TW',
  'SG',
  'MY',
  'IN',
  'AE',
  'DE',
  'FR',
  'IT',
  'ES',
  'RU',
  'BR',
  'MX',
  'AU',
  'CA',
  'VN',
  'TH',
  'ID',
  'PH',
  'TR',
  'PK',
  'BD',
  'NG',
  'KE',
  'ZA',
  'SA',
  'JP',
  'KR',
];

/** Words that name a phone (not just "number"): they win over a label such as "No." after them. */
const PHONE_WORD_SOURCE = String.raw`(?:\b(?:${PHONE_WORDS.join('|')})\b|${PHONE_WORDS_ZH.join('|')}|${PHONE_SYMBOLS.slice(0, 3).join('|')})`;
const PHONE_WORD = new RegExp(PHONE_WORD_SOURCE, 'i');
const PHONE_WORD_BEFORE = new RegExp(String.raw`${PHONE_WORD_SOURCE}[^0-9]{0,12}$`, 'i');

const CN_MOBILE = /^1[3-9]\d{9}$/;

const MIN_DIGITS = 7;
const MAX_DIGITS = 15;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Separators allowed inside a written phone number: space, tab, dot, dash, parentheses, middle dot, underscore. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 46 || c === 45 || c === 40 || c === 41 || c === 0xb7 || c === 95 || c === 0xa0;
}

/** O, o, l, I typed for 0 and 1 ("138 0013 8OOO"). */
function isLookAlike(c: number): boolean {
  return c === 79 || c === 111 || c === 108 || c === 73;
}
/** A run of look-alikes inside or at the end of a digit group, not the start of a word ("10 OK", "2Ol5x"). */
function lookAlikeRunEndsWell(text: string, j: number): boolean {
  let k = j;
  while (k < text.length && isLookAlike(text.charCodeAt(k))) k++;
  return k >= text.length || !isAsciiLetter(text.charCodeAt(k));
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

interface Run {
  start: number;
  end: number;
  plus: boolean;
  groups: Group[];
}

/**
 * Digit runs with phone-style separators, also split over a line break ("139\n1234\n5678"), with
 * O/l typed for 0/1 between digits. Linear: every unit is visited once.
 */
function digitRuns(text: string): Run[] {
  const runs: Run[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const plusStart =
      c === 43 && i + 1 < n && (isDigit(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 40 || text.charCodeAt(i + 1) === 32);
    if (!isDigit(c) && !plusStart) {
      i++;
      continue;
    }
    // "(415) 555-2671": an opening parenthesis right before the digits belongs to the number.
    const runStart = i > 0 && text.charCodeAt(i - 1) === 40 && !plusStart ? i - 1 : i;
    const run: Run = { start: runStart, end: i, plus: plusStart, groups: [] };
    let j = plusStart ? i + 1 : i;
    let lastDigitEnd = j;
    let group: Group | undefined;
    while (j < n) {
      const d = text.charCodeAt(j);
      const letterDigit =
        isLookAlike(d) &&
        j > 0 &&
        (isDigit(text.charCodeAt(j - 1)) || isLookAlike(text.charCodeAt(j - 1))) &&
        group !== undefined &&
        lookAlikeRunEndsWell(text, j);
      if (isDigit(d) || letterDigit) {
        if (!group) {
          group = { start: j, end: j, digits: '' };
          run.groups.push(group);
        }
        group.digits += letterDigit ? (d === 79 || d === 111 ? '0' : '1') : text[j];
        j++;
        group.end = j;
        lastDigitEnd = j;
        continue;
      }
      // Separators between digits: up to three, or one line break with indentation.
      let k = j;
      let seps = 0;
      while (k < n && isSeparator(text.charCodeAt(k)) && seps < 3) {
        k++;
        seps++;
      }
      if (k < n && (text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) {
        k += text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1;
        while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      }
      if (k > j && k < n && isDigit(text.charCodeAt(k))) {
        group = undefined;
        j = k;
        continue;
      }
      break;
    }
    // A closing parenthesis right after the digits belongs to the number only if one was opened.
    run.end = lastDigitEnd;
    if (run.groups.length > 0) runs.push(run);
    i = Math.max(lastDigitEnd, i + 1);
  }
  return runs;
}

function digitCount(groups: Group[]): number {
  let count = 0;
  for (const g of groups) count += g.digits.length;
  return count;
}

const DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})(?:\s+\d{1,2})?$/;
const HS_SHAPE = /^\d{4}\.\d{2}(?:\.\d{2,4})*$/;
const DECIMAL_SHAPE = /^\d+(?:[ ,]\d{3})*\.\d{1,3}$/;
const TIME_AFTER = /^\s*(?::\d{2}|点|时|号|日|月|年)/u;

/** Finds phone numbers in a scan (cached: phone, messenger and buyer-asked rules share it). */
export function findPhones(scan: Scan): PhoneMatch[] {
  return memo(scan, 'phones', () => {
    const phones: PhoneMatch[] = [];
    for (const run of digitRuns(scan.text)) {
      for (const candidate of candidates(run)) {
        const phone = judge(scan, candidate);
        if (phone) phones.push(phone);
      }
    }
    return phones;
  });
}

interface Candidate {
  start: number;
  end: number;
  plus: boolean;
  digits: string;
}

/** The whole run, or for runs too long to be one number (two numbers side by side), its longest plausible pieces. */
function* candidates(run: Run): Generator<Candidate> {
  const total = digitCount(run.groups);
  if (total < MIN_DIGITS) return;
  const whole = (from: number, to: number): Candidate => ({
    start: from === 0 ? run.start : run.groups[from].start,
    end: run.groups[to].end,
    plus: from === 0 && run.plus,
    digits: run.groups
      .slice(from, to + 1)
      .map((g) => g.digits)
      .join(''),
  });
  if (total <= MAX_DIGITS) {
    yield whole(0, run.groups.length - 1);
    return;
  }
  // Greedy split: from each group, the longest span of groups that still fits a phone number.
  let from = 0;
  while (from < run.groups.length) {
    let count = 0;
    let to = from;
    while (to < run.groups.length && count + run.groups[to].digits.length <= MAX_DIGITS) count += run.groups[to++].digits.length;
    if (to === from) {
      from++;
      continue;
    }
    if (count >= MIN_DIGITS) yield whole(from, to - 1);
    from = to;
  }
}

/**
 * What a phone number is never part of: every non-prose span but code and quotes (a quoted line is
 * the counterpart's, read by buyer-asked).
 */
const NOT_A_PHONE: readonly NonProseKind[] = NON_PROSE_KINDS.filter((kind) => kind !== 'code' && kind !== 'quote');
/** Two decimals side by side ("Load: 0.57 0.42 0.42"): a list of figures. */
const DECIMAL_LIST = /\d\.\d+\s+\d+\.\d/;

function judge(scan: Scan, c: Candidate): PhoneMatch | undefined {
  const text = scan.text;
  const raw = text.slice(c.start, c.end);
  if (!c.plus && DECIMAL_LIST.test(raw)) return undefined;
  // Glued to letters: a model, part or container number (BX-330…, MSCU1234567, 12000pcs).
  const prev = c.start > 0 ? text.charCodeAt(c.start - 1) : 32;
  const prev2 = c.start > 1 ? text.charCodeAt(c.start - 2) : 32;
  const next = c.end < text.length ? text.charCodeAt(c.end) : 32;
  if (isAsciiLetter(next)) return undefined;
  if (prev === 47 || next === 47 || (prev === 58 && isDigit(prev2))) return undefined; // 1/2, dates 02/03/2026, times
  if (next === 37) return undefined; // percentages
  const head = before(scan, c.start, 40);
  const gluedLetter = isAsciiLetter(prev) || ((prev === 45 || prev === 95) && isAsciiLetter(prev2));
  if (gluedLetter && !/(?:tel|phone|mobile|whatsapp|wa|ws|vx|wx|v)[-_]?$/i.test(head)) return undefined;
  const context = PHONE_CONTEXT.test(head) || PHONE_CONTEXT.test(after(scan, c.end, 24));
  const international = c.plus || (c.digits.startsWith('00') && !c.digits.startsWith('000'));
  // Without a phone word only international numbers and Chinese mobiles can count: skip the rest
  // early (tables of figures make many candidates).
  if (!context && !international && !CN_MOBILE.test(c.digits)) return undefined;
  if (inNonProse(scan, c.start, c.end, NOT_A_PHONE)) return undefined;

  const label = NOT_PHONE_LABEL.exec(head);
  if (label) {
    // "Tel No.: 139…": a phone word before the label wins.
    const beforeLabel = head.slice(Math.max(0, label.index - 14), label.index);
    if (!PHONE_WORD.test(beforeLabel + label[0])) return undefined;
  }
  if (CURRENCY_BEFORE.test(head)) return undefined;
  const tail = after(scan, c.end, 12);
  if (UNIT_AFTER.test(tail) || TIME_AFTER.test(tail)) return undefined;
  if (!c.plus && (DATE_SHAPE.test(raw) || HS_SHAPE.test(raw) || DECIMAL_SHAPE.test(raw))) return undefined;

  if (international) {
    const number = parsePhoneNumberFromString('+' + (c.plus ? c.digits : c.digits.slice(2)));
    if (number?.isValid()) return { start: c.start, end: c.end, e164: number.number };
    return context && c.digits.length >= 8 ? { start: c.start, end: c.end } : undefined;
  }
  const home = parsePhoneNumberFromString(c.digits, HOME);
  if (home?.isValid()) {
    const mobile = CN_MOBILE.test(c.digits) && home.getType() === 'MOBILE';
    if (context || mobile) return { start: c.start, end: c.end, e164: home.number };
  }
  if (!context) return undefined;
  for (const region of OTHER_REGIONS) {
    const number = parsePhoneNumberFromString(c.digits, region);
    if (number?.isValid()) return { start: c.start, end: c.end, e164: number.number };
  }
  // A phone word right before a long number: a contact even if mistyped or partly hidden.
  return PHONE_WORD_BEFORE.test(head) && c.digits.length >= 8 ? { start: c.start, end: c.end } : undefined;
}
