import safeRegex from 'safe-regex2';

/** Thrown when a pattern from a rule pack cannot be used; the loader turns it into a located error. */
export class PatternError extends Error {}

const MAX_PATTERN_LENGTH = 2000;

/**
 * Compiles rule-pack patterns into one global, Unicode-aware regular expression.
 * Patterns with nested quantifiers (catastrophic backtracking, e.g. `(a+)+$`) are refused, so a
 * user pack cannot hang the linter.
 */
export function compilePatterns(patterns: readonly string[], caseSensitive = false): RegExp {
  for (const pattern of patterns) checkPattern(pattern);
  const source = patterns.length === 1 ? patterns[0] : patterns.map((p) => `(?:${p})`).join('|');
  return build(source, caseSensitive);
}

function checkPattern(pattern: string): void {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new PatternError(`pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  build(pattern, false);
  if (!safeRegex(forAnalysis(pattern), { limit: 25 })) {
    throw new PatternError(`pattern may backtrack catastrophically (nested quantifiers): ${pattern}`);
  }
}

/**
 * safe-regex2's parser does not know lookbehind and refuses every pattern with one. A lookbehind
 * backtracks like the lookahead with the same body, so the check reads `(?<=x)` as `(?=x)`.
 */
function forAnalysis(pattern: string): string {
  return pattern.replace(/(?<!\\)((?:\\\\)*)\(\?<([=!])/g, '$1(?$2');
}

function build(source: string, caseSensitive: boolean): RegExp {
  try {
    return new RegExp(source, caseSensitive ? 'gu' : 'giu');
  } catch (error) {
    throw new PatternError(`invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
  }
}

/** Every match of `pattern` in `text` (the pattern must be global). */
export function* matchAll(pattern: RegExp, text: string, from = 0, to = text.length): Generator<RegExpExecArray> {
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    yield m;
  }
}

export function test(pattern: RegExp, text: string, from = 0, to = text.length): boolean {
  for (const _ of matchAll(pattern, to < text.length ? text.slice(0, to) : text, from)) return true;
  return false;
}
