import { literalGate, type LiteralGate } from '../text/literalScan.js';
import { requiredLiterals } from './requiredLiterals.js';

// The literal gate of each compiled pattern (rules/requiredLiterals.ts), by source and flags.
// Reading a pattern's structure costs more than compiling it, so the built-in packs' gates are
// worked out when the build writes their snapshot and stored in it (`knowGates`); a user's pack
// gets its gates when it is compiled, once per distinct pattern.

/** Required literals (one of each set) by `flags/source`; null: the pattern has none worth a gate. */
export type GateTable = Record<string, readonly (readonly string[])[] | null>;

/** Bounds what a long editing session (a pack rewritten pattern by pattern) can accumulate. */
const MAX_KNOWN = 5000;
const known = new Map<string, GateTable[string]>();
let recording: Map<string, GateTable[string]> | undefined;

/** The gate of a compiled pattern, or undefined when it must always run. */
export function gateOf(regex: RegExp): LiteralGate | undefined {
  const key = `${regex.flags}/${regex.source}`;
  let required = known.get(key);
  if (required === undefined) {
    if (known.size >= MAX_KNOWN) known.clear();
    required = requiredLiterals(regex.source, regex.flags) ?? null;
    known.set(key, required);
  }
  recording?.set(key, required);
  return required ? literalGate(required) : undefined;
}

/** Gates worked out before (a snapshot's), so compiling those patterns skips reading them. */
export function knowGates(table: GateTable | undefined): void {
  for (const [key, required] of Object.entries(table ?? {})) known.set(key, required);
}

/** Runs `compile` and returns, with its result, the gates of every pattern it compiled. */
export function recordingGates<T>(compile: () => T): { result: T; gates: GateTable } {
  const previous = recording;
  const table = new Map<string, GateTable[string]>();
  recording = table;
  try {
    return { result: compile(), gates: Object.fromEntries(table) };
  } finally {
    recording = previous;
  }
}
