import { structuralChars } from './patternStructure.js';
import { PatternError } from './patterns.js';

// Phrase lists: vocabulary as data. A phrase is literal text ("send me", "登录密码"): escaped,
// a space matches one whitespace character (the view
// keeps one space of a run), and a word-character edge gets a word boundary, so
// "pin" does not match inside "spinning". Inside a phrase, `{{name}}` stands for any phrase of the
// pack's list `name`, and `...` for a short gap inside the sentence. A list entry written
// `/…/` is a regular-expression fragment, for the few shapes that need one (`e-?mail`).
// Regular-expression patterns may use `{{name}}` as well.

export type PhraseLists = ReadonlyMap<string, readonly string[]>;

/** A gap inside one sentence: `...` in a phrase. Short and lazy, so it stays local. */
const GAP = '[^.?!。！？\\n]{0,30}?';
const SLOT = /\{\{([a-z][a-z0-9-]*)\}\}/g;
const WORD_EDGE = /[A-Za-z0-9_]/;

/**
 * Reads a phrase block: one phrase a line (or a YAML list), `#` starts a comment, blank lines
 * are skipped. A comment is a `#` with spaces around it (or at the line's start), so `PO #7` stays.
 */
export function readPhrases(source: string | readonly string[]): string[] {
  const lines = typeof source === 'string' ? source.split(/\r?\n/) : source;
  const out: string[] = [];
  for (const line of lines) {
    const phrase = line.replace(/(?:^|\s)#(?:\s.*)?$/, '').trim();
    if (phrase) out.push(phrase);
  }
  return out;
}

/** The regular-expression source of one phrase. */
export function phraseToPattern(phrase: string, lists: PhraseLists, seen: readonly string[] = []): string {
  if (phrase.length > 1 && phrase.startsWith('/') && phrase.endsWith('/')) return `(?:${expandSlots(phrase.slice(1, -1), lists, seen)})`;
  let out = '';
  const pieces = phrase.split(/(\{\{[a-z][a-z0-9-]*\}\}|\s*\.\.\.\s*|\s+)/);
  for (const piece of pieces) {
    if (!piece) continue;
    if (piece.trim() === '...')
      out += GAP; // the gap takes the spaces around it too (no neighbouring \s* to backtrack over)
    // The view has one space where the draft has several, so one whitespace unit suffices (and
    // keeps the pattern's count of quantifiers low).
    else if (/^\s+$/.test(piece)) out += '\\s';
    else if (piece.startsWith('{{')) out += listPattern(piece.slice(2, -2), lists, seen);
    else out += escapeLiteral(piece);
  }
  const first = phrase[0];
  const end = phrase[phrase.length - 1];
  const open = WORD_EDGE.test(first) ? '\\b' : '';
  const close = WORD_EDGE.test(end) ? '\\b' : '';
  return `${open}${out}${close}`;
}

/** `(?:a|b|…)` for list `name`; longer phrases first, so alternation prefers the fuller match. */
export function listPattern(name: string, lists: PhraseLists, seen: readonly string[] = []): string {
  const phrases = lists.get(name);
  if (!phrases) throw new PatternError(`unknown phrase list "{{${name}}}" (lists of this pack: ${[...lists.keys()].join(', ') || 'none'})`);
  if (seen.includes(name)) throw new PatternError(`phrase list "${name}" refers to itself (${[...seen, name].join(' → ')})`);
  const inner = [...phrases].sort((a, b) => b.length - a.length).map((p) => phraseToPattern(p, lists, [...seen, name]));
  return `(?:${inner.join('|')})`;
}

/** Replaces `{{name}}` in a regular-expression pattern by the list's alternation. */
export function expandSlots(pattern: string, lists: PhraseLists, seen: readonly string[] = []): string {
  return pattern.replace(SLOT, (_, name: string) => listPattern(name, lists, seen));
}

/** The list names a pattern or phrase refers to. */
export function slotsOf(pattern: string): string[] {
  return [...pattern.matchAll(SLOT)].map((m) => m[1]);
}

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Reads a pack's `lists:` map (name → phrase block or list). */
export function readLists(raw: Record<string, string | readonly string[]> | undefined): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const [name, source] of Object.entries(raw ?? {})) lists.set(name, readPhrases(source));
  return lists;
}

/**
 * The list a pattern cannot match without: a `{{slot}}` outside every group, not made optional,
 * in a pattern with no top-level `|`. Undefined when there is none (the pattern cannot be gated).
 */
export function requiredSlot(pattern: string): string | undefined {
  // One scan: a top-level `|` means no slot is required; otherwise the last required slot wins.
  let found: string | undefined;
  for (const { at, c, depth } of structuralChars(pattern)) {
    if (depth !== 0) continue;
    if (c === '|') return undefined;
    if (c !== '{') continue;
    const m = /^\{\{([a-z][a-z0-9-]*)\}\}/.exec(pattern.slice(at));
    if (!m) continue;
    const after = pattern[at + m[0].length];
    // The last required list is kept: patterns name the rare word (the credential) after the common one (send).
    if (after !== '?' && after !== '*' && !pattern.startsWith('{0', at + m[0].length)) found = m[1];
  }
  return found;
}
