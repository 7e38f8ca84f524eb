// A pattern that begins with a lookbehind (`(?<=please …)send …`) makes V8 run the lookbehind at
// every position of the text, scanning backwards each time: on a 4 KB draft that is thousands of
// backward scans for a rule that matches nowhere. `(?=R)(?<=L)R` matches exactly where `(?<=L)R`
// does (the lookahead only asks that R can match here, which the original asks too), but most
// positions now fail on R's first character. Measured on the violation-dense corpus: the
// credential-request pattern went from 876 ms to 33 ms.

import { classEnd, structuralChars } from './patternStructure.js';

/**
 * `source` with a lookahead of what follows its leading lookbehinds, or `source` unchanged when
 * the rewrite could change a match: a top-level `|` (the lookbehind binds one alternative only),
 * back-references (the lookahead would run before the lookbehind's groups are set) or nothing
 * after the lookbehinds.
 */
export function guardLeadingLookbehind(source: string): string {
  if (!source.startsWith('(?<=') && !source.startsWith('(?<!')) return source;
  if (/\\[1-9]|\\k</.test(source) || hasTopLevelBar(source)) return source;
  let restAt = 0;
  while (source.startsWith('(?<=', restAt) || source.startsWith('(?<!', restAt)) {
    const close = closingParen(source, restAt);
    if (close < 0) return source;
    restAt = close + 1;
  }
  const rest = source.slice(restAt);
  if (rest === '' || /^[?*+{]/.test(rest)) return source;
  return `(?=${withoutCaptures(rest)})${source}`;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closingParen(source: string, open: number): number {
  for (const { at, c, depth } of structuralChars(source, open)) if (c === ')' && depth === 1) return at;
  return -1;
}

function hasTopLevelBar(source: string): boolean {
  for (const { c, depth } of structuralChars(source)) if (c === '|' && depth === 0) return true;
  return false;
}

/** The same pattern with every capturing group (numbered or named) made non-capturing: the copy in the lookahead must not add groups. */
function withoutCaptures(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end + 1);
      i = end;
    } else if (c === '(' && source[i + 1] !== '?') out += '(?:';
    else if (c === '(' && source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const nameEnd = source.indexOf('>', i);
      out += '(?:';
      i = nameEnd;
    } else out += c;
  }
  return out;
}
