/**
 * Whether a UTF-16 unit is white space as `\s` reads it (WhiteSpace and LineTerminator of
 * ECMAScript: tab to carriage return, space, no-break space, U+1680, U+2000–U+200A, the line and
 * paragraph separators, U+202F, U+205F, the ideographic space and the BOM). A comparison, not a
 * regular expression run on a one-character string: callers ask once per character.
 */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
