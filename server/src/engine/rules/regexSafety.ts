import safeRegex from 'safe-regex2';
import { ambiguousRepetition } from './repeatedAlternation.js';

// What a rule pack may ask of the regex engine. A user pack (a trusted workspace's, or one given with
// --rule-pack) must not be able to hang the linter or the language server: every pattern is checked
// for shapes that backtrack exponentially or polynomially, and a pack's size is bounded.

/** Thrown when a pattern from a rule pack cannot be used; the loader turns it into a located error. */
export class PatternError extends Error {}

/** A pattern after its `{{list}}` slots are expanded: long alternations of phrases, each one short. */
export const MAX_PATTERN_LENGTH = 8000;
/** Strings (patterns, phrases, messages, swap keys) in one pack: the built-in packs hold under 500. */
export const MAX_PACK_STRINGS = 10_000;
/** Characters in one pack's strings: the built-in packs hold under 40,000. */
export const MAX_PACK_CHARACTERS = 300_000;

/** A pattern as an error message shows it: never more than a line, however long the pattern. */
export function quotePattern(pattern: string): string {
  const quoted = JSON.stringify(pattern);
  return quoted.length <= 80 ? quoted : `${quoted.slice(0, 60)}…" (${pattern.length} characters)`;
}

/** Throws a PatternError when a pack's pattern is invalid, too long, or may backtrack catastrophically. */
export function checkPattern(pattern: string, caseSensitive: boolean): void {
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new PatternError(`pattern is longer than ${MAX_PATTERN_LENGTH} characters: ${quotePattern(pattern)}`);
  try {
    new RegExp(pattern, 'u'); // valid Unicode-mode syntax, whichever flags it is compiled with
  } catch (error) {
    throw new PatternError(
      `invalid pattern ${quotePattern(pattern)}: ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`,
    );
  }
  if (!safeRegex(forAnalysis(pattern), { limit: 25 })) {
    throw new PatternError(`pattern may backtrack catastrophically (nested quantifiers): ${quotePattern(pattern)}`);
  }
  const ambiguous = ambiguousRepetition(pattern, caseSensitive);
  if (ambiguous?.kind === 'alternation') {
    throw new PatternError(
      `pattern may backtrack catastrophically (alternatives of the repeated ${ambiguous.source} can start alike): ${quotePattern(pattern)}`,
    );
  }
  if (ambiguous?.kind === 'adjacent') {
    throw new PatternError(
      `pattern may backtrack catastrophically (${ambiguous.source}: neighbouring repeats can match the same characters): ${quotePattern(pattern)}`,
    );
  }
}

/**
 * safe-regex2's parser does not know lookbehind and refuses every pattern with one. A lookbehind
 * backtracks like the lookahead with the same body, so the check reads `(?<=x)` as `(?=x)`.
 * It also counts an optional group as a repeat (`(?:no\s*)?` as star height 2); an optional group
 * is an alternative with an empty branch, and is read as one: `(?:no\s*|)`.
 */
function forAnalysis(pattern: string): string {
  return pattern.replace(/(?<!\\)((?:\\\\)*)\(\?<([=!])/g, '$1(?$2').replace(/(?<!\\)((?:\\\\)*)\)\?(?![?+*{])/g, '$1|)');
}

/**
 * A pack too big to load quickly (100,000 patterns took 18 s to load and minutes to lint with):
 * the error message, or undefined. Counted on the raw YAML data before anything is compiled.
 */
export function packSizeProblem(rules: unknown): string | undefined {
  let strings = 0;
  let characters = 0;
  const stack: unknown[] = [rules];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      strings++;
      characters += value.length;
    } else if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        strings++;
        characters += key.length;
        stack.push(child);
      }
    }
    if (strings > MAX_PACK_STRINGS) return `the pack is too large: more than ${MAX_PACK_STRINGS} patterns, phrases and other strings`;
    if (characters > MAX_PACK_CHARACTERS)
      return `the pack is too large: more than ${MAX_PACK_CHARACTERS} characters of patterns, phrases and other text`;
  }
  return undefined;
}
