// Character classes read by char code: scanners that walk every character of a draft ask a table
// instead of running an expression per character.

/** ASCII char code → 1 when the one-character class `member` matches it, else 0. */
export function asciiTable(member: RegExp): Uint8Array {
  return new Uint8Array(128).map((_, c) => (member.test(String.fromCharCode(c)) ? 1 : 0));
}

/** The end of the run of `table`'s characters that starts at `from` (`from` itself when there is none; non-ASCII ends it). */
export function asciiRunEnd(text: string, from: number, table: Uint8Array): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) < 128 && table[text.charCodeAt(i)]) i++;
  return i;
}
