// Which of many literal strings a text contains, found in one pass (an Aho–Corasick automaton over
// every literal that any compiled pattern requires: rules/requiredLiterals.ts). A pattern whose
// required literals are all absent cannot match, so it is not run: one linear scan of a draft
// replaces hundreds of regular-expression passes that would find nothing.
//
// Text and literals are folded unit by unit (`foldUnit`), so the scan answers for case-insensitive
// patterns too. The answer for the last few texts is kept (the rules of one draft ask about the
// same few views); it holds which literals occur, and the text only until it is replaced.

import { RecentResults } from './recentResults.js';

/** ASCII upper case to lower; ſ (U+017F) to s and the Kelvin sign to k, as case-insensitive Unicode matching does. */
export function foldUnit(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x17f) return 115;
  if (c === 0x212a) return 107;
  return c;
}

/** What a gated pattern needs: one literal of each clause (ids into the shared index). */
export interface LiteralGate {
  readonly clauses: readonly Int32Array[];
}

const literalIds = new Map<string, number>();
const literals: string[] = [];

/** The gate for required literals (folded as `foldUnit` folds: one of each set), registering new ones. */
export function literalGate(required: readonly (readonly string[])[]): LiteralGate {
  return { clauses: required.map((set) => Int32Array.from(set, idOf)) };
}

function idOf(literal: string): number {
  let id = literalIds.get(literal);
  if (id === undefined) {
    id = literals.length;
    literals.push(literal);
    literalIds.set(literal, id);
  }
  return id;
}

/** Whether `text` contains a literal of each of the gate's clauses (so its pattern may match). */
export function mayContain(gate: LiteralGate, text: string): boolean {
  const hits = hitsOf(text);
  for (const ids of gate.clauses) {
    let any = false;
    for (let i = 0; i < ids.length && !any; i++) any = hits[ids[i]] === 1;
    if (!any) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------

let automaton: Automaton | undefined;
const recentHits = new RecentResults(4, (text) => automaton!.scan(text));

function hitsOf(text: string): Uint8Array {
  // Packs compiled later (a user's pack, a changed config) add literals: rebuild, and forget old answers.
  if (!automaton || automaton.size !== literals.length) {
    automaton = new Automaton(literals);
    recentHits.clear();
  }
  return recentHits.get(text);
}

/**
 * Aho–Corasick over UTF-16 units, kept small so it stays in cache while the rules run (a full
 * transition table for every state was ten times slower on real drafts than in isolation): the
 * root's transitions are one table by unit; every other state lists its few children and falls
 * back along failure links.
 */
class Automaton {
  readonly size: number;
  /** Root transition by (folded) unit; 0 stays at the root. */
  private readonly rootNext: Uint16Array | Int32Array;
  /** Children of state s: childUnit/childTarget[childStart[s] .. childStart[s + 1]). */
  private readonly childStart: Int32Array;
  private readonly childUnit: Uint16Array;
  private readonly childTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Literal ids ending at each state (its own and its failure chain's), or undefined. */
  private readonly out: (Int32Array | undefined)[];

  constructor(list: readonly string[]) {
    this.size = list.length;
    // The trie: every state but the root has one parent edge; edges are found by `parent·2¹⁶ + unit`.
    // (Built once per thread before its first lint: flat arrays, not a map per state.)
    const edges = new Map<number, number>();
    const parentOf: number[] = [-1];
    const unitOf: number[] = [0];
    const endsAt: number[][] = [];
    list.forEach((literal, id) => {
      let s = 0;
      for (let i = 0; i < literal.length; i++) {
        const c = foldUnit(literal.charCodeAt(i));
        const key = s * 0x10000 + c;
        let t = edges.get(key);
        if (t === undefined) {
          t = parentOf.length;
          parentOf.push(s);
          unitOf.push(c);
          edges.set(key, t);
        }
        s = t;
      }
      (endsAt[s] ??= []).push(id);
    });
    const states = parentOf.length;
    this.rootNext = states < 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000);
    // Children grouped by parent (a counting sort of the parent edges); the root's go to rootNext.
    this.childStart = new Int32Array(states + 1);
    for (let t = 1; t < states; t++) if (parentOf[t] !== 0) this.childStart[parentOf[t] + 1]++;
    for (let s = 0; s < states; s++) this.childStart[s + 1] += this.childStart[s];
    this.childUnit = new Uint16Array(this.childStart[states]);
    this.childTarget = new Int32Array(this.childStart[states]);
    const filled = this.childStart.slice(0, states);
    for (let t = 1; t < states; t++) {
      const p = parentOf[t];
      if (p === 0) this.rootNext[unitOf[t]] = t;
      else {
        const e = filled[p]++;
        this.childUnit[e] = unitOf[t];
        this.childTarget[e] = t;
      }
    }
    this.fail = new Int32Array(states);
    this.out = new Array(states).fill(undefined);
    /** The child of state `g` by unit `c`; 0 or undefined when there is none. */
    const childOf = (g: number, c: number) => (g === 0 ? this.rootNext[c] : edges.get(g * 0x10000 + c));
    // Breadth first, so a state's failure target is complete before the state.
    const order: number[] = [];
    for (let t = 1; t < states; t++) if (parentOf[t] === 0) order.push(t);
    for (let q = 0; q < order.length; q++) {
      const s = order[q];
      const f = this.fail[s];
      // Each literal ends at one state: its own and its failure chain's never repeat.
      const own = endsAt[s];
      const inherited = this.out[f];
      if (own || inherited) this.out[s] = own ? Int32Array.from(inherited ? [...own, ...inherited] : own) : inherited;
      for (let e = this.childStart[s]; e < this.childStart[s + 1]; e++) {
        const c = this.childUnit[e];
        const t = this.childTarget[e];
        order.push(t);
        let g = f;
        let next = childOf(g, c);
        while (!next && g !== 0) {
          g = this.fail[g];
          next = childOf(g, c);
        }
        this.fail[t] = next && next !== t ? next : 0;
      }
    }
  }

  scan(text: string): Uint8Array {
    const hits = new Uint8Array(this.size);
    const { rootNext, childStart, childUnit, childTarget, fail, out } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = foldUnit(text.charCodeAt(i));
      for (;;) {
        if (s === 0) {
          s = rootNext[c];
          break;
        }
        let t = -1;
        for (let e = childStart[s], end = childStart[s + 1]; e < end; e++) {
          if (childUnit[e] === c) {
            t = childTarget[e];
            break;
          }
        }
        if (t >= 0) {
          s = t;
          break;
        }
        s = fail[s];
      }
      if (s !== 0) {
        const ids = out[s];
        if (ids !== undefined) for (let j = 0; j < ids.length; j++) hits[ids[j]] = 1;
      }
    }
    return hits;
  }
}
