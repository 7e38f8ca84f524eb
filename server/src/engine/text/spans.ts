// Non-prose spans: the parts of a draft that are not words a number can be read out of as a price,
// a phone or a code (URLs, e-mail addresses, times, dates, versions, postcodes, references, shell
// variables, code and quoted counterpart text). Found once per draft; every detector asks here.
import type { Draft } from '../draft/parseDraft.js';
import { memorySlot } from '../draft/draftMemory.js';
import { asciiRunEnd, asciiTable } from './asciiRuns.js';
import { findLinksIn } from './links.js';
import type { Span } from './sentences.js';
import { MONTHS, WEEKDAYS } from './vocabulary/dates.js';
import { POSTCODE_LABELS, US_STATES } from './vocabulary/postcodes.js';
import { REFERENCE_LABELS_EN, REFERENCE_LABELS_ZH, REFERENCE_NUMBER_WORDS, TRACKING_LABELS } from './vocabulary/references.js';
import { NOT_PRODUCT_NAMES, UNITS_AFTER_DECIMAL, VERSION_WORDS } from './vocabulary/versions.js';
import { HANDLE_LABELS } from './vocabulary/handles.js';

export const NON_PROSE_KINDS = [
  'url',
  'email',
  'time',
  'date',
  'version',
  'postcode',
  'reference',
  'shell-variable',
  'encoded',
  'code',
  'quote',
] as const;
export type NonProseKind = (typeof NON_PROSE_KINDS)[number];

export interface NonProseSpan extends Span {
  kind: NonProseKind;
}

export interface NonProseSpans {
  /** Every span, sorted by start (spans of different kinds may overlap: an address inside a quote). */
  readonly spans: readonly NonProseSpan[];
  /** The first span of one of `kinds` (all kinds when omitted) overlapping [start, end), if any. */
  overlapping(start: number, end: number, kinds?: readonly NonProseKind[]): NonProseSpan | undefined;
}

const MONTH = `(?:${MONTHS.join('|')})`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;

/**
 * Shapes, each linear (no nested quantifiers over overlapping classes). A shape may name the
 * characters every match contains (one of them at least): a text without any is not scanned.
 */
export const SHAPES: [NonProseKind, RegExp, needs?: readonly string[]][] = [
  // 10:50, @10:50, 09:01:33, 3:30 pm, 10:54:46 -0500
  [
    'time',
    /(?<![\d.:])@?\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:\s?(?:[aApP]\.?[mM]\.?)(?![A-Za-z]))?(?:\s[+-]\d{4}(?!\d))?(?![\d:])/g,
    [':', '：'],
  ],
  ['time', /(?<![\d.])\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)(?![A-Za-z])/gi],
  // 2002-08-22, 2002-10-08T03:30:53+01:00, 22/08/2002, 8.22.02, 18-Jun-2001
  ['date', /(?<![\d.])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)?(?![\d])/g],
  ['date', /(?<![\d.,])\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?![\d.,]\d)/g],
  ['date', new RegExp(String.raw`(?<![\d])\d{1,2}[- ]${MONTH}[- ]\d{2,4}(?!\d)`, 'g')],
  // August 22, 2002 · Monday October 07 · Aug 22 · 22nd of August 2002 · August 2002
  [
    'date',
    new RegExp(
      String.raw`(?:${WEEKDAY},?\s+)?\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b\.?(?:,?\s+\d{4}\b)?|\b${MONTH}\s+\d{4}\b`,
      'g',
    ),
  ],
  ['date', /\d{2,4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号號])?|(?<!\d)\d{1,2}\s?月\s?\d{1,2}\s?[日号號]/g, ['月']],
  // 2.4.18-10 · v1.2 · version 3 · kernel 2.4 · RH 7.3 · RSS 0.91
  // (parts of one to three digits: "138.2765.4410" and "01.23.45.67.89" are phones)
  ['version', /(?<![\d.])[vV]?\d{1,3}(?:\.\d{1,3}){2,3}(?:[-_+~][0-9A-Za-z.]+)?(?![\d.]\d|\d)/g],
  ['version', new RegExp(String.raw`(?<![A-Za-z])(?:${VERSION_WORDS.join('|')})\s?\d+(?:\.\d+)*[a-z]?\d*(?![\d])`, 'gi')],
  [
    'version',
    new RegExp(
      String.raw`\b(?!(?:${NOT_PRODUCT_NAMES.join('|')})\b)(?:[A-Z][A-Z0-9]{1,6}|[A-Z][a-z]{2,})\s[vV]?\d{1,3}\.\d{1,3}(?:\.\d{1,3})*(?![\d.,]?\d)(?!\s?(?:${UNITS_AFTER_DECIMAL.join('|')})(?![A-Za-z]))`,
      'g',
    ),
  ],
  // Netscape 7.0/Mozilla 1.1, 2.40 (now 2.41): versions side by side
  ['version', /(?<![\d.])\d+\.\d+\/[A-Za-z][\w-]*\s?\d+(?:\.\d+)+/g, ['/']],
  ['version', /(?<![\d.])\d+\.(?:\d+\.)*[xX*](?![A-Za-z\d])/g],
  // Kirkland WA 98034 · 邮编 518000 · SW1A 1AA
  ['postcode', new RegExp(String.raw`\b(?:${US_STATES.join('|')})\s+\d{5}(?:-\d{4})?(?!\d)`, 'g')],
  ['postcode', new RegExp(String.raw`(?:${POSTCODE_LABELS.join('|')})\s*[:：]?\s*[A-Z0-9]{3,}(?:[- ][A-Z0-9]{3,4})?`, 'gi')],
  ['postcode', /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g],
  // Order No. 20260118, #7781, tracking 1Z999AA10123456784, 运单号 SF1234567
  [
    'reference',
    new RegExp(
      String.raw`\b(?:${REFERENCE_LABELS_EN.join('|')})\s*(?:${REFERENCE_NUMBER_WORDS.join('|')})\s*(?:is\s)?[:：=]?\s*[A-Za-z0-9][A-Za-z0-9-]{2,}`,
      'gi',
    ),
  ],
  ['reference', new RegExp(String.raw`\b(?:${TRACKING_LABELS.join('|')})\s*[:：]?\s*[A-Za-z0-9][A-Za-z0-9-]{5,}`, 'gi')],
  ['reference', new RegExp(String.raw`(?:${REFERENCE_LABELS_ZH.join('|')})\s*(?:是|为)?\s*[:：]?\s*[A-Za-z0-9][A-Za-z0-9-]{3,}`, 'g')],
  ['reference', /(?<![\w&])#\s?\d{2,}(?![\d])|\b[A-Z]{2}\d{9}[A-Z]{2}\b|\b1Z[0-9A-Z]{16}\b/g],
  // [1] · [12]: footnote and link markers
  ['reference', /\[\d{1,3}\]/g, ['[']],
  // icq: 2927491 · 28611923@icq · aim: name — messenger handles (the contact rules read them on their own)
  [
    'reference',
    new RegExp(String.raw`\b(?:${HANDLE_LABELS.join('|')})\s*[:#]\s*[\w.-]{3,}|(?<![\w.-])[\w.-]+@(?:${HANDLE_LABELS.join('|')})\b`, 'gi'),
    [':', '#', '@'],
  ],
  // Base64, PGP signatures, hashes: long runs without spaces are `encodedRuns` below.
  ['encoded', /-----BEGIN [A-Z ]{3,40}-----[\s\S]{0,20000}?-----END [A-Z ]{3,40}-----/g, ['-----BEGIN ']],
  // $HOME, ${name}, "$1", s/(x)/$1/, mv $1 $2
  [
    'shell-variable',
    // every alternative begins with `$`: the lookahead spares the lookbehinds at every other position
    /(?=\$)(?:\$\{[^}\n]{1,60}\}|\$[A-Za-z_][A-Za-z0-9_]*|(?<=[\s"'=(/{,[]|^)\$\d(?=[\s]\$\d)|(?<=\$\d\s)\$\d(?![\d.,])|(?<=["'=(/{[])\$\d(?![\d.,])|\$\d(?=["'/)}\]]))/gm,
    ['$'],
  ],
];

const NON_PROSE = memorySlot<NonProseSpans>('non-prose spans');

/** The draft's non-prose spans (computed once per draft, on its visible text). */
export function nonProseSpans(draft: Draft): NonProseSpans {
  return draft.memory.get(NON_PROSE, () => findNonProseSpans(draft.visible, draft.markdown));
}

interface StructureSpans {
  quotes: readonly Span[];
  codeBlocks: readonly Span[];
  codeSpans: readonly Span[];
}

/** Non-prose spans of `text` (same offsets as the draft); `structure` adds code and quotes. */
export function findNonProseSpans(text: string, structure?: StructureSpans): NonProseSpans {
  const byKind = new Map<NonProseKind, Span[]>(NON_PROSE_KINDS.map((k) => [k, []]));
  for (const link of findLinksIn(text)) byKind.get(link.email ? 'email' : 'url')!.push({ start: link.start, end: link.end });
  encodedRuns(text, byKind.get('encoded')!);
  for (const [kind, re, needs] of SHAPES) {
    if (needs && !needs.some((literal) => text.includes(literal))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      byKind.get(kind)!.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  if (structure) {
    byKind.get('code')!.push(...structure.codeBlocks, ...structure.codeSpans);
    byKind.get('quote')!.push(...structure.quotes);
  }
  const merged = new Map<NonProseKind, Span[]>();
  const all: NonProseSpan[] = [];
  for (const [kind, spans] of byKind) {
    const union = mergeSpans(spans);
    merged.set(kind, union);
    for (const s of union) all.push({ ...s, kind });
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    spans: all,
    overlapping(start, end, kinds = NON_PROSE_KINDS) {
      for (const kind of kinds) {
        // An empty range (a point) counts as the character at it.
        const hit = overlapSorted(merged.get(kind)!, start, Math.max(end, start + 1));
        if (hit) return { ...hit, kind };
      }
      return undefined;
    },
  };
}

/** By char code (ASCII): a character of a Base64 run, a hash or a PGP armour line. */
const IN_ENCODED_RUN = asciiTable(/[A-Za-z0-9+/=$_-]/);
/** Shorter runs are words, numbers and ordinary identifiers. */
const MIN_ENCODED_RUN = 40;

/**
 * Base64, PGP signatures, hashes: every whole run of at least MIN_ENCODED_RUN letters, digits and
 * `+/=$_-` (as `(?<![A-Za-z0-9+/=$_-])[A-Za-z0-9+/=$_-]{40,}` would find them, in one pass by char
 * code: that expression was tried at every letter of every word, the most costly shape of all).
 */
function encodedRuns(text: string, out: Span[]): void {
  const length = text.length;
  for (let i = 0; i < length; ) {
    const c = text.charCodeAt(i);
    if (c >= 128 || !IN_ENCODED_RUN[c]) {
      i++;
      continue;
    }
    const start = i;
    i = asciiRunEnd(text, i, IN_ENCODED_RUN);
    if (i - start >= MIN_ENCODED_RUN) out.push({ start, end: i });
  }
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * The span of `spans` (sorted by start, not overlapping each other) that overlaps [start, end), if
 * any (an empty range, only a span around it, not one starting or ending there). One binary search,
 * for the detectors and for `overlapping`.
 */
export function overlapSorted<S extends Span>(spans: readonly S[], start: number, end: number): S | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return s;
  }
  return undefined;
}
