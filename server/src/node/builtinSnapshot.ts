import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileVettedPack, loadRulePack, recordingGates, type GateTable, type LoadedPack, type RuleDefinition } from '../engine/index.js';
import { fingerprint } from './fingerprint.js';
import { packFiles } from './rulePackFiles.js';
import { BUILTIN_PACK_OPTIONS } from '../shared/ruleDocs.js';

// The built-in packs, validated and vetted once at build time and stored as JSON: start-up then
// skips YAML parsing, schema validation and pattern checks (most of the server's time to first
// diagnostics). The snapshot is used only while every pack file still has the hash it was made from.

export const SNAPSHOT_FILE = 'builtin-rules.json';
/**
 * Raised when what the loader writes changes (2: each rule's `link`; 3: each pack's literal gates),
 * so an older snapshot is not read.
 */
const SNAPSHOT_VERSION = 3;

interface Snapshot {
  version: number;
  /** `gates`: the required literals of every pattern the pack compiles (engine/rules/literalGates.ts). */
  packs: { file: string; fingerprint: string; definitions: RuleDefinition[]; gates: GateTable }[];
}

/** Writes the snapshot, or removes a stale one when any pack has an error (the YAML path then reports it). */
export function writeBuiltinSnapshot(rulesDir: string, outFile: string): { written: boolean; errors: string[] } {
  const snapshot: Snapshot = { version: SNAPSHOT_VERSION, packs: [] };
  const errors: string[] = [];
  for (const file of packFiles(rulesDir)) {
    const source = readFileSync(file, 'utf8');
    const { result: pack, gates } = recordingGates(() => loadRulePack(source, file, BUILTIN_PACK_OPTIONS));
    errors.push(...pack.errors.map((e) => `${e.path}:${e.line}:${e.column}: ${e.message}`));
    snapshot.packs.push({
      file: basename(file),
      fingerprint: fingerprint(source),
      definitions: pack.rules.map((r) => r.definition),
      gates,
    });
  }
  if (errors.length > 0) {
    rmSync(outFile, { force: true });
    return { written: false, errors };
  }
  writeFileSync(outFile, JSON.stringify(snapshot));
  return { written: true, errors };
}

/** The built-in packs from a fresh snapshot beside the bundle, or undefined (missing or stale). */
export function readBuiltinSnapshot(rulesDir: string, bundleDir: string): LoadedPack[] | undefined {
  const path = join(bundleDir, SNAPSHOT_FILE);
  if (!existsSync(path)) return undefined;
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot.version !== SNAPSHOT_VERSION) return undefined;
  const files = packFiles(rulesDir);
  if (files.length !== snapshot.packs.length) return undefined;
  const sources = files.map((file) => ({ file, source: readFileSync(file, 'utf8') }));
  const fresh = sources.every(
    ({ file, source }, i) => snapshot.packs[i].file === basename(file) && snapshot.packs[i].fingerprint === fingerprint(source),
  );
  if (!fresh) return undefined;
  return snapshot.packs.map((pack, i) => ({
    ...compileVettedPack(pack.definitions, sources[i].file, pack.gates),
    fingerprint: pack.fingerprint,
  }));
}
