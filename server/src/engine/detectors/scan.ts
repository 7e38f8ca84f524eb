import type { Draft } from '../draft/parseDraft.js';
import { memorySlot } from '../draft/draftMemory.js';
import { normalizeText, type NormalizedText } from '../text/normalize.js';
import { CONTACT_CLAUSE, clauseWithin, sentenceSpans, spanContaining, type Span } from '../text/sentences.js';
import { nonProseSpans, overlapSorted, type NonProseKind } from '../text/spans.js';

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
const SCANS = memorySlot<Partial<Record<Scope, Scan>>>('contact scans');

export function scanOf(draft: Draft, scope: Scope): Scan {
  const entry = draft.memory.get(SCANS, () => ({}));
  let scan = entry[scope];
  if (!scan) {
    const norm = normalizeText(scope === 'visible' ? draft.visible : draft.prose);
    // A draft without code has one text for both scopes: its sentences are found once.
    const twin = entry[scope === 'visible' ? 'prose' : 'visible'];
    const sentences = twin && twin.text === norm.text ? twin.sentences : sentenceSpans(norm.text);
    scan = entry[scope] = { draft, norm, text: norm.text, sentences, memo: new Map() };
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

/** Longest stretch searched for a clause end on either side of a finding (keeps fixes linear on run-on text). */
const MAX_CLAUSE_REACH = 240;

/** The clause (part of the sentence between commas, semicolons or spaced dashes: `CONTACT_CLAUSE`) around [start, end); the caller trims spaces. */
export function clauseAt(scan: Scan, start: number, end: number): Span {
  const sentence = sentenceAt(scan, start);
  const window = {
    start: Math.max(sentence.start, start - MAX_CLAUSE_REACH),
    end: Math.min(Math.max(sentence.end, end), end + MAX_CLAUSE_REACH),
  };
  return clauseWithin(scan.text, window, start, end, CONTACT_CLAUSE);
}

/** Whether [start, end) overlaps a span of `spans` (sorted by start, not overlapping each other). */
export function overlapsSorted(spans: readonly Span[], start: number, end: number): boolean {
  return overlapSorted(spans, start, end) !== undefined;
}

/**
 * Text of the scan before `offset`, at most `max` units, back to the start of the sentence holding
 * the character just before it. A number that starts a line or a sentence therefore still sees the
 * label that ends the previous one ("WhatsApp:\n+86 139…", "请联系我。139…").
 */
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

/**
 * Whether normalized [start, end) lies in a span that is not prose (a URL, a time, a version, a
 * postcode…): no contact is read out of those. `kinds` narrows the question.
 */
export function inNonProse(scan: Scan, start: number, end: number, kinds?: readonly NonProseKind[]): boolean {
  const span = original(scan, start, end);
  return nonProseSpans(scan.draft).overlapping(span.start, span.end, kinds) !== undefined;
}
