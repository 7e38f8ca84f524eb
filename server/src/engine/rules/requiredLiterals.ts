import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { foldUnit } from '../text/literalScan.js';

// What a pattern cannot match without: a set of literal strings, one of which every match contains
// (as "password" or "passcode" for `\bpass(?:word|code)\b`). A draft that contains none of them
// cannot match, so the pattern is not run on it (the idea of RE2's and ripgrep's prefilters). The
// strings are folded as `foldUnit` folds the text (ASCII case, and the two non-ASCII letters that
// case-fold to ASCII), so a case-insensitive match is never missed.

/** Longest set of strings kept while concatenating (`e-?mails?` is four). */
const MAX_EXACT = 64;
/** Largest set of alternatives kept as a requirement (a phrase list of this many entries). */
const MAX_REQUIRED = 256;
/**
 * Below this, a requirement is not worth a gate: "to", "me" or 的 are in nearly every draft, and
 * each occurrence costs the scan a step.
 */
const MIN_WEIGHT = 3;
/** Requirements kept per pattern: the most selective ones. */
const MAX_CLAUSES = 4;

/** Sets of strings, each of which a match must contain one of (all of them, not any). */
type Clauses = string[][];

interface Facts {
  /** Every string the node can match, folded; null when unknown or too many. */
  exact: string[] | null;
  /** What every match contains: one string of each set. */
  required: Clauses;
}

const NONE: Facts = { exact: null, required: [] };
const EMPTY: Facts = { exact: [''], required: [] };

/**
 * What every match of `source` (compiled with `flags`) contains: one literal of each returned set.
 * Undefined when nothing useful is required (then the pattern always runs). Never throws: an
 * unparsable pattern simply gets no gate.
 */
export function requiredLiterals(source: string, flags: string): string[][] | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  } catch {
    return undefined;
  }
  const facts = alternatives(pattern.alternatives, flags.includes('i'));
  const clauses = useful(requirements(facts));
  clauses.sort((a, b) => weight(b) - weight(a) || a.length - b.length);
  return clauses.length > 0 ? clauses.slice(0, MAX_CLAUSES) : undefined;
}

function alternatives(list: readonly AST.Alternative[], ignoreCase: boolean): Facts {
  const each = list.map((a) => sequence(a.elements, ignoreCase));
  if (each.length === 1) return each[0];
  const exact = union(each.map((f) => f.exact));
  // Any alternative may match: the requirement is one of each alternative's own strongest.
  const strongest = union(each.map((f) => best(requirements(f))));
  return { exact: exact && exact.length <= MAX_EXACT ? exact : null, required: strongest ? [strongest] : [] };
}

/** A concatenation: runs of exact pieces become strings; every element's requirement holds. */
function sequence(elements: readonly AST.Element[], ignoreCase: boolean): Facts {
  const required: Clauses = [];
  let run: string[] = [''];
  let allExact = true;
  for (const element of elements) {
    const facts = element_(element, ignoreCase);
    const joined: string[] | null = facts.exact ? product(run, facts.exact) : null;
    if (joined) {
      // The run's strings contain the element's, so its own requirements add nothing; a
      // lookaround's are about other text.
      run = joined;
      if (element.type === 'Assertion') required.push(...facts.required);
      continue;
    }
    allExact = false;
    required.push(run);
    run = facts.exact && facts.exact.length <= MAX_EXACT ? facts.exact : [''];
    required.push(...facts.required);
  }
  required.push(run);
  return { exact: allExact ? run : null, required: useful(required) };
}

function element_(node: AST.Element, ignoreCase: boolean): Facts {
  switch (node.type) {
    case 'Character': {
      const s = character(node.value, ignoreCase);
      return s === null ? NONE : { exact: [s], required: [] };
    }
    case 'CharacterClass':
      return characterClass(node, ignoreCase);
    case 'Assertion':
      // A lookaround's text must be there too (zero-width: it does not break a run of exact pieces).
      if ((node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate) {
        const inner = alternatives(node.alternatives, ignoreCase);
        return { exact: [''], required: useful(requirements(inner)) };
      }
      return EMPTY;
    case 'Group':
    case 'CapturingGroup':
      return alternatives(node.alternatives, ignoreCase);
    case 'Quantifier': {
      const inner = element_(node.element, ignoreCase);
      const required = node.min >= 1 ? useful(requirements(inner)) : [];
      let exact: string[] | null = null;
      if (inner.exact && node.max <= 1) exact = node.min === 0 ? dedupe(['', ...inner.exact]) : inner.exact;
      else if (inner.exact && node.min === node.max && node.max <= 4) {
        exact = [''];
        for (let i = 0; i < node.min && exact; i++) exact = product(exact, inner.exact);
      }
      return { exact, required };
    }
    default:
      // Backreferences, `.`, `\s`, `\w`, property escapes: nothing literal to say.
      return NONE;
  }
}

/** Everything a node's matches contain: its requirements, and the set of its exact strings when known. */
function requirements(facts: Facts): Clauses {
  return facts.exact ? [...facts.required, facts.exact] : facts.required;
}

/** The requirements worth keeping: no empty string (always present), not too many strings, distinct. */
function useful(clauses: Clauses): Clauses {
  const seen = new Set<string>();
  const out: Clauses = [];
  for (const given of clauses) {
    if (given.length === 0 || given.length > MAX_REQUIRED || weight(given) < MIN_WEIGHT) continue;
    // A string that contains another of its set adds nothing (passwords beside password).
    const clause = given.filter((s) => !given.some((other) => other !== s && s.includes(other)));
    const key = clause.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(clause);
  }
  return out;
}

/** A small class of plain characters (`[sz]`, `[-\s]` is not) is a set of one-character strings. */
function characterClass(node: AST.CharacterClass, ignoreCase: boolean): Facts {
  if (node.negate) return NONE;
  const out: string[] = [];
  for (const member of node.elements) {
    if (member.type === 'Character') {
      const s = character(member.value, ignoreCase);
      if (s === null) return NONE;
      out.push(s);
    } else if (member.type === 'CharacterClassRange' && member.max.value - member.min.value < 10) {
      for (let cp = member.min.value; cp <= member.max.value; cp++) {
        const s = character(cp, ignoreCase);
        if (s === null) return NONE;
        out.push(s);
      }
    } else return NONE;
    if (out.length > 10) return NONE;
  }
  return out.length === 0 ? NONE : { exact: dedupe(out), required: [] };
}

/**
 * One code point as the folded text would hold it, or null when a case-insensitive match could be
 * spelled with a character folding does not reach (a cased letter outside ASCII, as É for é).
 */
function character(cp: number, ignoreCase: boolean): string | null {
  const s = String.fromCodePoint(cp);
  if (cp >= 0x80 && ignoreCase && s.toLowerCase() !== s.toUpperCase()) {
    // ſ and K fold to ASCII letters, as the text is folded.
    if (cp !== 0x17f && cp !== 0x212a) return null;
  }
  let folded = '';
  for (let i = 0; i < s.length; i++) folded += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return folded;
}

function product(left: readonly string[], right: readonly string[]): string[] | null {
  if (left.length === 1 && right.length === 1) return [left[0] + right[0]];
  if (left.length * right.length > MAX_EXACT) return null;
  const out: string[] = [];
  for (const a of left) for (const b of right) out.push(a + b);
  return dedupe(out);
}

/** Any of several sets: their union, or null when one of them is unknown. */
function union(sets: readonly (string[] | null)[]): string[] | null {
  const out = new Set<string>();
  for (const set of sets) {
    if (!set) return null;
    for (const s of set) out.add(s);
  }
  return out.size <= MAX_REQUIRED ? [...out] : null;
}

/** The most selective of several requirements: its weakest string is strongest, then it is shortest. */
function best(candidates: Clauses): string[] | null {
  let chosen: string[] | null = null;
  let chosenWeight = MIN_WEIGHT - 1;
  for (const set of candidates) {
    if (set.length === 0 || set.length > MAX_REQUIRED) continue;
    const w = weight(set);
    if (w > chosenWeight || (w === chosenWeight && chosen && set.length < chosen.length)) {
      chosen = set;
      chosenWeight = w;
    }
  }
  return chosen;
}

/** How selective a set is: the weight of its weakest string (a Han character counts as two letters). */
function weight(set: readonly string[]): number {
  let min = Infinity;
  for (const s of set) {
    let w = 0;
    for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) >= 0x2e80 ? 2 : 1;
    min = Math.min(min, w);
  }
  return min;
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list)];
}
