/** "Did you mean" support: the closest candidate within a small edit distance. */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment: a swap of two neighbouring letters (channle → channel) is one edit.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

export function closest(input: string, candidates: readonly string[]): string | undefined {
  return suggest(input, candidates)?.value;
}

/**
 * A replacement for a mistyped word, and whether it is certain: a fix applied without asking must
 * be exactly what the writer meant. Certain: the same word in other case, a known alias, or one
 * typo (two in a long word) away from exactly one candidate. Anything looser is only a suggestion,
 * and a word that is mostly different (cc → to) gets none at all.
 */
export interface Suggestion {
  value: string;
  certain: boolean;
}

export function suggest(
  input: string,
  candidates: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): Suggestion | undefined {
  const needle = input.trim().toLowerCase();
  if (needle === '' || input.length > 64) return undefined;
  const alias = Object.hasOwn(aliases, needle) ? aliases[needle] : undefined;
  if (alias !== undefined && candidates.includes(alias)) return { value: alias, certain: true };
  let best: string | undefined;
  let bestDistance = Infinity;
  let ties = 0;
  for (const candidate of candidates) {
    const d = editDistance(needle, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance, ties] = [candidate, d, 1];
    else if (d === bestDistance) ties++;
  }
  if (best === undefined) return undefined;
  if (bestDistance === 0) return { value: best, certain: ties === 1 };
  // A completion of a word cut short (wech → wechat) is a fair guess, never a certainty.
  const prefixOf = candidates.filter((c) => needle.length >= 3 && c.toLowerCase().startsWith(needle));
  if (bestDistance * 2 >= needle.length) return prefixOf.length === 1 ? { value: prefixOf[0], certain: false } : undefined;
  const certain = ties === 1 && needle.length >= 3 && (bestDistance === 1 || (bestDistance === 2 && needle.length >= 6));
  if (certain || bestDistance <= Math.max(1, Math.floor(needle.length / 3))) return { value: best, certain: certain && ties === 1 };
  return prefixOf.length === 1 ? { value: prefixOf[0], certain: false } : undefined;
}
