import type { Draft } from '../../draft/parseDraft.js';
import { normalizeText, type NormalizedText } from '../../text/normalize.js';
import { sentenceSpans, spanContaining, type Span } from '../../text/sentences.js';

/**
 * What the contact and payment detectors read: the rep's words (prose or visible text, quotes
 * already blanked) normalized for matching, with sentences over the normalized text. Built once
 * per draft and scope, however many rules ask for it.
 */
export interface Scan {
  draft: Draft;
  norm: NormalizedText;
  /** Normalized text: what the patterns match. */
  text: string;
  sentences: Span[];
  /** Results other detectors computed on this scan (phones found once, used by several rules). */
  memo: Map<string, unknown>;
}

type Scope = 'prose' | 'visible';
const cache = new WeakMap<Draft, Partial<Record<Scope, Scan>>>();

export function scanOf(draft: Draft, scope: Scope): Scan {
  let entry = cache.get(draft);
  if (!entry) cache.set(draft, (entry = {}));
  let scan = entry[scope];
  if (!scan) {
    const norm = normalizeText(scope === 'visible' ? draft.visible : draft.prose);
    scan = entry[scope] = { draft, norm, text: norm.text, sentences: sentenceSpans(norm.text), memo: new Map() };
  }
  return scan;
}

export function memo<T>(scan: Scan, key: string, compute: () => T): T {
  if (scan.memo.has(key)) return scan.memo.get(key) as T;
  const value = compute();
  scan.memo.set(key, value);
  return value;
}

/** The normalized sentence around an offset (or a small window when the offset is between sentences). */
export function sentenceAt(scan: Scan, offset: number): Span {
  return spanContaining(scan.sentences, offset) ?? { start: Math.max(0, offset - 40), end: Math.min(scan.text.length, offset + 40) };
}

const CLAUSE_BREAK = /[,;，；]|\s[-–—]\s/gu;

/** The clause (part of the sentence between commas or semicolons) around [start, end). */
export function clauseAt(scan: Scan, start: number, end: number): Span {
  const sentence = sentenceAt(scan, start);
  let clauseStart = sentence.start;
  let clauseEnd = Math.max(sentence.end, end);
  CLAUSE_BREAK.lastIndex = sentence.start;
  for (let m = CLAUSE_BREAK.exec(scan.text); m && m.index < clauseEnd; m = CLAUSE_BREAK.exec(scan.text)) {
    if (m.index + m[0].length <= start) clauseStart = m.index + m[0].length;
    else if (m.index >= end) {
      clauseEnd = m.index;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}

/** Text of the scan before `offset` back to the start of its sentence, at most `max` units. */
export function before(scan: Scan, offset: number, max: number): string {
  const sentence = sentenceAt(scan, Math.max(0, offset - 1));
  const from = Math.max(sentence.start, offset - max, 0);
  return from < offset ? scan.text.slice(from, offset) : '';
}

/** Text after `offset` up to the end of its sentence, at most `max` units. */
export function after(scan: Scan, offset: number, max: number): string {
  const sentence = sentenceAt(scan, offset);
  const to = Math.min(Math.max(sentence.end, offset), offset + max, scan.text.length);
  return scan.text.slice(offset, to);
}

/** Original-text span of a normalized span. */
export function original(scan: Scan, start: number, end: number): Span {
  return scan.norm.toOriginal(start, end);
}
