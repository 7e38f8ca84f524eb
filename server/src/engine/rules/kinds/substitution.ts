import type { Draft } from '../../draft/parseDraft.js';
import {
  adjacent,
  chineseSwapStandsAlone,
  codeLikeChunks,
  hasHan,
  isCapitalized,
  isNumber,
  isQuoted,
  latinWords,
  mixesLettersAndDigits,
  startsSentence,
  type WordToken,
} from '../../text/wordTokens.js';
import type { Localized, RawFinding } from '../../types.js';
import { textInScope, type CompiledRule } from '../compiledRule.js';
import { compilePatterns, matchAll } from '../patterns.js';
import type { SubstitutionRule } from '../ruleSchema.js';

const DELETE_MESSAGE: Localized = { en: 'Remove “{match}”.', zh: '请删去“{match}”。' };
const DELETE_TITLE: Localized = { en: 'Remove “{match}”', zh: '删去“{match}”' };

interface Hit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Swaps a word or phrase for another, as a whole word only: never the inside of a word (Chinese
 * text is segmented: 大米有现货 holds no 米有), a URL or path, a word mixing letters and digits
 * (3x, B4), a word after a number (a unit), a quoted word, or a capitalized one (a name) unless the
 * rule allows it at a sentence start. Chinese entries apply to Chinese drafts, Latin ones to English drafts.
 */
export function compileSubstitution(rule: SubstitutionRule): CompiledRule['run'] {
  const phrases = phraseTable(rule.phrases ?? {});
  const phraseGate = phraseWordGate(phrases);
  const hanPhrases = Object.entries(rule.phrases ?? {}).filter(([key]) => hasHan(key));
  const swapEntries = Object.entries(rule.swap ?? {});
  // Each pattern is validated on its own, then all are matched in one pass with a group per entry.
  if (swapEntries.length > 0)
    compilePatterns(
      swapEntries.map(([p]) => p),
      rule.caseSensitive,
    );
  const combined =
    swapEntries.length > 0
      ? compilePatterns(
          swapEntries.map(([p], i) => `(?<s${i}>${p})`),
          rule.caseSensitive,
        )
      : undefined;
  return (draft) => {
    const text = textInScope(rule, draft);
    const hits: Hit[] = [];
    if (draft.lang === 'en' && phrases.size > 0)
      for (const [from, to] of linesToRead(text, phraseGate))
        hits.push(...latinPhraseHits(text, latinWords(text, from, to), phrases, rule.capitalized));
    if (draft.lang === 'zh') hits.push(...hanPhraseHits(text, hanPhrases));
    if (combined) hits.push(...swapHits(text, combined, swapEntries));
    return withoutOverlaps(hits).map((hit) => finding(rule, draft, text, hit));
  };
}

/** Phrases by their first word; longest first, so "thank u" wins over "u". */
function phraseTable(map: Record<string, string>): Map<string, { words: string[]; replacement: string }[]> {
  const table = new Map<string, { words: string[]; replacement: string }[]>();
  for (const [key, replacement] of Object.entries(map)) {
    if (hasHan(key)) continue;
    const words = key.trim().split(/\s+/);
    const list = table.get(words[0]) ?? [];
    list.push({ words, replacement });
    list.sort((a, b) => b.words.length - a.words.length);
    table.set(words[0], list);
  }
  return table;
}

/**
 * The lines that can hold a phrase hit, as [start, end) offsets: a phrase's words are one line
 * apart at most (only spaces or tabs between them), and every check around a hit (the word before,
 * the word after) needs a neighbour on the same line, so the lines holding a gate word are read
 * alone with exactly the findings of reading the whole text. Tokenizing costs far more than the
 * gate's one scan. All of the text when there is no gate.
 */
function linesToRead(text: string, gate: RegExp | undefined): [number, number][] {
  if (!gate) return [[0, text.length]];
  const lines: [number, number][] = [];
  gate.lastIndex = 0;
  for (let m = gate.exec(text); m; m = gate.exec(text)) {
    let start = m.index;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    let end = m.index;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    lines.push([start, end]);
    gate.lastIndex = end;
  }
  return lines;
}

/**
 * A scan every line with a phrase hit passes: one word of some phrase as an ASCII whole word
 * (a phrase's words are whole Latin tokens, and a token is never glued to an ASCII letter, digit
 * or `_` — `_` makes its chunk code-like). Each phrase is represented by its shortest word (the shorthand in
 * "thank u", "we r", "im sorry": rare in honest text, so the gate stays shut). Undefined (no gate)
 * when such a word is not plain ASCII.
 */
function phraseWordGate(table: ReturnType<typeof phraseTable>): RegExp | undefined {
  const gateWords = new Set<string>();
  for (const entries of table.values())
    for (const { words } of entries) gateWords.add(words.reduce((a, b) => (b.length < a.length ? b : a)).toLowerCase());
  if (gateWords.size === 0 || [...gateWords].some((w) => !/^[a-z0-9]+$/.test(w))) return undefined;
  return new RegExp(`\\b(?:${[...gateWords].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');
}

function latinPhraseHits(
  text: string,
  words: WordToken[],
  table: ReturnType<typeof phraseTable>,
  capitalized: SubstitutionRule['capitalized'],
): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (mixesLettersAndDigits(first.text) || isQuoted(text, first.start, first.end)) continue;
    const prev = words[i - 1];
    if (prev && adjacent(text, prev, first) && isNumber(prev.text)) continue; // "5 k", "2 u": a unit or a label
    const title = isCapitalized(first.text);
    const candidates = table.get(first.text) ?? (title ? table.get(first.text.toLowerCase()) : undefined);
    if (!candidates) continue;
    for (const { words: phrase, replacement } of candidates) {
      const span = matchPhrase(text, words, i, phrase);
      if (!span) continue;
      // A lone letter right after a word is a label (type u are, box u), not a pronoun.
      if (phrase[0].length === 1 && prev && adjacent(text, prev, first)) continue;
      if (first.text !== phrase[0] && !capitalizedOk(text, words, i, phrase.length, capitalized)) continue;
      const last = words[i + phrase.length - 1];
      hits.push({ start: first.start, end: last.end, replacement: first.text !== phrase[0] ? upperFirst(replacement) : replacement });
      i += phrase.length - 1;
      break;
    }
  }
  return hits;
}

/** Whether words[i…] spell the phrase, one space apart; the first word may differ only in case (checked by the caller). */
function matchPhrase(text: string, words: WordToken[], i: number, phrase: string[]): boolean {
  if (i + phrase.length > words.length) return false;
  if (words[i].text.toLowerCase() !== phrase[0].toLowerCase()) return false;
  for (let k = 1; k < phrase.length; k++) {
    if (words[i + k].text !== phrase[k] || !adjacent(text, words[i + k - 1], words[i + k])) return false;
  }
  const after = words[i + phrase.length];
  // "u" in "u-bolt" is one word already; a following "'s" or a digit glued on is not the phrase either.
  return !(after && after.start === words[i + phrase.length - 1].end);
}

/**
 * A capitalized first word is a name ("Dear Ty", "Wat Arun", "Will Smith"), except a phrase of
 * several words ("Thank u") or, when the rule allows it, one word starting a sentence and not
 * followed by another capitalized word.
 */
function capitalizedOk(text: string, words: WordToken[], i: number, length: number, capitalized: SubstitutionRule['capitalized']): boolean {
  if (!isCapitalized(words[i].text)) return false;
  const next = words[i + length];
  if (next && adjacent(text, words[i + length - 1], next) && /^\p{Lu}/u.test(next.text)) return false;
  if (length > 1) return true;
  return capitalized === 'sentence-start' && startsSentence(text, words[i].start);
}

function hanPhraseHits(text: string, entries: [string, string][]): Hit[] {
  const hits: Hit[] = [];
  for (const [key, replacement] of entries) {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
      if (chineseSwapStandsAlone(text, at, at + key.length)) hits.push({ start: at, end: at + key.length, replacement });
    }
  }
  return hits;
}

/** Regular-expression swaps (packs written before `phrases`), held to the same word rules. */
function swapHits(text: string, combined: RegExp, entries: [string, string][]): Hit[] {
  const hits: Hit[] = [];
  const codeLike = codeLikeChunks(text);
  let chunk = 0; // matches come in order: one pointer walks the code-like chunks
  for (const m of matchAll(combined, text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (chunk < codeLike.length && codeLike[chunk].end <= start) chunk++;
    const inCode = chunk < codeLike.length && codeLike[chunk].start < end;
    if (end === start || inCode || !isWholeWords(text, start, end)) continue;
    const index = entries.findIndex((_, i) => m.groups?.[`s${i}`] !== undefined);
    hits.push({ start, end, replacement: keepCase(m[0], entries[index][1]) });
  }
  return hits;
}

function isWholeWords(text: string, start: number, end: number): boolean {
  const match = text.slice(start, end);
  // No language filter here (a pack narrows a rule with `applies.langs`); words must still be whole.
  if (hasHan(match)) return chineseSwapStandsAlone(text, start, end);
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  if (wordChar.test(text[start - 1] ?? '') || wordChar.test(text[end] ?? '')) return false;
  return !match.split(/[^\p{L}\p{N}]+/u).some(mixesLettersAndDigits);
}

/** Earliest first; a hit overlapping one already kept is dropped. */
function withoutOverlaps(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of hits) if (kept.length === 0 || hit.start >= kept[kept.length - 1].end) kept.push(hit);
  return kept;
}

function finding(rule: SubstitutionRule, draft: Draft, text: string, hit: Hit): RawFinding {
  const match = draft.text.slice(hit.start, hit.end);
  if (hit.replacement !== '') {
    return {
      start: hit.start,
      end: hit.end,
      params: { match, replacement: hit.replacement },
      fix: {
        title: `“${match}” → “${hit.replacement}”`,
        edits: [{ start: hit.start, end: hit.end, newText: hit.replacement }],
        safe: rule.safe,
      },
    };
  }
  // A deletion takes one neighbouring space with it, so no double space is left behind.
  const before = /[ \t]+$/.exec(text.slice(Math.max(0, hit.start - 8), hit.start))?.[0].length ?? 0;
  const after = before > 0 ? 0 : (/^[ \t]+/.exec(text.slice(hit.end, hit.end + 8))?.[0].length ?? 0);
  const title = DELETE_TITLE[draft.lang].replace('{match}', match);
  return {
    start: hit.start,
    end: hit.end,
    params: { match, replacement: '' },
    message: rule.deleteMessage ?? DELETE_MESSAGE,
    fix: { title, edits: [{ start: hit.start - before, end: hit.end + after, newText: '' }], safe: rule.safe },
  };
}

function upperFirst(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

function keepCase(original: string, replacement: string): string {
  const first = original[0];
  return first && first !== first.toLowerCase() ? upperFirst(replacement) : replacement;
}
