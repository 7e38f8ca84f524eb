// safe-regex2 measures star height, so it refuses `(a+)+$` but not `(a|a)*b` or `(?:\w|\d)+$`, which
// backtrack just as exponentially: inside a repeated group, two alternatives that can start with
// the same character give the engine two ways to match every repetition. This finds such groups.
// Bounded repeats count too when the bound is large (`(a|a){1,100}b` is 2^100 paths). It also finds
// neighbouring repeats that can match the same characters (`\d+\d+x`, `a*a*a*b`): each way of
// splitting a run between them is tried, polynomial in the run's length at every start position.
// Characters are compared on a small sample alphabet (each piece is tried as a RegExp of its own),
// so classes, escapes and flags need no parser of their own here.

const SAMPLE = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  '\t',
  '\n',
  '\u00a0',
  'é',
  'ß',
  'Ω',
  '你',
  '好',
  '，',
  '。',
  '１',
  'ａ',
  '😀',
];

type CharSet = boolean[];

interface Item {
  /** Characters the item can start with. */
  first: CharSet;
  /** Whether the item can match the empty string (then the next item's first characters count too). */
  nullable: boolean;
  /** A single character class repeated many times (`\d+`, `.*`, `a{1,50}`): the characters it repeats. */
  loop?: CharSet;
}

/** A repeat bound this large makes an ambiguity expensive (2^10 paths and up). */
const LARGE_REPEAT = 10;

export interface Ambiguity {
  kind: 'alternation' | 'adjacent';
  /** The offending part of the pattern. */
  source: string;
}

const none = (): CharSet => SAMPLE.map(() => false);
const all = (): CharSet => SAMPLE.map(() => true);
const union = (a: CharSet, b: CharSet): CharSet => a.map((x, i) => x || b[i]);
const overlap = (a: CharSet, b: CharSet): boolean => a.some((x, i) => x && b[i]);

function charsOf(atom: string, flags: string): CharSet {
  try {
    const re = new RegExp(`^(?:${atom})$`, flags);
    return SAMPLE.map((c) => re.test(c));
  } catch {
    return all();
  }
}

/** The first repeated group whose alternatives can start alike, as its source text; undefined if none. */
export function overlappingRepeatedAlternation(pattern: string, caseSensitive = false): string | undefined {
  const found = ambiguousRepetition(pattern, caseSensitive);
  return found?.kind === 'alternation' ? found.source : undefined;
}

/** The first ambiguous repetition in the pattern (see the top of this file); undefined if none. */
export function ambiguousRepetition(pattern: string, caseSensitive = false): Ambiguity | undefined {
  const flags = caseSensitive ? 'u' : 'iu';
  let pos = 0;
  let found: Ambiguity | undefined;

  // Parses alternatives up to `)` or the end; returns each alternative's first set and nullability.
  function alternatives(): Item[] {
    const alts: Item[] = [];
    let first = none();
    let nullable = true;
    // Repeats since the last item that must consume a character: neighbours that can share characters.
    let loops: { set: CharSet; start: number; end: number }[] = [];
    while (pos < pattern.length && pattern[pos] !== ')') {
      if (pattern[pos] === '|') {
        alts.push({ first, nullable });
        first = none();
        nullable = true;
        loops = [];
        pos++;
        continue;
      }
      const start = pos;
      const item = quantified();
      if (item.loop) {
        // Two sharing repeats side by side (`\d+\d+`: never needed, one repeat says the same), or three
        // in one run (`a*a*a*`, `.*\s*.*\s*.*`: cubic). Two with an optional part between them
        // (`\s*(?:no\.)?\s*`) are a common idiom and at worst quadratic after a fixed prefix.
        const clashes = loops.filter((l) => overlap(l.set, item.loop!));
        const previous = loops[loops.length - 1];
        const sideBySide = previous !== undefined && previous.end === start && overlap(previous.set, item.loop);
        if ((sideBySide || clashes.length >= 2) && !found)
          found = { kind: 'adjacent', source: pattern.slice((sideBySide ? previous : clashes[0]).start, pos) };
        loops.push({ set: item.loop, start, end: pos });
      } else if (!item.nullable) loops = [];
      if (nullable) first = union(first, item.first);
      nullable &&= item.nullable;
    }
    alts.push({ first, nullable });
    return alts;
  }

  function quantified(): Item {
    const start = pos;
    const atom = atomAt();
    const q = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(pattern.slice(pos));
    if (!q) return atom.item;
    pos += q[0].length;
    const min = q[0][0] === '{' ? Number(q[1]) : q[0][0] === '+' ? 1 : 0;
    const max = q[0][0] === '?' ? 1 : q[0][0] !== '{' ? Infinity : q[2] === undefined ? min : q[3] === '' ? Infinity : Number(q[3]);
    const many = max >= LARGE_REPEAT;
    if (many && atom.alternatives && atom.alternatives.length > 1 && !found) {
      const alts = atom.alternatives;
      for (let i = 0; i < alts.length && !found; i++) {
        for (let j = i + 1; j < alts.length && !found; j++) {
          if (overlap(alts[i].first, alts[j].first)) found = { kind: 'alternation', source: pattern.slice(start, pos) };
        }
      }
    }
    const loop = many && atom.single ? atom.item.first : undefined;
    return { first: atom.item.first, nullable: atom.item.nullable || min === 0, loop };
  }

  /** `single`: the atom matches exactly one character (a class, an escape, a literal, `.`). */
  function atomAt(): { item: Item; alternatives?: Item[]; single?: boolean } {
    const c = pattern[pos];
    if (c === '(') {
      const head = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(pattern.slice(pos))!;
      pos += head[0].length;
      const alts = alternatives();
      pos++; // ')'
      const lookaround = head[1] !== undefined && /^\?(?:[=!]|<[=!])$/.test(head[1]);
      if (lookaround) return { item: { first: none(), nullable: true } };
      const item = alts.reduce((acc, a) => ({ first: union(acc.first, a.first), nullable: acc.nullable || a.nullable }), {
        first: none(),
        nullable: false,
      });
      return { item, alternatives: alts };
    }
    if (c === '^' || c === '$') {
      pos++;
      return { item: { first: none(), nullable: true } };
    }
    if (c === '[') {
      const m = /^\[(?:\\[\s\S]|[^\]\\])*\]/.exec(pattern.slice(pos));
      const src = m ? m[0] : pattern.slice(pos);
      pos += src.length;
      return { item: { first: charsOf(src, flags), nullable: false }, single: true };
    }
    if (c === '\\') {
      const m = /^\\(?:[bB]|\d+|k<[^>]*>)/.exec(pattern.slice(pos));
      if (m) {
        pos += m[0].length;
        // Word boundaries match nothing; a back-reference may match anything (or nothing).
        return { item: { first: /^\\[bB]$/.test(m[0]) ? none() : all(), nullable: true } };
      }
      const e = /^\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[\s\S])/.exec(pattern.slice(pos))!;
      pos += e[0].length;
      return { item: { first: charsOf(e[0], flags), nullable: false }, single: true };
    }
    const ch = String.fromCodePoint(pattern.codePointAt(pos)!);
    pos += ch.length;
    return {
      item: { first: charsOf(ch === '.' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), flags), nullable: false },
      single: true,
    };
  }

  while (pos < pattern.length && !found) {
    alternatives();
    pos++; // a stray ')' (the pattern compiled, so this does not happen)
  }
  return found;
}
