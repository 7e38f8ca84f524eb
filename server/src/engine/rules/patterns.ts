import { mayContain, type LiteralGate } from '../text/literalScan.js';
import { gateOf } from './literalGates.js';
import { guardLeadingLookbehind } from './lookbehindGuard.js';
import { checkPattern, PatternError, quotePattern } from './regexSafety.js';

export { PatternError };

/**
 * Compiles rule-pack patterns into one global, Unicode-aware regular expression.
 * Patterns that may backtrack catastrophically are refused (see regexSafety.ts), so a user pack
 * cannot hang the linter.
 */
export function compilePatterns(patterns: readonly string[], caseSensitive = false): RegExp {
  if (vetting) for (const pattern of patterns) checkPattern(pattern, caseSensitive);
  const guarded = patterns.map(guardLeadingLookbehind);
  const source = guarded.length === 1 ? guarded[0] : guarded.map((p) => `(?:${p})`).join('|');
  const regex = vetting ? build(source, caseSensitive) : new RegExp(source, flags(source, caseSensitive));
  const gate = gateOf(regex);
  if (gate) gates.set(regex, gate);
  return regex;
}

/** Compiled patterns that cannot match a text without one of their literals (rules/requiredLiterals.ts). */
const gates = new WeakMap<RegExp, LiteralGate>();

/** Texts shorter than this are matched without asking the gate: the pattern is cheap there. */
const MIN_GATED_LENGTH = 200;

/** False when `pattern` certainly has no match in `text` (none of its required literals occurs). */
function mayMatch(pattern: RegExp, text: string): boolean {
  if (text.length < MIN_GATED_LENGTH) return true;
  const gate = gates.get(pattern);
  return gate === undefined || mayContain(gate, text);
}

let vetting = true;

/**
 * Compiles rules that were already vetted (the built-in packs, checked when the build wrote their
 * snapshot and by the rule tests) without checking each pattern again: the checks cost more than
 * everything else at start-up. Synchronous, so the switch cannot leak into other work.
 */
export function withoutVetting<T>(compile: () => T): T {
  const previous = vetting;
  vetting = false;
  try {
    return compile();
  } finally {
    vetting = previous;
  }
}

function build(source: string, caseSensitive: boolean): RegExp {
  try {
    new RegExp(source, 'u'); // the pack's pattern must be valid Unicode-mode syntax either way
    return new RegExp(source, flags(source, caseSensitive));
  } catch (error) {
    throw new PatternError(
      `invalid pattern ${quotePattern(source)}: ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`,
    );
  }
}

function flags(source: string, caseSensitive: boolean): string {
  return (caseSensitive ? 'g' : 'gi') + (needsUnicode(source, 'anywhere') ? 'u' : '');
}

/** Every match of `pattern` in `text` (the pattern must be global). */
export function* matchAll(pattern: RegExp, text: string, from = 0, to = text.length): Generator<RegExpExecArray> {
  if (!mayMatch(pattern, text)) return;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    yield m;
  }
}

/** The spans of `matchAll(pattern, text)`, appended to `out`: the same matches, without a generator or a match kept. */
export function matchSpans(pattern: RegExp, text: string, out: { start: number; end: number }[]): void {
  if (!mayMatch(pattern, text)) return;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else out.push({ start: m.index, end: m.index + m[0].length });
  }
}

/** Whether `pattern` (global) matches a non-empty span in `text` between `from` and `to`; as `matchAll`, without a generator. */
export function test(pattern: RegExp, text: string, from = 0, to = text.length): boolean {
  if (!mayMatch(pattern, text)) return false;
  const subject = to < text.length ? text.slice(0, to) : text;
  pattern.lastIndex = from;
  for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
    if (m[0].length > 0) return true;
    pattern.lastIndex++;
  }
  return false;
}

/**
 * Whether an expression needs the `u` flag: a property escape (`\p{L}`, `\P{…}`) or a code point
 * escape (`\u{…}`), which exist only with it, or an astral character (one written as two UTF-16
 * units) where `u` changes what it matches. Without these, `u` changes nothing for BMP text (Latin,
 * Han, CJK punctuation, ASCII and CJK case folding) but makes V8 many times slower with `i`
 * (measured ~135 µs/KB against ~4 µs/KB for the messenger names), so it is left off.
 *
 * `astral` says where an astral character counts. `anywhere` for rule-pack patterns: their author
 * may write `.` or `[^…]` beside an emoji and mean one character. `in-class` for the engine's own
 * expressions (`fastRegExp`): inside a class each surrogate half would be a member of its own,
 * while elsewhere a literal astral character matches the same two units either way, and those
 * expressions are written knowing it.
 */
export function needsUnicode(source: string, astral: 'anywhere' | 'in-class'): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92) {
      const escaped = source.charCodeAt(i + 1);
      if ((escaped === 112 || escaped === 80 || escaped === 117) && source.charCodeAt(i + 2) === 123) return true; // \p{ \P{ \u{
      i++; // the escaped character
    } else if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c >= 0xd800 && c <= 0xdfff && (astral === 'anywhere' || inClass)) return true;
  }
  return false;
}

/**
 * An expression of the engine's own (not a pack's), built without `u` unless `needsUnicode(…,
 * 'in-class')` says it matters.
 */
export function fastRegExp(source: string, flags: string): RegExp {
  return new RegExp(source, needsUnicode(source, 'in-class') ? flags : flags.replace('u', ''));
}
