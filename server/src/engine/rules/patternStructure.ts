// Reading a regular-expression source without a parser: the characters that give it structure
// (groups, alternation, slots), with escapes and character classes stepped over. The pack compiler
// uses it to find a pattern's required list and to rewrite a leading lookbehind.

/** Index of the `]` ending the character class opened at `open` (in JavaScript `[]` and `[^]` are complete classes). */
export function classEnd(source: string, open: number): number {
  let i = open + 1;
  for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
  return i;
}

/**
 * The characters of `source` from `from` on outside escapes and character classes, each with the
 * group depth before it (a `(` is at the depth it opens from, its `)` at the depth inside it).
 */
export function* structuralChars(source: string, from = 0): Generator<{ at: number; c: string; depth: number }> {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      i = classEnd(source, i);
      continue;
    }
    yield { at: i, c, depth };
    if (c === '(') depth++;
    else if (c === ')') depth--;
  }
}
